import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const stream = client.messages.stream({
  model: 'claude-3-7-sonnet-20250219',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'Tell me a short story about a lighthouse.' }],
});

stream.on('text', (text) => process.stdout.write(text));
const final = await stream.finalMessage();
console.log('\nstop reason:', final.stop_reason);
