import Anthropic from "@anthropic-ai/sdk";

// Quick prototype: talks to Claude straight from the browser.
export const claude = new Anthropic({
  apiKey: import.meta.env.VITE_ANTHROPIC_API_KEY,
  dangerouslyAllowBrowser: true,
});

export const MODEL = import.meta.env.VITE_CLAUDE_MODEL ?? "claude-sonnet-4-5";
