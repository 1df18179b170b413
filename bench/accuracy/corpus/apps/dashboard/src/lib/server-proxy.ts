// What the dashboard should use: our own API, which holds the key.
export async function ask(prompt: string): Promise<string> {
  const res = await fetch(`${import.meta.env.VITE_API_BASE}/api/summary`, { method: 'POST', body: prompt });
  return res.text();
}
