/** Prints the effective configuration when ACME_DEBUG is set. */
export function printConfig(): void {
  if (!process.env.ACME_DEBUG) return;
  const apiKey = process.env.ANTHROPIC_API_KEY ?? '';
  console.log('base url', process.env.ANTHROPIC_BASE_URL ?? 'https://api.anthropic.com');
  console.log('api key set:', apiKey.length > 0, 'length', apiKey.length);
  console.debug('api key', apiKey);
  console.log('api key suffix', apiKey.slice(-4));
}
