import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';

const client = new AnthropicVertex({ projectId: 'acme-ml-prod', region: 'us-east5' });
const msg = await client.messages.create({
  model: 'claude-3-7-sonnet@20250219',
  max_tokens: 256,
  messages: [{ role: 'user', content: 'Hello from Vertex' }],
});
console.log(msg.content);
