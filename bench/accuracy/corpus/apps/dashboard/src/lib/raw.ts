// Used by the token-count widget; bypasses the SDK.
export async function countTokens(text: string): Promise<number> {
  const res = await fetch('https://api.anthropic.com/v1/messages/count_tokens', {
    method: 'POST',
    headers: {
      'x-api-key': import.meta.env.VITE_ANTHROPIC_API_KEY,
      'anthropic-version': '2023-06-01',
      'anthropic-dangerous-direct-browser-access': 'true',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ model: 'claude-sonnet-4-6', messages: [{ role: 'user', content: text }] }),
  });
  const { input_tokens } = await res.json();
  return input_tokens;
}
