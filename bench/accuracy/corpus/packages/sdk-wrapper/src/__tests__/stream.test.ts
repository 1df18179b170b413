import { describe, expect, it, vi } from 'vitest';
import messageStart from '../__fixtures__/stream-message-start.json';

const sse = [
  `event: message_start\ndata: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude-3-7-sonnet-20250219","stop_reason":null,"usage":{"input_tokens":10,"output_tokens":1}}}\n\n`,
  `event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}\n\n`,
  `event: message_stop\ndata: {"type":"message_stop"}\n\n`,
];

describe('stream parsing', () => {
  it('reads the model from message_start', () => {
    const fetchMock = vi.fn().mockResolvedValue(new Response(sse.join('')));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(messageStart.message.model).toBe('claude-3-5-haiku-20241022');
  });
});
