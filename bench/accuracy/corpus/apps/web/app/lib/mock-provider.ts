import { MockLanguageModelV2 } from 'ai/test';

// Storybook and Playwright use this instead of the real provider.
export const mockModel = new MockLanguageModelV2({
  provider: 'mock',
  modelId: 'claude-3-haiku-20240307',
  doGenerate: async () => ({
    content: [{ type: 'text', text: 'Hello from the mock' }],
    finishReason: 'stop',
    usage: { inputTokens: 3, outputTokens: 5, totalTokens: 8 },
    warnings: [],
  }),
});
