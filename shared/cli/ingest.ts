import type { Source } from '../domain/index.ts';
import { getEnvOr } from '../env.ts';
import { ConfigError, ValidationError } from '../errors.ts';
import { type LocalConfig, loadLocalConfig } from '../local/config.ts';
import { localMailer, openHttp, openStore, withResources } from '../local/stack.ts';
import { createLogger } from '../log.ts';
import { previousAlmatyDay, runDailyDigest } from '../pipeline/digest.ts';
import { type Progress, runAll, runBackfillSource, selectSources, totals } from '../pipeline/run-all.ts';
import type { PipelineDeps } from '../pipeline/types.ts';
import type { Store } from '../store/port.ts';
import { configuredSources } from './start.ts';

/** Per-source progress lines on stderr (stdout stays for the JSON summary). */
const printProgress: Progress = (p) => {
  if ('summary' in p) {
    const s = p.summary;
    const line = s.ok
      ? `ok    ${s.sourceId.padEnd(16)} fetched ${s.fetched}, new ${s.newArticles}, dup ${s.duplicates}, events +${s.newEvents} ~${s.merged}, alerts ${s.alertsQueued}, failures ${s.failures.length}`
      : `FAIL  ${s.sourceId.padEnd(16)} ${s.error}`;
    process.stderr.write(`\r${line}\n`);
  } else if (process.stderr.isTTY) {
    process.stderr.write(`\r…     ${p.sourceId.padEnd(16)} ${p.done}/${p.total}`);
  }
};

/** Pipeline dependencies from the local configuration (no mailer: alerts stay pending, nothing is lost). */
function localDeps(
  config: LocalConfig,
  parts: Pick<PipelineDeps, 'store' | 'http' | 'sources'> & { mailer?: PipelineDeps['mailer'] },
  service: string,
): PipelineDeps {
  return {
    ...parts,
    apiBaseUrl: config.apiBaseUrl,
    operatorEmail: parts.mailer ? config.operatorEmail : null,
    failureAlertThreshold: config.failureAlertThreshold,
    alertWindowDays: config.alertWindowDays,
    logger: createLogger(service),
  };
}

/** One ingestion run over an open store; used by `start` and `ingest`. */
export async function ingestOnce(opts: {
  store: Store;
  config: LocalConfig;
  sources: Source[];
  offline: boolean;
  sesUrl: string | null;
  sourceId?: string | null;
}) {
  return withResources(async (closers) => {
    const http = await openHttp(opts.offline, closers);
    const mailer = opts.sesUrl ? localMailer(opts.config.senderEmail, opts.sesUrl) : undefined;
    const deps = localDeps(opts.config, { store: opts.store, http, sources: opts.sources, mailer }, 'ingest');
    process.stderr.write(`ingesting ${opts.offline ? '(offline fixtures)' : ''}…\n`);
    const summaries = await runAll(deps, opts.sourceId ?? null, printProgress);
    const total = totals(summaries);
    process.stderr.write(`done: ${JSON.stringify(total)}\n`);
    return { summaries, total };
  });
}

/** `ingest`: one run against DYNAMODB_ENDPOINT or the embedded store (not while `npm start` holds it). */
export async function runIngest(opts: { offline: boolean; sourceId: string | null }): Promise<number> {
  const config = loadLocalConfig();
  return withResources(async (closers) => {
    const { store } = await openStore(config, closers);
    const sesUrl = getEnvOr('SES_ENDPOINT', '') || null;
    const result = await ingestOnce({
      store,
      config,
      sources: configuredSources(config.sourcesFile),
      offline: opts.offline,
      sesUrl,
      sourceId: opts.sourceId,
    });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return result.total.failedSources > 0 ? 1 : 0;
  });
}

/** A text progress bar for stderr. */
export function progressBar(done: number, total: number, width = 30): string {
  const filled = total > 0 ? Math.round((done / total) * width) : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
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
  const config = loadLocalConfig();
  const sources = configuredSources(config.sourcesFile);
  selectSources(sources, opts.sourceId); // an unknown source fails before anything starts
  return withResources(async (closers) => {
    const { store } = await openStore(config, closers);
    const http = await openHttp(opts.offline, closers);
    // A backfill mails no one: alerts stay pending for the next run with a mailer.
    const deps = localDeps(config, { store, http, sources }, 'backfill');
    const summary = await runBackfillSource(deps, opts.sourceId, opts.until, {
      onPage: (n, count) => process.stderr.write(`\rarchive page ${n}: ${count} items`),
      onItem: (done, total) => process.stderr.write(`\r${progressBar(done, total)}`),
    });
    process.stderr.write('\n');
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return summary.ok ? 0 : 1;
  });
}

/** `digest`: the daily digest for one Almaty day (default yesterday), sent through SES_ENDPOINT. */
export async function runDigest(opts: { date: string | null }): Promise<number> {
  const date = opts.date ?? previousAlmatyDay(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ValidationError('--date must be a date YYYY-MM-DD');
  const sesUrl = getEnvOr('SES_ENDPOINT', '');
  if (!sesUrl) throw new ConfigError('digest needs SES_ENDPOINT (npm start prints the local one)');
  const config = loadLocalConfig();
  return withResources(async (closers) => {
    const { store } = await openStore(config, closers);
    const mailer = localMailer(config.senderEmail, sesUrl);
    const summary = await runDailyDigest(
      { store, mailer, apiBaseUrl: config.apiBaseUrl, logger: createLogger('digest') },
      date,
    );
    process.stdout.write(`${JSON.stringify({ date, ...summary })}\n`);
    return 0;
  });
}
