import { anthropic } from '@ai-sdk/anthropic';
import { createProviderRegistry } from 'ai';

export const registry = createProviderRegistry({ anthropic });

export const models = {
  fast: registry.languageModel('anthropic:claude-haiku-4-5'),
  smart: registry.languageModel('anthropic:claude-opus-4-6'),
  legacy: anthropic('claude-3-haiku-20240307'),
};
