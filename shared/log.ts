import { Logger } from '@aws-lambda-powertools/logger';

type Level = 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'CRITICAL' | 'SILENT';
const LEVELS = new Set<string>(['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'SILENT']);

/** Every logger made here, so that `--verbose` can turn them all on after they were created at import. */
const made: Logger[] = [];

/**
 * Where and how logs go. In Lambda: Powertools JSON on stdout at LOG_LEVEL (default INFO), what CloudWatch
 * wants. Elsewhere stdout is the command's result, so logs are off unless LOG_LEVEL (or `--verbose`) asks for
 * them, and then go to stderr, as one readable line each unless LOG_FORMAT=json.
 */
function settings(env: NodeJS.ProcessEnv = process.env) {
  const lambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME);
  const asked = env.LOG_LEVEL?.toUpperCase();
  const level = (asked && LEVELS.has(asked) ? asked : lambda ? 'INFO' : 'SILENT') as Level;
  const format = env.LOG_FORMAT === 'json' || (lambda && env.LOG_FORMAT !== 'text') ? 'json' : 'text';
  return { lambda, level, format } as const;
}

/** A Powertools log line (JSON) as one readable line: `level service: message key=value …`. */
export function humanLine(json: string): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const { level, service, message, timestamp: _t, sampling_rate: _s, xray_trace_id: _x, ...rest } = o;
  const extras = Object.entries(rest).map(
    ([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`,
  );
  return [
    `${String(level ?? '').toLowerCase()} ${String(service ?? '')}: ${String(message ?? '')}`,
    ...extras,
  ].join(' ');
}

/** A console-like sink writing every level to stderr, as JSON or as readable lines. */
function stderrConsole(format: 'json' | 'text') {
  const write = (line: unknown) => {
    process.stderr.write(`${format === 'json' ? String(line) : humanLine(String(line))}\n`);
  };
  return { log: write, info: write, warn: write, error: write, debug: write, trace: write };
}

/** The project's logger (Powertools) for one service name, routed as `settings` says. */
export function createLogger(serviceName: string): Logger {
  const s = settings();
  const logger = new Logger({ serviceName, logLevel: s.level });
  // Outside Lambda stdout carries the command's result: Powertools' own console writes to stdout, so swap it.
  if (!s.lambda) (logger as unknown as { console: unknown }).console = stderrConsole(s.format);
  made.push(logger);
  return logger;
}

/** `--verbose`: logs at INFO (unless LOG_LEVEL says otherwise) for every logger, already made or not. */
export function setVerbose(): void {
  process.env.LOG_LEVEL ||= 'INFO';
  const level = settings().level;
  for (const l of made) l.setLogLevel(level);
}

/** The default logger of the pipeline. */
export const logger = createLogger('kz-china-monitor');
