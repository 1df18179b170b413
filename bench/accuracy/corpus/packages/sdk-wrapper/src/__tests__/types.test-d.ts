import { expectTypeOf } from 'vitest';
import { createClient } from '../client';

const client = createClient();
expectTypeOf(client.messages.create).toBeFunction();
expectTypeOf(client.messages.create({ model: 'claude-3-haiku-20240307', max_tokens: 1, messages: [] })).toMatchTypeOf<Promise<unknown>>();
