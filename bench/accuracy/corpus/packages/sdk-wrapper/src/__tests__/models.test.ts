import { describe, expect, it } from 'vitest';
import { MODELS, pricePerMTok } from '../models';
import { contextWindow, supportsThinking } from '../capabilities';

describe('catalogue', () => {
  it.each([
    ['claude-3-7-sonnet-20250219', true],
    ['claude-3-5-sonnet-20241022', false],
    ['claude-3-haiku-20240307', false],
    ['claude-sonnet-4-6', true],
  ])('thinking support of %s is %s', (id, expected) => {
    expect(supportsThinking(id)).toBe(expected);
  });

  it('prices legacy models', () => {
    expect(pricePerMTok('claude-3-opus-20240229')).toEqual({ input: 15, output: 75 });
    expect(MODELS['claude-3-5-haiku-20241022'].legacy).toBe(true);
  });

  it('knows old context windows', () => {
    expect(contextWindow('claude-instant-1.2')).toBe(100_000);
  });
});
