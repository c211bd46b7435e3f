import type { Logger } from '@aws-lambda-powertools/logger';
import type { Mailer } from '../alerts/mailer.ts';
import type { Source } from '../domain/index.ts';
import type { HttpClient } from '../fetch/http.ts';
import type { Store } from '../store/port.ts';
import type { RunLimits, StopReason } from './run-limits.ts';

/** Everything an ingestion run needs, injected (Lambda: AWS adapters; local: dynalite, local SES, fixtures). */
export interface PipelineDeps {
  store: Store;
  http: HttpClient;
  sources: Source[];
  /** Sends agreement and operator alerts; absent = alerts are counted as queued but not sent. */
  mailer?: Mailer;
  apiBaseUrl: string;
  operatorEmail: string | null;
  /** Consecutive failures of a source before one operator alert is sent for the outage. */
  failureAlertThreshold: number;
  /** Agreements of events older than this many days are not alerted as news (default 30, the digest's window). */
  alertWindowDays?: number;
  logger: Logger;
  now?: () => Date;
  /** Per-source caps of one run; from the environment (runLimitsFromEnv) when absent. */
  runLimits?: RunLimits;
}

/** A per-item failure: the article URL and why it failed (retried on the next run). */
export interface ItemFailure {
  url: string;
  reason: string;
}

/** The summary of one source's run, logged as JSON and returned. */
export interface RunSummary {
  sourceId: string;
  ok: boolean;
  /** The source-level error when `ok` is false. */
  error: string | null;
  notModified: boolean;
  fetched: number;
  newArticles: number;
  duplicates: number;
  irrelevant: number;
  newEvents: number;
  merged: number;
  alertsQueued: number;
  alertsSent: number;
  failures: ItemFailure[];
  /** Items whose page could not be parsed (also in `failures`). */
  parseFailures: number;
  /** Listed items skipped because the source had seen their URL before (nothing downloaded). */
  skippedSeen: number;
  /** Items left for the next run by a cap, and which cap. */
  leftover: number;
  stoppedBy: StopReason | null;
  /** Bytes downloaded (decoded) by this run. */
  bytes: number;
  durationMs: number;
}

/** A fresh, zeroed summary for a source. */
export function emptySummary(sourceId: string): RunSummary {
  return {
    sourceId,
    ok: true,
    error: null,
    notModified: false,
    fetched: 0,
    newArticles: 0,
    duplicates: 0,
    irrelevant: 0,
    newEvents: 0,
    merged: 0,
    alertsQueued: 0,
    alertsSent: 0,
    failures: [],
    parseFailures: 0,
    skippedSeen: 0,
    leftover: 0,
    stoppedBy: null,
    bytes: 0,
    durationMs: 0,
  };
}
