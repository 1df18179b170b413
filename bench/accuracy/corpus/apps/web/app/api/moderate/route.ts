// Moderation pre-check with a raw call (the SDK is not loaded on this edge route).
export const runtime = 'edge';

export async function POST(req: Request) {
  const { text } = await req.json();
  const res = await fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: {
      'X-Api-Key': process.env.ANTHROPIC_API_KEY ?? '',
      'anthropic-version': 'latest',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ model: 'claude-haiku-4-5', max_tokens: 5, messages: [{ role: 'user', content: `Is this abusive? yes/no\n${text}` }] }),
  });
  return new Response(await res.text());
}
