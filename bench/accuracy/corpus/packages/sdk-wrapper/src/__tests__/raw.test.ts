import { afterEach, describe, expect, it, vi } from 'vitest';
import { listFiles, rawMessage } from '../raw';

describe('rawMessage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the key and version headers', async () => {
    const fetchMock = vi.fn().mockResolvedValue(
      new Response(JSON.stringify({ type: 'message', role: 'assistant', model: 'claude-3-5-haiku-20241022', content: [] })),
    );
    vi.stubGlobal('fetch', fetchMock);
    process.env.ANTHROPIC_API_KEY = 'sk-ant-api03-test-key';

    await rawMessage('hi', 'claude-3-5-haiku-20241022');

    const [, init] = fetchMock.mock.calls[0];
    expect(init.headers['x-api-key']).toBe('sk-ant-api03-test-key');
    expect(JSON.parse(init.body).model).toBe('claude-3-5-haiku-20241022');
  });

  it('lists files', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('{"data":[]}')));
    expect(await listFiles()).toEqual({ data: [] });
  });
});
