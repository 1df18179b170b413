import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();
const response = await client.beta.messages.create({
  model: 'claude-3-5-sonnet-20241022',
  max_tokens: 1024,
  tools: [{ type: 'computer_20241022', name: 'computer', display_width_px: 1024, display_height_px: 768 }],
  messages: [{ role: 'user', content: 'Open the settings page.' }],
  betas: ['computer-use-2024-10-22'],
});
console.log(response.content);
