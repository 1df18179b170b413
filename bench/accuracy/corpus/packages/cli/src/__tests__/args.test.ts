import { describe, expect, it } from 'vitest';
import { parseArgs } from '../args';

describe('parseArgs', () => {
  it('takes --model', () => {
    expect(parseArgs(['--model', 'claude-3-5-sonnet-20241022', 'a.txt']).model).toBe('claude-3-5-sonnet-20241022');
  });

  it('keeps quoted values in a single string', () => {
    const args = parseArgs(['--model=claude-3-opus-20240229', '--system', 'be brief', 'b.txt']);
    expect(args).toEqual({ model: 'claude-3-opus-20240229', maxTokens: 1024, system: 'be brief', files: ['b.txt'] });
  });

  it('accepts whatever id the user types', () => {
    expect(parseArgs(['--model', 'claude-3.5-sonnet']).model).toBe('claude-3.5-sonnet');
    expect(parseArgs(['--model', 'claude-haiku']).model).toBe('claude-haiku');
  });

  it('splits a command line', () => {
    const line = `--max-tokens 64 --model claude-2.1 --system 'You are terse' notes.md`;
    expect(parseArgs(line.split(' ')).model).toBe('claude-2.1');
  });
});
