import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

export async function POST(req: Request) {
  const { messages, model } = await req.json();
  const stream = anthropic.messages.stream({
    model: model ?? process.env.NEXT_PUBLIC_CLAUDE_MODEL ?? 'claude-sonnet-4-6',
    max_tokens: 1024,
    messages,
  });
  return new Response(stream.toReadableStream());
}
