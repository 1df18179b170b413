import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../client';

describe('createClient', () => {
  afterEach(() => nock.cleanAll());

  it('sends the model it is given', async () => {
    const scope = nock('http://localhost:4010')
      .post('/v1/messages', (body) => body.model === 'claude-3-5-sonnet-20241022')
      .reply(200, {
        id: 'msg_01',
        type: 'message',
        role: 'assistant',
        model: 'claude-3-5-sonnet-20241022',
        content: [{ type: 'text', text: 'ok' }],
        stop_reason: 'end_turn',
        usage: { input_tokens: 1, output_tokens: 1 },
      });

    const client = createClient({ apiKey: 'test-key', baseURL: 'http://localhost:4010' });
    const msg = await client.messages.create({
      model: 'claude-3-5-sonnet-20241022',
      max_tokens: 16,
      messages: [{ role: 'user', content: 'hi' }],
    });

    expect(msg.model).toBe('claude-3-5-sonnet-20241022');
    scope.done();
  });

  it('retries on overloaded', async () => {
    nock('http://localhost:4010')
      .post('/v1/messages')
      .reply(529, { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } })
      .post('/v1/messages')
      .reply(200, { type: 'message', role: 'assistant', model: 'claude-3-opus-20240229', content: [] });

    const client = createClient({ apiKey: 'test-key', baseURL: 'http://localhost:4010' });
    const msg = await client.messages.create({ model: 'claude-3-opus-20240229', max_tokens: 8, messages: [] });
    expect(msg.role).toBe('assistant');
  });
});
