import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The project's structured JSON logger (Powertools). One instance per service name; logs go to stdout,
 * except in CLI commands whose stdout is data (see `cliLogger`).
 */
export function createLogger(serviceName: string): Logger {
  return new Logger({ serviceName, logLevel: (process.env.LOG_LEVEL as 'INFO' | undefined) ?? 'INFO' });
}

/** The default logger of the pipeline. */
export const logger = createLogger('kz-china-monitor');
