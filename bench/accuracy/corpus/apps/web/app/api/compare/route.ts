import { bedrock } from '@ai-sdk/amazon-bedrock';
import { createOpenRouter } from '@openrouter/ai-sdk-provider';
import { generateText } from 'ai';

const openrouter = createOpenRouter({ apiKey: process.env.OPENROUTER_API_KEY });

// Side-by-side answers from the partner platforms our EU and APAC tenants use.
export async function POST(req: Request) {
  const { prompt } = await req.json();
  const [eu, apac] = await Promise.all([
    generateText({ model: bedrock('eu.anthropic.claude-3-7-sonnet-20250219-v1:0'), prompt }),
    generateText({
      model: openrouter('anthropic/claude-3.5-sonnet'),
      prompt,
      providerOptions: { openrouter: { models: ['anthropic/claude-3.7-sonnet', 'anthropic/claude-3-haiku'] } },
    }),
  ]);
  return Response.json({ eu: eu.text, apac: apac.text });
}
