/** Capability checks by id; the ids are compared, never sent. */
export function supportsThinking(modelId: string): boolean {
  if (modelId.includes('claude-3-5-sonnet') || modelId === 'claude-3-haiku-20240307') return false;
  return modelId.startsWith('claude-3-7-sonnet') || /^claude-(opus|sonnet|haiku)-4/.test(modelId);
}

export function contextWindow(modelId: string): number {
  switch (modelId) {
    case 'claude-2.1':
      return 200_000;
    case 'claude-2.0':
    case 'claude-instant-1.2':
      return 100_000;
    default:
      return 200_000;
  }
}

export function maxOutput(modelId: string): number {
  return modelId === 'claude-opus-4-1-20250805' || modelId === 'claude-opus-4-20250514' ? 32_000 : 64_000;
}
