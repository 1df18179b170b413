import { readFileSync } from 'node:fs';

export interface Settings {
  model?: string;
  fallbackModel?: string;
  maxTokens?: number;
  baseURL?: string;
}

export const BUILT_IN: Settings = {
  model: 'claude-sonnet-4-6',
  fallbackModel: 'claude-3-5-haiku-latest',
  maxTokens: 1024,
};

/** Later sources win: built-in < ~/.acme-claude.json < ./acme-claude.json < flags. */
export function mergeSettings(...layers: Array<Settings | undefined>): Settings {
  return Object.assign({}, BUILT_IN, ...layers.filter(Boolean));
}

export function readSettings(path: string): Settings | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Settings;
  } catch {
    return undefined;
  }
}
