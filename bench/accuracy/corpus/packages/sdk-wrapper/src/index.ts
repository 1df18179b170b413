export { createClient, createProxyClient } from './client';
export { MODELS, DEFAULT_MODEL, pricePerMTok } from './models';
export { supportsThinking, contextWindow } from './capabilities';
export { withRetry } from './retry';
