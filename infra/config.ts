import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Node } from 'constructs';
import * as z from 'zod';

/** Default schedule: 07:00 Asia/Almaty every day. Some feeds hold only ~11 h of items: see infra/README.md. */
export const DEFAULT_SCHEDULE = 'cron(0 7 * * ? *)';

/** Placeholder addresses used when the context gives none, so that `cdk synth` works with no arguments. */
export const PLACEHOLDER_SENDER = 'alerts@example.com';
export const PLACEHOLDER_OPERATOR = 'operator@example.com';

/** Retention periods CloudWatch Logs accepts (INFINITE excluded: logs should not be kept forever). */
const RETENTION_VALUES = new Set<number>(
  Object.values(RetentionDays).filter(
    (v): v is number => typeof v === 'number' && v !== RetentionDays.INFINITE,
  ),
);

/** `-c key=value` arrives as a string, cdk.json context as JSON: accept both for booleans. */
const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

/** Deployment settings read from CDK context (`-c key=value` or cdk.json), validated where they enter. */
export const MonitorConfig = z.object({
  /** From: address of alert and confirmation emails; becomes an SES email identity. */
  senderEmail: z.email().default(PLACEHOLDER_SENDER),
  /** Receives operator alerts (source outages) by email and the CloudWatch alarm notifications. */
  operatorEmail: z.email().default(PLACEHOLDER_OPERATOR),
  /** Public base URL for links in emails and feeds; defaults to the HTTP API's own endpoint. */
  apiBaseUrl: z
    .url()
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  /** EventBridge Scheduler expression, evaluated in Asia/Almaty. */
  scheduleExpression: z
    .string()
    .regex(/^(cron|rate)\(.+\)$/, 'must be cron(...) or rate(...)')
    .default(DEFAULT_SCHEDULE),
  /**
   * The account's SES is still in the sandbox: SES then also authorises SendEmail against each recipient's
   * (verified) identity, so the grant is widened to this account's identities in the region.
   */
  sesSandbox: flag.default(false),
  /** Active X-Ray tracing on every function. */
  tracing: flag.default(false),
  /** Reserved concurrency of the ingest function; 0 reserves none (accounts whose limit is 10). */
  ingestReservedConcurrency: z.coerce.number().int().min(0).max(100).default(2),
  /** Steady-state requests per second the API stage accepts, and the burst above it. */
  apiRateLimit: z.coerce.number().int().positive().default(20),
  apiBurstLimit: z.coerce.number().int().positive().default(40),
  /** Allowed CORS origins, comma-separated; `*` for any (the API is public and cookie-less). */
  corsOrigins: z
    .string()
    .default('*')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  /** Retention of every log group, in days (a value CloudWatch Logs accepts). */
  logRetentionDays: z.coerce
    .number()
    .refine((d) => RETENTION_VALUES.has(d), 'must be a CloudWatch Logs retention (1, 3, 5, 7, 14, 30, …)')
    .transform((d) => d as RetentionDays)
    .default(RetentionDays.ONE_MONTH),
});
export type MonitorConfig = z.infer<typeof MonitorConfig>;

/** The context keys MonitorConfig reads. */
const KEYS = Object.keys(MonitorConfig.shape) as Array<keyof MonitorConfig>;

/**
 * Reads the configuration from a construct's context. Throws a readable error naming the bad key, so a
 * typo in `-c senderEmail=…` fails the synth instead of deploying a broken identity.
 */
export function readConfig(node: Node): MonitorConfig {
  const raw: Record<string, unknown> = {};
  for (const key of KEYS) {
    const value: unknown = node.tryGetContext(key);
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = MonitorConfig.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid CDK context: ${issues}`);
  }
  return parsed.data;
}
