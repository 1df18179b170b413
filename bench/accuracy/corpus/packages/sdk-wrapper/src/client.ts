import Anthropic from '@anthropic-ai/sdk';

export interface ClientOptions {
  apiKey?: string;
  baseURL?: string;
  timeoutMs?: number;
}

/** Server-side client; the key comes from the environment unless given. */
export function createClient(opts: ClientOptions = {}): Anthropic {
  return new Anthropic({
    apiKey: opts.apiKey ?? process.env.ANTHROPIC_API_KEY,
    baseURL: opts.baseURL ?? process.env.ANTHROPIC_BASE_URL,
    timeout: opts.timeoutMs ?? 60_000,
    maxRetries: 3,
  });
}

/** Through the EU egress proxy, which forwards to api.anthropic.com. */
export function createProxyClient(): Anthropic {
  return new Anthropic({
    apiKey: process.env.ANTHROPIC_API_KEY,
    baseURL: 'https://llm-proxy.eu.acme.example/anthropic',
  });
}

/** For the batch exporter, which used to call the API by hand. */
export function createBatchClient(): Anthropic {
  return new Anthropic({
    apiKey: process.env.ANTHROPIC_API_KEY,
    baseURL: 'https://api.anthropic.com/v1',
  });
}
