import { describe, expect, it, vi } from 'vitest';
import { legacyAsk } from '../legacy';

// The key below was pasted while debugging the 401s in May; remove before merge.
const DEBUG_KEY = '__KEY__';

describe('legacyAsk', () => {
  it('returns the first text block', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(JSON.stringify({ content: [{ type: 'text', text: 'ok' }] }))));
    process.env.ANTHROPIC_API_KEY = DEBUG_KEY;
    expect(await legacyAsk('hi')).toBe('ok');
  });
});
