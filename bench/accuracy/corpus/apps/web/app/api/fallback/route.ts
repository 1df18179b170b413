import { anthropic } from '@ai-sdk/anthropic';
import { generateText } from 'ai';

const PRIMARY = 'claude-sonnet-4-6';
const FALLBACK = 'claude-3-7-sonnet-latest';

export async function POST(req: Request) {
  const { prompt } = await req.json();
  try {
    return Response.json((await generateText({ model: anthropic(PRIMARY), prompt })).text);
  } catch {
    return Response.json((await generateText({ model: anthropic(FALLBACK), prompt })).text);
  }
}
