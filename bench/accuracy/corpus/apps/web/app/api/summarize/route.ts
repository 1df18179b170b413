import { anthropic } from '@ai-sdk/anthropic';
import { generateText } from 'ai';

export async function POST(req: Request) {
  const { text } = await req.json();
  const { text: summary } = await generateText({
    model: anthropic('claude-3-5-sonnet-20240620'),
    prompt: `Summarize in two sentences:\n\n${text}`,
  });
  return Response.json({ summary });
}
