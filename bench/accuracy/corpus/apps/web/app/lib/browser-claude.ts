'use client';
import Anthropic from '@anthropic-ai/sdk';

// Demo mode for the sales team: talks to Claude from the browser with the public key.
export const browserClaude = new Anthropic({
  apiKey: process.env.NEXT_PUBLIC_ANTHROPIC_API_KEY,
  dangerouslyAllowBrowser: true,
});
