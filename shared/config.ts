import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import type { SubscribeLimits } from './alerts/subscribe-limits.ts';
import { type Mode, VARS, type VarName } from './config-vars.ts';
import type { Source } from './domain/index.ts';
import { ConfigError } from './errors.ts';
import type { RunLimits } from './pipeline/run-limits.ts';
import { loadSources } from './sources/registry.ts';

export { configTable, type Mode, VARS } from './config-vars.ts';

/** The raw settings: one value per variable, parsed by its schema, defaulted per mode. */
const RawConfig = z.object(
  Object.fromEntries(Object.entries(VARS).map(([k, v]) => [k, v.schema.nullable()])) as {
    [K in VarName]: z.ZodNullable<(typeof VARS)[K]['schema']>;
  },
);
type Raw = z.infer<typeof RawConfig>;

/** The whole configuration of the system, parsed once (`loadConfig`), the same names in every mode. */
export interface Config {
  mode: Mode;
  port: number;
  dataDir: string;
  dynamoEndpoint: string | null;
  /** Null only in Lambda mode without TABLE_NAME (a handler needing the table then fails clearly). */
  tableName: string | null;
  sesPort: number;
  sesEndpoint: string | null;
  sesConfigurationSet: string | null;
  senderEmail: string | null;
  operatorEmail: string | null;
  failureAlertThreshold: number;
  alertWindowDays: number;
  apiBaseUrl: string;
  sourcesFile: string | null;
  sourcesJson: string | null;
  runLimits: RunLimits;
  subscribeLimits: SubscribeLimits;
  ingestSchedule: string;
  digestSchedule: string;
  queueUrl: string | null;
  /** Null: logs off (the local default); else the level. */
  logLevel: string | null;
  logFormat: 'json' | 'text';
  /** How often the API re-reads the list version for its list cache (ms); null: no list cache (`off`). */
  apiListCacheMs: number | null;
}

/** The mode of this process: Lambda when the runtime says so, else local (tests pass theirs). */
export function detectMode(env: NodeJS.ProcessEnv = process.env): Mode {
  return env.AWS_LAMBDA_FUNCTION_NAME ? 'lambda' : 'local';
}

/** Parses the configuration from `env`; a bad value throws a ConfigError with one line naming it. */
export function loadConfig(mode: Mode = detectMode(), env: NodeJS.ProcessEnv = process.env): Config {
  const input: Record<string, string | null | undefined> = {};
  for (const [name, spec] of Object.entries(VARS) as Array<
    [string, { defaults: Partial<Record<Mode, string | null>> }]
  >) {
    const value = env[name];
    input[name] = value !== undefined && value !== '' ? value : spec.defaults[mode];
    if (input[name] === undefined) input[name] = null;
  }
  const parsed = RawConfig.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? '');
    const message = issue?.message ?? 'invalid';
    throw new ConfigError(message.includes(name) ? message : `${name}: ${message}`);
  }
  return fromRaw(mode, parsed.data);
}

/** The typed view of the raw values. */
function fromRaw(mode: Mode, r: Raw): Config {
  const port = r.PORT ?? 3000;
  return {
    mode,
    port,
    dataDir: r.DATA_DIR ?? join(process.cwd(), 'data'),
    dynamoEndpoint: r.DYNAMODB_ENDPOINT,
    tableName: r.TABLE_NAME,
    sesPort: r.SES_PORT ?? 8005,
    sesEndpoint: r.SES_ENDPOINT,
    sesConfigurationSet: r.SES_CONFIGURATION_SET,
    senderEmail: r.SENDER_EMAIL,
    operatorEmail: r.OPERATOR_EMAIL,
    failureAlertThreshold: r.SOURCE_FAILURE_ALERT_THRESHOLD ?? 3,
    alertWindowDays: r.ALERT_WINDOW_DAYS ?? 30,
    apiBaseUrl: (r.API_BASE_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    sourcesFile: r.SOURCES_FILE,
    sourcesJson: r.SOURCES_JSON,
    runLimits: {
      maxItems: r.RUN_MAX_ITEMS ?? 200,
      maxBytes: r.RUN_MAX_BYTES ?? 64 * 1024 * 1024,
      timeBudgetMs: (r.RUN_TIME_BUDGET_SECONDS ?? 240) * 1000,
      emptyRunsToFail: r.RUN_EMPTY_RUNS_TO_FAIL ?? 3,
      parallelHosts: Math.max(1, r.RUN_PARALLEL_HOSTS ?? 4),
    },
    subscribeLimits: {
      perAddress: r.SUBSCRIBE_LIMIT_PER_ADDRESS ?? 3,
      perClient: r.SUBSCRIBE_LIMIT_PER_CLIENT ?? 10,
      globalMails: r.SUBSCRIBE_MAILS_PER_HOUR ?? 200,
    },
    ingestSchedule: r.INGEST_SCHEDULE ?? 'cron(0 7 * * ? *)',
    digestSchedule: r.DIGEST_SCHEDULE ?? 'cron(0 8 * * ? *)',
    queueUrl: r.QUEUE_URL,
    logLevel: r.LOG_LEVEL,
    logFormat: r.LOG_FORMAT ?? 'text',
    apiListCacheMs: r.API_LIST_CACHE_MS === 'off' ? null : (r.API_LIST_CACHE_MS ?? 1000),
  };
}

/** The configured sources: SOURCES_JSON, else SOURCES_FILE, else the defaults. */
export function configuredSources(config: Pick<Config, 'sourcesFile' | 'sourcesJson'>): Source[] {
  if (config.sourcesJson) return loadSources(parseJson('SOURCES_JSON', () => config.sourcesJson ?? ''));
  if (config.sourcesFile) {
    const file = config.sourcesFile;
    return loadSources(parseJson(`SOURCES_FILE ${file}`, () => readFileSync(file, 'utf8')));
  }
  return loadSources();
}

/** Reads and parses JSON, naming the setting when it fails. */
function parseJson(what: string, read: () => string): unknown {
  try {
    return JSON.parse(read());
  } catch (err) {
    throw new ConfigError(`${what} cannot be read as JSON: ${(err as Error).message}`, { cause: err });
  }
}

/** Credentials for local endpoints: the SDK wants some, dynalite and the SES emulator ignore them. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** A required setting that has no default in this mode (e.g. TABLE_NAME in Lambda). */
export function required<T>(value: T | null, name: VarName): T {
  if (value === null) throw new ConfigError(`missing environment variable ${name}`);
  return value;
}
