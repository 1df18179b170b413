import { createAnthropic } from '@ai-sdk/anthropic';
import { generateText } from 'ai';

const gateway = createAnthropic({
  baseURL: 'https://gateway.ai.cloudflare.com/v1/acme/assist/anthropic',
  apiKey: process.env.ANTHROPIC_API_KEY,
});

export async function POST(req: Request) {
  const { text } = await req.json();
  const { text: title } = await generateText({ model: gateway('claude-haiku-4-5'), prompt: `A title for: ${text}` });
  return Response.json({ title });
}
