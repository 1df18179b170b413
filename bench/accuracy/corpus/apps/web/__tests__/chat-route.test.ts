import { describe, expect, it, vi } from 'vitest';

vi.mock('@anthropic-ai/sdk', () => ({
  default: class {
    messages = {
      stream: vi.fn(() => ({
        toReadableStream: () => new ReadableStream(),
        finalMessage: async () => ({ type: 'message', role: 'assistant', model: 'claude-3-5-sonnet-latest', content: [] }),
      })),
    };
  },
}));

import { POST } from '../app/api/chat/route';

describe('POST /api/chat', () => {
  it('passes the requested model through', async () => {
    const req = new Request('http://localhost/api/chat', {
      method: 'POST',
      body: JSON.stringify({ model: 'claude-3-5-sonnet-latest', messages: [{ role: 'user', content: 'hi' }] }),
    });
    const res = await POST(req);
    expect(res.status).toBe(200);
  });
});
