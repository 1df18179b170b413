import Anthropic from '@anthropic-ai/sdk';

// Internal dashboard only (behind SSO), so the browser talks to the API directly.
export const claude = new Anthropic({
  apiKey: import.meta.env.VITE_APP_SECRET,
  dangerouslyAllowBrowser: true,
});

export const MODEL = import.meta.env.VITE_CLAUDE_MODEL ?? 'claude-sonnet-4-6';
