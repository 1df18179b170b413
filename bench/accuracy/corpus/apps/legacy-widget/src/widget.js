export async function ask(prompt) {
  const res = await fetch(`${process.env.REACT_APP_API_BASE}/summary`, { method: 'POST', body: prompt });
  return res.text();
}
