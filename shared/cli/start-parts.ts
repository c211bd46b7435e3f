import type { Logger } from '@aws-lambda-powertools/logger';
import type { Config } from '../config.ts';
import { describeSchedule, type Schedule } from '../local/schedule.ts';
import type { LocalStack } from '../local/stack.ts';
import { previousAlmatyDay, runDailyDigest } from '../pipeline/digest.ts';
import { ALMATY, toZonedIso } from '../time/zones.ts';
import { mailerFor } from './local-run.ts';

/** Options of `start`. */
export interface StartOptions {
  offline: boolean;
  /** `--every 6h`: the ingestion schedule instead of INGEST_SCHEDULE. */
  every: string | null;
}

/** The start banner: where everything is and when the next ingestion runs. */
export function bannerLines(o: {
  config: Config;
  stack: LocalStack;
  offline: boolean;
  schedule: Schedule;
  next: Date | null;
}): string[] {
  const { stack, config } = o;
  return [
    'kz-china-monitor local stack is up',
    `  API          ${stack.apiUrl}  (try ${stack.apiUrl}/events, /health, /sources, /events.rss)`,
    `  local email  ${stack.sesUrl}  (sent mail: open it in a browser, or GET ${stack.sesUrl}/store)`,
    `  data         ${config.dynamoEndpoint ?? `${config.dataDir}/dynamodb`}`,
    `  mode         ${o.offline ? 'offline: replaying recorded fixtures from a loopback server' : 'online'}`,
    `  ingestion    now, then ${describeSchedule(o.schedule)}; next ${o.next ? toZonedIso(o.next, ALMATY) : '—'}`,
    '  other terminals: `npm run -s cli -- ingest|backfill|digest` use this stack',
    'Press Ctrl-C to stop.',
    '',
    '',
  ];
}

/** The daily digest of yesterday (Almaty), through the stack's local SES: what the digest Lambda does in AWS. */
export async function localDigest(config: Config, stack: LocalStack, logger: Logger): Promise<void> {
  const mailer = mailerFor(config, stack.sesUrl);
  if (!mailer) return;
  const date = previousAlmatyDay(new Date());
  const summary = await runDailyDigest(
    { store: stack.store, mailer, apiBaseUrl: config.apiBaseUrl, logger },
    date,
  );
  process.stderr.write(`digest of ${date}: ${summary.events} events mailed to daily subscribers\n`);
}
