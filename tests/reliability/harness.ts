import { Logger } from '@aws-lambda-powertools/logger';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Mailer } from '../../shared/alerts/mailer.ts';
import type { Article, Event, Source } from '../../shared/domain/index.ts';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '../../shared/fetch/http.ts';
import { runAll } from '../../shared/pipeline/run-all.ts';
import { DEFAULT_RUN_LIMITS } from '../../shared/pipeline/run-limits.ts';
import type { PipelineDeps, RunSummary } from '../../shared/pipeline/types.ts';
import { loadSources } from '../../shared/sources/registry.ts';
import { createDocumentClient } from '../../shared/store/dynamo-store.ts';
import type { Store } from '../../shared/store/port.ts';
import { startTestStore } from '../helpers/store.ts';

/** The two healthy sources that run beside a hostile one. */
export const HEALTHY_IDS = ['kazinform-en', 'daryo-en'] as const;
/** The source made hostile (its feed carries full content, so its articles need no page fetch). */
export const HOSTILE_ID = 'timesca';
/** The hostile source's feed URL: routes on it replace the recorded feed. */
export const HOSTILE_FEED = 'https://timesca.com/feed/';

/** A logger that prints nothing (the suites assert on summaries, not on log lines). */
export const silentLogger = new Logger({ serviceName: 'reliability', logLevel: 'SILENT' });

/** Sources by id, from the default registry, in the order asked. */
export function pickSources(ids: readonly string[]): Source[] {
  const all = loadSources();
  return ids.map((id) => {
    const s = all.find((x) => x.id === id);
    if (!s) throw new Error(`no source ${id} in the registry`);
    return s;
  });
}

/**
 * A fast-failing client for loopback test servers: short timeouts, one quick retry, no host delay and the
 * production 5 MB cap, so every hostile case ends in well under a second or two.
 */
export function fastHttp(rewrite: (url: string) => string, opts: HttpClientOptions = {}): HttpClient {
  return createHttpClient({
    rewrite,
    allowPrivate: true,
    hostDelayMs: 0,
    retries: 1,
    backoffMs: 5,
    maxBackoffMs: 20,
    connectTimeoutMs: 1000,
    idleTimeoutMs: 400,
    totalTimeoutMs: 1500,
    maxBytes: 5 * 1024 * 1024,
    ...opts,
  });
}

/**
 * A clock on the day after the fixtures' newest reports (April 2025), for tests that expect their agreements to
 * be alerted: alerts are news only, and by the real clock those reports are old.
 */
export const FIXTURE_NEWS_DAY = (): Date => new Date('2025-04-28T06:00:00Z');

/** Deps extras for tests of alert mechanics (not of the news rule): every fixture agreement counts as news. */
export const ALL_NEWS = { now: FIXTURE_NEWS_DAY, alertWindowDays: 3650 } as const;

/** Pipeline deps for the tests: no mailer unless given, a silent logger. */
export function makeDeps(
  store: Store,
  http: HttpClient,
  sources: Source[],
  extra: { mailer?: Mailer; now?: () => Date; alertWindowDays?: number } = {},
): PipelineDeps {
  return {
    store,
    http,
    sources,
    apiBaseUrl: 'http://api.test',
    operatorEmail: null,
    failureAlertThreshold: 3,
    logger: silentLogger,
    // One source at a time: the hostile cases use 400 ms idle timeouts, which CPU-bound extraction of other
    // sources in the same event loop would trip. Parallel lanes have their own test (bounded-runs).
    runLimits: { ...DEFAULT_RUN_LIMITS, parallelHosts: 1 },
    ...extra,
  };
}

/** What a table holds, read by Scan (test-only: the Store port deliberately has no scan). */
export interface TableSnapshot {
  articles: Article[];
  events: Event[];
  /** Event ids a merge or a new canonical id moved, to the id they now answer as. */
  redirects: Map<string, string>;
}

/** Every article and event item of a table. */
export async function snapshot(endpoint: string, tableName: string): Promise<TableSnapshot> {
  const doc = createDocumentClient({ endpoint });
  const articles: Article[] = [];
  const events: Event[] = [];
  const redirects = new Map<string, string>();
  try {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await doc.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
      for (const item of page.Items ?? []) {
        if (item.SK === 'ARTICLE') articles.push(item as Article);
        // A redirect left where a merged or re-keyed event was is not an event.
        if (item.SK === 'EVENT' && item.redirectTo === undefined) events.push(item as Event);
        if (item.SK === 'EVENT' && typeof item.redirectTo === 'string')
          redirects.set(String(item.PK).replace(/^EVENT#/, ''), item.redirectTo);
      }
      start = page.LastEvaluatedKey;
    } while (start);
  } finally {
    doc.destroy();
  }
  return { articles, events, redirects };
}

/** The id an event answers as now: itself, or where its redirects lead. */
export function liveId(snap: TableSnapshot, id: string): string {
  let at = id;
  for (let hops = 0; hops < 10 && snap.redirects.has(at); hops++) at = snap.redirects.get(at) as string;
  return at;
}

/** Problems that mean a story was stored twice: duplicate URLs, or one article cited by two events. */
export function duplicatesIn(snap: TableSnapshot): string[] {
  const problems: string[] = [];
  const urls = new Map<string, string>();
  for (const a of snap.articles) {
    for (const u of [a.url, ...a.altUrls]) {
      const other = urls.get(u);
      if (other && other !== a.id) problems.push(`url ${u} held by ${other} and ${a.id}`);
      urls.set(u, a.id);
    }
  }
  const cited = new Map<string, string>();
  for (const e of snap.events) {
    for (const s of e.sources) {
      const other = cited.get(s.articleId);
      if (other) problems.push(`article ${s.articleId} cited by ${other} and ${e.id}`);
      cited.set(s.articleId, e.id);
    }
  }
  return problems;
}

/** The counts of a summary that must not depend on what else ran in the same runAll. */
export function counts(s: RunSummary | undefined) {
  if (!s) return undefined;
  const { ok, fetched, newArticles, duplicates, irrelevant } = s;
  // New and merged events together: a story the hostile source also carried may turn a "new" into a "merged".
  const relevant = s.newEvents + s.merged;
  return { ok, fetched, newArticles, duplicates, irrelevant, relevant, failures: s.failures.length };
}

/** The summary of one source. */
export function summaryOf(summaries: RunSummary[], id: string): RunSummary {
  const s = summaries.find((x) => x.sourceId === id);
  if (!s) throw new Error(`no summary for ${id}`);
  return s;
}

/** The table after one undisturbed run of `ids` on a fresh store: what a faulty or concurrent run must equal. */
export async function cleanRun(
  rewrite: (url: string) => string,
  ids: readonly string[],
): Promise<TableSnapshot> {
  const db = await startTestStore();
  try {
    await runAll(makeDeps(db.store, fastHttp(rewrite), pickSources(ids)), null);
    return await snapshot(db.endpoint, db.tableName);
  } finally {
    await db.close();
  }
}
