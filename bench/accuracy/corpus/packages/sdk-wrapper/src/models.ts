/** Model catalogue: id -> display name, context window and price (USD per million tokens). */
export interface ModelInfo {
  label: string;
  contextWindow: number;
  input: number;
  output: number;
  legacy?: boolean;
}

export const MODELS: Record<string, ModelInfo> = {
  'claude-opus-4-6': { label: 'Claude Opus 4.6', contextWindow: 200_000, input: 5, output: 25 },
  'claude-sonnet-4-6': { label: 'Claude Sonnet 4.6', contextWindow: 200_000, input: 3, output: 15 },
  'claude-haiku-4-5': { label: 'Claude Haiku 4.5', contextWindow: 200_000, input: 1, output: 5 },
  'claude-3-7-sonnet-20250219': { label: 'Claude Sonnet 3.7', contextWindow: 200_000, input: 3, output: 15, legacy: true },
  'claude-3-5-haiku-20241022': { label: 'Claude Haiku 3.5', contextWindow: 200_000, input: 0.8, output: 4, legacy: true },
  'claude-3-opus-20240229': { label: 'Claude Opus 3', contextWindow: 200_000, input: 15, output: 75, legacy: true },
};

export const DEFAULT_MODEL = 'claude-3-5-sonnet-latest';

export function pricePerMTok(model: string): { input: number; output: number } | undefined {
  const info = MODELS[model];
  return info && { input: info.input, output: info.output };
}
