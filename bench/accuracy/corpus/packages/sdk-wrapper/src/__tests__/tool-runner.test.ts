import { describe, expect, it, vi } from 'vitest';

function canned(text: string) {
  return { id: 'msg_x', type: 'message', role: 'assistant', model: 'claude-opus-4-20250514', content: [{ type: 'text', text }], stop_reason: 'end_turn' };
}

describe('tool loop', () => {
  it('stops when the model stops asking for tools', async () => {
    const create = vi.fn().mockResolvedValueOnce(canned('done'));
    const client = { messages: { create } };
    const reply = await client.messages.create({ model: 'claude-opus-4-20250514', max_tokens: 100, messages: [] });
    expect(reply.content[0].text).toBe('done');
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ model: 'claude-opus-4-20250514' }));
  });
});
