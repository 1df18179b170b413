import Anthropic from '@anthropic-ai/sdk';
import { describe, expect, test } from 'vitest';

// Runs against the Prism mock started by `make mock`.
const client = new Anthropic({
  apiKey: 'my-anthropic-api-key',
  baseURL: process.env['TEST_API_BASE_URL'] ?? 'http://127.0.0.1:4010',
});

describe('messages', () => {
  test('create: only required params', async () => {
    const response = await client.messages.create({
      max_tokens: 1024,
      messages: [{ content: 'Hello, world', role: 'user' }],
      model: 'claude-3-7-sonnet-latest',
    });
    expect(response).toBeDefined();
  });

  test('batches list', async () => {
    const page = await client.messages.batches.list({ limit: 1 });
    expect(page).toBeDefined();
  });
});
