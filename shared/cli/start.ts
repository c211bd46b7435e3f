import { type Config, configuredSources, loadConfig } from '../config.ts';
import { describeError } from '../errors.ts';
import { parseSchedule, type Schedule } from '../local/schedule.ts';
import { scheduleJob } from '../local/scheduler.ts';
import { startLocalStack } from '../local/stack.ts';
import { createLogger } from '../log.ts';
import { toZonedIso } from '../time/zones.ts';
import { ingestOnce } from './local-run.ts';
import { bannerLines, localDigest, type StartOptions } from './start-parts.ts';

/**
 * Resolves when the process is asked to stop (Ctrl-C, SIGTERM, or SIGHUP when the terminal closes). A Ctrl-C
 * reaches node twice (from the terminal and forwarded by npm), so a repeat within a second is the same one; a
 * later one while stopping exits at once: the user has said it twice.
 */
function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    let first = 0;
    const on = (sig: NodeJS.Signals) => () => {
      if (first && Date.now() - first > 1000) process.exit(130);
      if (first) return;
      first = Date.now();
      resolve(sig);
    };
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, on(sig));
  });
}

/** Closes within `ms` or gives up: a stop must never hang (the caller exits either way). */
async function closeWithin(close: () => Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([close(), new Promise<void>((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

/** The ingestion schedule of `start`: `--every`, else INGEST_SCHEDULE (default: the AWS stack's). */
function ingestSchedule(config: Config, every: string | null): Schedule {
  return every ? parseSchedule(every, '--every') : parseSchedule(config.ingestSchedule, 'INGEST_SCHEDULE');
}

/**
 * `start`: the local stack; ingests at once and then on the schedule (never two runs at once), mails the daily
 * digest at its hour, and serves until Ctrl-C, then stops everything cleanly.
 */
export async function runStart(opts: StartOptions): Promise<number> {
  const config = loadConfig('local');
  const sources = configuredSources(config);
  const schedule = ingestSchedule(config, opts.every);
  const digestSchedule = parseSchedule(config.digestSchedule, 'DIGEST_SCHEDULE');
  const stopped = untilSignal();
  const jobs: { ingest?: ReturnType<typeof scheduleJob>; digest?: ReturnType<typeof scheduleJob> } = {};
  let ingesting = false;
  const stack = await startLocalStack(config, sources, {
    schedule: () => ({
      nextIngestion: jobs.ingest?.next()?.toISOString() ?? null,
      nextDigest: jobs.digest?.next()?.toISOString() ?? null,
      ingesting,
    }),
  });
  const onError = (what: string) => (err: unknown) =>
    process.stderr.write(`${what} failed: ${describeError(err)}\n`);
  jobs.ingest = scheduleJob({
    schedule,
    run: async () => {
      ingesting = true;
      try {
        await ingestOnce({
          store: stack.store,
          config,
          sources,
          offline: opts.offline,
          sesUrl: stack.sesUrl,
        });
      } finally {
        ingesting = false;
        const next = jobs.ingest?.next();
        if (next) process.stderr.write(`next ingestion ${toZonedIso(next, 'Asia/Almaty')}\n`);
      }
    },
    onError: onError('ingestion'),
    onSkip: () => process.stderr.write('ingestion still running: this scheduled run is skipped\n'),
  });
  jobs.digest = scheduleJob({
    schedule: digestSchedule,
    run: () => localDigest(config, stack, createLogger('digest')),
    onError: onError('digest'),
  });
  process.stderr.write(
    bannerLines({ config, stack, offline: opts.offline, schedule, next: jobs.ingest.next() }).join('\n'),
  );
  void jobs.ingest.runNow();
  const signal = await stopped;
  process.stderr.write(`stopping (${signal})…\n`);
  // A run in flight is not waited for long: its state is saved per item, and the next run takes up the rest.
  await closeWithin(async () => {
    await Promise.race([
      Promise.all([jobs.ingest?.stop(), jobs.digest?.stop()]),
      new Promise((r) => setTimeout(r, 1500)),
    ]);
    await stack.close();
  }, 3500);
  return 0;
}

/** `serve`: only the API (and local SES for subscription mail), until Ctrl-C. */
export async function runServe(): Promise<number> {
  const config = loadConfig('local');
  const stopped = untilSignal();
  const stack = await startLocalStack(config, configuredSources(config));
  process.stderr.write(`API on ${stack.apiUrl}; Ctrl-C to stop\n`);
  await stopped;
  await closeWithin(stack.close, 3500);
  return 0;
}
