import * as z from 'zod';

/** Where the code runs: each mode may have its own defaults (the names never differ). */
export type Mode = 'lambda' | 'local' | 'test';

/** One environment variable: its schema (from the raw string), its defaults per mode, and its README line. */
export interface VarSpec {
  schema: z.ZodType;
  /** Default per mode; `undefined` for a mode = required there. `null` = unset is fine (value null). */
  defaults: Partial<Record<Mode, string | null>>;
  /** The README's "default" column. */
  defaultText: string;
  /** The README's "meaning" column. */
  doc: string;
}

/** An integer variable; the message names the variable because it is the one line the user sees. */
function int(name: string, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  return z.string().transform((raw, ctx) => {
    const n = Number(raw);
    if (!Number.isInteger(n)) {
      ctx.addIssue({
        code: 'custom',
        message: `environment variable ${name} must be an integer, got "${raw}"`,
      });
      return z.NEVER;
    }
    if (n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `${name} must be ${rangeText(name, min, max)}, got ${n}` });
      return z.NEVER;
    }
    return n;
  });
}

/** How a range reads in an error message. */
function rangeText(name: string, min: number, max: number): string {
  if (name.endsWith('PORT')) return `a port number ${min}-${max}`;
  return max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `${min}-${max}`;
}

const text = z.string();
const url = (name: string) => z.string().regex(/^https?:\/\/[^\s/]+/, `${name} must be an http(s) URL`);
const logLevel = z
  .string()
  .transform((s) => s.toUpperCase())
  .pipe(z.enum(['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'SILENT']));
const all = (v: string | null) => ({ lambda: v, local: v, test: v });

/**
 * Every setting of the system, by environment variable name, the same names in AWS and locally. The README's
 * configuration table is tested against this list (tests/cli/config.test.ts).
 */
export const VARS = {
  PORT: {
    schema: int('PORT', 0, 65535),
    defaults: all('3000'),
    defaultText: '3000',
    doc: 'API port of `npm start` / `serve`',
  },
  DATA_DIR: {
    schema: text,
    defaults: all(null),
    defaultText: '`./data`',
    doc: 'where the embedded store keeps its files (and `stack.json`, how other commands find a running `npm start`)',
  },
  DYNAMODB_ENDPOINT: {
    schema: url('DYNAMODB_ENDPOINT'),
    defaults: all(null),
    defaultText: '(embedded dynalite)',
    doc: 'use this DynamoDB-compatible endpoint instead, e.g. DynamoDB Local',
  },
  TABLE_NAME: {
    schema: text,
    defaults: { local: 'kz-china-monitor', test: 'kz-china-monitor' },
    defaultText: '`kz-china-monitor`',
    doc: 'the table (set by the stack in AWS)',
  },
  SES_PORT: {
    schema: int('SES_PORT', 0, 65535),
    defaults: all('8005'),
    defaultText: '8005',
    doc: 'port of the local SES emulator',
  },
  SES_ENDPOINT: {
    schema: url('SES_ENDPOINT'),
    defaults: all(null),
    defaultText: "(the running stack's)",
    doc: 'for `ingest` / `digest`: an SES endpoint to send mail through; by default the local SES of a running `npm start`',
  },
  SES_CONFIGURATION_SET: {
    schema: text,
    defaults: all(null),
    defaultText: '—',
    doc: 'SES configuration set of outgoing mail (AWS)',
  },
  SENDER_EMAIL: {
    schema: text,
    defaults: { local: 'alerts@kz-china-monitor.local', test: 'alerts@kz-china-monitor.local', lambda: null },
    defaultText: '`alerts@kz-china-monitor.local`',
    doc: 'From address of all mail (in AWS: no mail when unset)',
  },
  OPERATOR_EMAIL: {
    schema: text,
    defaults: {
      local: 'operator@kz-china-monitor.local',
      test: 'operator@kz-china-monitor.local',
      lambda: null,
    },
    defaultText: '`operator@kz-china-monitor.local`',
    doc: 'who hears about failing sources (in AWS: set by the stack, no one when unset)',
  },
  SOURCE_FAILURE_ALERT_THRESHOLD: {
    schema: int('SOURCE_FAILURE_ALERT_THRESHOLD'),
    defaults: all('3'),
    defaultText: '3',
    doc: 'consecutive failures of a source before one operator alert per outage',
  },
  RUN_MAX_ITEMS: {
    schema: int('RUN_MAX_ITEMS'),
    defaults: all('200'),
    defaultText: '200',
    doc: 'items one source may fetch in one run; what is left is reported (`/sources`, the run summary) and taken up next run',
  },
  RUN_MAX_BYTES: {
    schema: int('RUN_MAX_BYTES'),
    defaults: all(String(64 * 1024 * 1024)),
    defaultText: '64 MB',
    doc: 'bytes one source may download in one run',
  },
  RUN_TIME_BUDGET_SECONDS: {
    schema: int('RUN_TIME_BUDGET_SECONDS'),
    defaults: all('240'),
    defaultText: '240',
    doc: "time one source may take in one run (under the ingest Lambda's 5-minute timeout)",
  },
  RUN_PARALLEL_HOSTS: {
    schema: int('RUN_PARALLEL_HOSTS'),
    defaults: all('4'),
    defaultText: '4',
    doc: 'sources on different hosts fetched at once (one host is still fetched one request at a time)',
  },
  RUN_EMPTY_RUNS_TO_FAIL: {
    schema: int('RUN_EMPTY_RUNS_TO_FAIL'),
    defaults: all('3'),
    defaultText: '3',
    doc: 'consecutive runs with an empty listing before a source counts as failing',
  },
  SUBSCRIBE_LIMIT_PER_ADDRESS: {
    schema: int('SUBSCRIBE_LIMIT_PER_ADDRESS'),
    defaults: all('3'),
    defaultText: '3',
    doc: 'confirmation mails per address and hour (`+tag` folded; dots folded for Gmail)',
  },
  SUBSCRIBE_LIMIT_PER_CLIENT: {
    schema: int('SUBSCRIBE_LIMIT_PER_CLIENT'),
    defaults: all('10'),
    defaultText: '10',
    doc: 'subscription requests per client IP (IPv6 by /64) and hour',
  },
  SUBSCRIBE_MAILS_PER_HOUR: {
    schema: int('SUBSCRIBE_MAILS_PER_HOUR'),
    defaults: all('200'),
    defaultText: '200',
    doc: 'confirmation mails per hour in all; past any limit the answer is 429 with `Retry-After`',
  },
  ALERT_WINDOW_DAYS: {
    schema: int('ALERT_WINDOW_DAYS'),
    defaults: all('30'),
    defaultText: '30',
    doc: 'alerts are news only: documents of events older than this (event date, else first report) are recorded as "not alerted: old", never mailed; instant alerts and the daily digest use the same set',
  },
  API_BASE_URL: {
    schema: url('API_BASE_URL'),
    defaults: { lambda: 'https://example.invalid', local: null, test: null },
    defaultText: '`http://localhost:$PORT`',
    doc: 'public URL used in feeds and email links',
  },
  SOURCES_FILE: {
    schema: text,
    defaults: all(null),
    defaultText: '—',
    doc: 'a JSON file with an array of sources replacing the defaults (see `shared/sources/registry.ts`)',
  },
  SOURCES_JSON: {
    schema: text,
    defaults: all(null),
    defaultText: '—',
    doc: 'the same array inline (wins over `SOURCES_FILE`)',
  },
  INGEST_SCHEDULE: {
    schema: text,
    defaults: all('cron(0 7 * * ? *)'),
    defaultText: '`cron(0 7 * * ? *)`',
    doc: 'when `npm start` ingests (Asia/Almaty, as the AWS schedule): `cron(M H * * ? *)`, `rate(6 hours)` or `6h` / `30m`; `--every` wins',
  },
  DIGEST_SCHEDULE: {
    schema: text,
    defaults: all('cron(0 8 * * ? *)'),
    defaultText: '`cron(0 8 * * ? *)`',
    doc: 'when `npm start` mails the daily digest (Asia/Almaty, as in AWS)',
  },
  QUEUE_URL: {
    schema: url('QUEUE_URL'),
    defaults: { local: null, test: null },
    defaultText: '(set by the stack)',
    doc: 'the ingest queue of the dispatch Lambda (AWS only)',
  },
  LOG_LEVEL: {
    schema: logLevel,
    defaults: { lambda: 'INFO', local: null, test: null },
    defaultText: 'INFO in AWS; off locally',
    doc: 'structured log level; locally logs are off unless this or `--verbose` is given, and go to stderr',
  },
  LOG_FORMAT: {
    schema: z.enum(['json', 'text']),
    defaults: { lambda: 'json', local: 'text', test: 'text' },
    defaultText: '`json` in AWS, `text` locally',
    doc: 'log lines as Powertools JSON or as one readable line each',
  },
  API_LIST_CACHE_MS: {
    schema: z.union([z.literal('off'), int('API_LIST_CACHE_MS', 0, 60_000)]),
    defaults: all('1000'),
    defaultText: '1000',
    doc: "how often (ms) the API re-reads the store's list version to reuse cached list pages: a page may be up to this stale for a write made by another process (at once for one made in the same process); `0` reads it on every request, `off` disables the cache",
  },
} satisfies Record<string, VarSpec>;

/** The names of all variables. */
export type VarName = keyof typeof VARS;

/** The README's configuration table, generated from VARS. */
export function configTable(): string {
  const rows = Object.entries(VARS).map(([name, v]) => `| \`${name}\` | ${v.defaultText} | ${v.doc} |`);
  return ['| variable | default | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}
