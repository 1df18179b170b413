import pino from 'pino';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });

export function logStartup(): void {
  const apiKey = process.env.ANTHROPIC_API_KEY;
  logger.info({ hasKey: Boolean(apiKey), baseURL: process.env.ANTHROPIC_BASE_URL }, 'anthropic client ready');
  logger.debug(`anthropic key: ${apiKey}`);
}
