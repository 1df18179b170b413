import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-west-2' });
const body = {
  anthropic_version: 'bedrock-2023-05-31',
  max_tokens: 256,
  messages: [{ role: 'user', content: 'Hello from Bedrock' }],
};
const out = await client.send(
  new InvokeModelCommand({ modelId: 'anthropic.claude-3-5-sonnet-20241022-v2:0', body: JSON.stringify(body) }),
);
console.log(new TextDecoder().decode(out.body));
