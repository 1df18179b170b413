/** v1 of the wrapper, still imported by the reporting job. */
export async function legacyAsk(prompt: string): Promise<string> {
  const res = await fetch('http://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: {
      'x-api-key': process.env.ANTHROPIC_API_KEY!,
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ model: 'claude-haiku-4-5', max_tokens: 200, messages: [{ role: 'user', content: prompt }] }),
  });
  const data = await res.json();
  return data.content[0].text;
}
