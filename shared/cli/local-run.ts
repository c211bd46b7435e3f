import type { Config } from '../config.ts';
import type { Source } from '../domain/index.ts';
import { IngestBusyError, type IngestLockOwner, withIngestLock } from '../local/ingest-lock.ts';
import { localMailer, openHttp, withResources } from '../local/stack.ts';
import { readStackState } from '../local/state.ts';
import { createLogger } from '../log.ts';
import { type Progress, runAll, totals } from '../pipeline/run-all.ts';
import type { PipelineDeps } from '../pipeline/types.ts';
import type { Store } from '../store/port.ts';
import { stderrProgress, totalsLine } from './report.ts';

/**
 * Pipeline dependencies from the configuration (the composition root of the local commands; the Lambdas
 * compose theirs in shared/aws.ts from the same Config). Without a mailer alerts stay pending: nothing is lost.
 */
export function localDeps(
  config: Config,
  parts: Pick<PipelineDeps, 'store' | 'http' | 'sources'> & { mailer?: PipelineDeps['mailer'] },
  service: string,
): PipelineDeps {
  return {
    ...parts,
    apiBaseUrl: config.apiBaseUrl,
    operatorEmail: parts.mailer ? config.operatorEmail : null,
    failureAlertThreshold: config.failureAlertThreshold,
    alertWindowDays: config.alertWindowDays,
    runLimits: config.runLimits,
    logger: createLogger(service),
  };
}

/** The SES endpoint mail goes through: SES_ENDPOINT, else the local SES of a running `npm start`, else none. */
export function sesEndpoint(config: Config): string | null {
  return config.sesEndpoint ?? readStackState(config.dataDir)?.sesUrl ?? null;
}

/** A mailer for the SES endpoint, when there is one. */
export function mailerFor(config: Config, sesUrl: string | null) {
  return sesUrl && config.senderEmail ? localMailer(config.senderEmail, sesUrl) : undefined;
}

/** What holds the ingestion lock, as other processes are told: the command line of this process. */
export function lockLabel(): string {
  return `ingestion (${process.argv.slice(2).join(' ') || 'start'})`;
}

/** How long a manual `ingest`/`backfill` waits for a running ingestion before giving up (exit 75). */
export const MANUAL_WAIT_MS = 15 * 60_000;

/**
 * Runs `fn` holding the data folder's ingestion lock, so `npm start`'s schedule and a manual `ingest`/`backfill`
 * never run at once. While another process ingests, a manual command (`waitMs` > 0) says so and waits for it
 * to finish; a scheduled tick (`waitMs` 0) or a wait that runs out says so on stderr and resolves `{ skipped }`.
 */
export async function exclusiveIngestion<T>(
  config: Config,
  fn: () => Promise<T>,
  waitMs = 0,
): Promise<{ result: T; skipped?: undefined } | { result?: undefined; skipped: IngestLockOwner }> {
  const onWait = (h: IngestLockOwner) =>
    process.stderr.write(`waiting for the running ${h.what} (pid ${h.pid}, since ${h.since}) to finish…\n`);
  try {
    return { result: await withIngestLock(config.dataDir, lockLabel(), fn, { waitMs, onWait }) };
  } catch (err) {
    if (!(err instanceof IngestBusyError)) throw err;
    process.stderr.write(`skipped: ${err.message}\n`);
    return { skipped: err.holder };
  }
}

/**
 * One ingestion run over an open store; used by `start` (on its schedule) and `ingest`. Human lines on stderr.
 * Holds the data folder's ingestion lock: while another process ingests it waits up to `waitMs`, else runs
 * nothing and returns `skipped`.
 */
export async function ingestOnce(opts: {
  store: Store;
  config: Config;
  sources: Source[];
  offline: boolean;
  sesUrl: string | null;
  sourceId?: string | null;
  progress?: Progress;
  /** Wait this long for another process's ingestion to end (a manual command); 0 = skip at once (a tick). */
  waitMs?: number;
}) {
  const run = await exclusiveIngestion(opts.config, () => ingestUnlocked(opts), opts.waitMs ?? 0);
  return run.skipped
    ? { summaries: [], total: totals([]), skipped: run.skipped }
    : { ...run.result, skipped: null };
}

/** The run itself, lock held. */
async function ingestUnlocked(opts: Parameters<typeof ingestOnce>[0]) {
  return withResources(async (closers) => {
    const http = await openHttp(opts.offline, closers);
    const mailer = mailerFor(opts.config, opts.sesUrl);
    const deps = localDeps(opts.config, { store: opts.store, http, sources: opts.sources, mailer }, 'ingest');
    process.stderr.write(`ingesting${opts.offline ? ' (offline fixtures)' : ''}…\n`);
    const summaries = await runAll(deps, opts.sourceId ?? null, opts.progress ?? stderrProgress());
    const total = totals(summaries);
    process.stderr.write(`${totalsLine(total)}\n`);
    return { summaries, total };
  });
}
