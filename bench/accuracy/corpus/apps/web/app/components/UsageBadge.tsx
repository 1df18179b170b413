'use client';

export function UsageBadge({ model, tokens }: { model: string; tokens: number }) {
  const legacy = model === 'claude-3-5-sonnet-20241022' || model.startsWith('claude-3-opus');
  return <span className={legacy ? 'badge badge-warn' : 'badge'}>{model}: {tokens} tokens</span>;
}
