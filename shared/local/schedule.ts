import { ConfigError } from '../errors.ts';
import { ALMATY, instantOf, zonedDay } from '../time/zones.ts';

/** When a job runs: each day at a wall-clock time in a zone, or every so many milliseconds. */
export type Schedule =
  | { kind: 'daily'; hour: number; minute: number; zone: string }
  | { kind: 'every'; ms: number };

const UNIT_MS: Record<string, number> = {
  s: 1000,
  second: 1000,
  m: 60_000,
  minute: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
};

/**
 * Reads a schedule: the AWS stack's own expressions, so that the local one can be the same string —
 * `cron(M H * * ? *)` (daily, in Asia/Almaty like EventBridge Scheduler there), `rate(6 hours)` — or a short
 * `6h`, `30m`, `2s`. Anything else is a ConfigError naming `what`.
 */
export function parseSchedule(text: string, what = 'INGEST_SCHEDULE'): Schedule {
  const t = text.trim();
  const cron = /^cron\((\d{1,2}) (\d{1,2}) \* \* \? \*\)$/.exec(t);
  if (cron) {
    const minute = Number(cron[1]);
    const hour = Number(cron[2]);
    if (minute < 60 && hour < 24) return { kind: 'daily', hour, minute, zone: ALMATY };
  }
  const rate = /^rate\((\d+) (second|minute|hour|day)s?\)$/.exec(t) ?? /^(\d+)\s*(s|m|h|d)$/.exec(t);
  if (rate) {
    const ms = Number(rate[1]) * (UNIT_MS[rate[2] ?? ''] ?? 0);
    if (ms > 0) return { kind: 'every', ms };
  }
  throw new ConfigError(
    `${what} must be "cron(M H * * ? *)" (daily, Asia/Almaty), "rate(N hours)" or like "6h", got "${text}"`,
  );
}

/** The next instant strictly after `now` at which the schedule fires (an `every` schedule counts from `now`). */
export function nextRun(schedule: Schedule, now: Date): Date {
  if (schedule.kind === 'every') return new Date(now.getTime() + schedule.ms);
  // Wall-clock time in the zone through Intl (never a fixed offset): Almaty changed its offset in 2024.
  for (let days = 0; days <= 2; days++) {
    const [y, mo, d] = zonedDay(now, schedule.zone, days);
    const at = instantOf({ y, mo, d, h: schedule.hour, mi: schedule.minute, s: 0 }, schedule.zone);
    if (at > now.getTime()) return new Date(at);
  }
  return new Date(now.getTime() + 86_400_000);
}

/** How a schedule reads in the banner. */
export function describeSchedule(schedule: Schedule): string {
  if (schedule.kind === 'every') return `every ${schedule.ms / 1000}s`;
  const hm = `${String(schedule.hour).padStart(2, '0')}:${String(schedule.minute).padStart(2, '0')}`;
  return `daily at ${hm} ${schedule.zone}`;
}
