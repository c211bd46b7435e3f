import { eventDayEntries, sendEventDayDigest } from '../alerts/digest-step.ts';
import { configuredSources, loadConfig } from '../config.ts';
import { ConfigError, ValidationError } from '../errors.ts';
import { type Closer, openHttp, openStore, withResources } from '../local/stack.ts';
import { createLogger } from '../log.ts';
import { previousAlmatyDay, runDailyDigest } from '../pipeline/digest.ts';
import { runBackfillSource, selectSources } from '../pipeline/run-all.ts';
import {
  exclusiveIngestion,
  ingestOnce,
  localDeps,
  MANUAL_WAIT_MS,
  mailerFor,
  sesEndpoint,
} from './local-run.ts';

/** Exit code of `ingest`/`backfill` given up after waiting for another process's ingestion (EX_TEMPFAIL). */
export const EXIT_BUSY = 75;

import { inlineProgress, progressBar } from './report.ts';

/** Opens the store and says on stderr which one: beside a running `npm start` it is that stack's. */
async function storeFor(config: ReturnType<typeof loadConfig>, closers: Closer[]) {
  const opened = await openStore(config, closers);
  if (opened.via === 'running stack')
    process.stderr.write(`using the store of the running local stack (${opened.endpoint})\n`);
  return opened.store;
}

/** `ingest`: one run against DYNAMODB_ENDPOINT, the running `npm start`'s store, or the embedded one. */
export async function runIngest(opts: { offline: boolean; sourceId: string | null }): Promise<number> {
  const config = loadConfig('local');
  const sources = configuredSources(config);
  selectSources(sources, opts.sourceId);
  return withResources(async (closers) => {
    const store = await storeFor(config, closers);
    const result = await ingestOnce({
      store,
      config,
      sources,
      offline: opts.offline,
      sesUrl: sesEndpoint(config),
      sourceId: opts.sourceId,
      // Beside `npm start`, a run of its schedule may be going on: this one waits for it, then runs.
      waitMs: MANUAL_WAIT_MS,
    });
    // stdout carries only the result, so that `ingest > out.json` is parseable JSON.
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (result.skipped) return EXIT_BUSY;
    return result.total.failedSources > 0 ? 1 : 0;
  });
}

/** `backfill`: walks a source's archive back to a date (page by page), then ingests what it found. */
export async function runBackfill(opts: {
  offline: boolean;
  sourceId: string;
  until: string;
}): Promise<number> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.until) || Number.isNaN(Date.parse(opts.until))) {
    throw new ValidationError('--until must be a date YYYY-MM-DD');
  }
  const config = loadConfig('local');
  const sources = configuredSources(config);
  selectSources(sources, opts.sourceId); // an unknown source fails before anything starts
  return withResources(async (closers) => {
    const store = await storeFor(config, closers);
    const http = await openHttp(opts.offline, closers);
    // A backfill mails no one: alerts stay pending for the next run with a mailer.
    const deps = localDeps(config, { store, http, sources }, 'backfill');
    // The bar redraws one line: only on a terminal with logs off, so a log line never lands inside it.
    const inline = inlineProgress();
    let lastTenth = -1;
    const run = await exclusiveIngestion(
      config,
      () =>
        runBackfillSource(deps, opts.sourceId, opts.until, {
          onPage: (n, count) =>
            process.stderr.write(
              inline ? `\r\x1b[Karchive page ${n}: ${count} items` : `archive page ${n}: ${count} items\n`,
            ),
          onItem: (done, total) => {
            if (inline) process.stderr.write(`\r\x1b[K${progressBar(done, total)}`);
            else if (Math.floor((done / Math.max(1, total)) * 10) > lastTenth) {
              lastTenth = Math.floor((done / Math.max(1, total)) * 10);
              process.stderr.write(`${progressBar(done, total)}\n`);
            }
          },
        }),
      MANUAL_WAIT_MS,
    );
    if (run.skipped) {
      process.stdout.write(`${JSON.stringify({ skipped: run.skipped })}\n`);
      return EXIT_BUSY;
    }
    if (inline) process.stderr.write('\n');
    process.stdout.write(`${JSON.stringify(run.result)}\n`);
    return run.result.ok ? 0 : 1;
  });
}

/**
 * `digest`: the daily digest for one Almaty day (default yesterday): the items first seen as news that day, or
 * with `byEventDate` (`--event-date`) the events that took place that day. Mail goes through SES_ENDPOINT or the
 * running `npm start`'s local SES.
 */
export async function runDigest(opts: { date: string | null; byEventDate?: boolean }): Promise<number> {
  const date = opts.date ?? previousAlmatyDay(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ValidationError('--date must be a date YYYY-MM-DD');
  const config = loadConfig('local');
  const sesUrl = sesEndpoint(config);
  if (!sesUrl)
    throw new ConfigError(
      'digest has nowhere to send mail: start the local stack (npm start) in another terminal, or set SES_ENDPOINT',
    );
  return withResources(async (closers) => {
    const store = await storeFor(config, closers);
    const mailer = mailerFor(config, sesUrl);
    if (!mailer) throw new ConfigError('missing environment variable SENDER_EMAIL');
    const deps = { store, mailer, apiBaseUrl: config.apiBaseUrl, logger: createLogger('digest') };
    if (opts.byEventDate) {
      const entries = await eventDayEntries(store, date);
      const summary = await sendEventDayDigest(deps, date, entries);
      process.stderr.write(
        `digest of the events of ${date}: ${entries.length} events, ${summary.sent} sent, mail through ${sesUrl}\n`,
      );
      process.stdout.write(
        `${JSON.stringify({ date, by: 'event-date', events: entries.length, ...summary })}\n`,
      );
      return 0;
    }
    const summary = await runDailyDigest(deps, date);
    process.stderr.write(
      `digest of ${date}: ${summary.events} events, ${summary.sent} sent, mail through ${sesUrl}\n`,
    );
    process.stdout.write(`${JSON.stringify({ date, by: 'first-seen', ...summary })}\n`);
    return 0;
  });
}
