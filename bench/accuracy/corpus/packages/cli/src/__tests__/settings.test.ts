import { describe, expect, it } from 'vitest';
import { mergeSettings } from '../settings';

describe('mergeSettings', () => {
  it('lets the project file override the user file', () => {
    const user = JSON.parse(JSON.stringify({ model: 'claude-sonnet-4-20250514', maxTokens: 2048 }));
    const project = { model: 'claude-opus-4-1-20250805' };
    const merged = mergeSettings(user, project);
    expect(merged.model).toBe('claude-opus-4-1-20250805');
    expect(merged.maxTokens).toBe(2048);
  });

  it('keeps the built-in fallback', () => {
    expect(mergeSettings({ model: 'claude-3-7-sonnet-latest' }).fallbackModel).toBe('claude-3-5-haiku-latest');
  });
});
