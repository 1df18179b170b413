// Fallback used when the SDK import fails on old edge runtimes.
export async function edgeAsk(prompt: string): Promise<Response> {
  return fetch('https://anthropic.com/v1/messages', {
    method: 'POST',
    headers: {
      'x-api-key': process.env.ANTHROPIC_API_KEY ?? '',
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ model: 'claude-sonnet-4-6', max_tokens: 256, messages: [{ role: 'user', content: prompt }] }),
  });
}
