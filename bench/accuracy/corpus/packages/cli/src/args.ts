import parser from 'yargs-parser';

export interface CliArgs {
  model: string;
  maxTokens: number;
  system?: string;
  files: string[];
}

export const DEFAULT_CLI_MODEL = 'claude-sonnet-4-6';

/** Parses `acme-claude [--model ID] [--max-tokens N] [--system TEXT] FILE...`. */
export function parseArgs(argv: string[]): CliArgs {
  const parsed = parser(argv, { string: ['model', 'system'], number: ['max-tokens'] });
  return {
    model: parsed.model ?? process.env.ACME_MODEL ?? DEFAULT_CLI_MODEL,
    maxTokens: parsed['max-tokens'] ?? 1024,
    system: parsed.system,
    files: parsed._.map(String),
  };
}
