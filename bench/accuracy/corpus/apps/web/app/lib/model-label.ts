// Labels for the history view; conversations from 2024-2025 still carry their old model ids.
export function modelLabel(id: string): string {
  if (id === 'claude-3-5-sonnet-20240620' || id === 'claude-3-5-sonnet-20241022') return 'Sonnet 3.5';
  if (id.startsWith('claude-3-opus')) return 'Opus 3';
  if (id === 'claude-2.1') return 'Claude 2.1';
  return id;
}
