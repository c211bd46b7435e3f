import type { Source, SourceState } from '../domain/index.ts';
import { describeError, FetchError, ParseError } from '../errors.ts';
import { logger } from '../log.ts';
import { parseArchivePage, parseListing } from './adapters/html.ts';
import { parseGovKzPage } from './adapters/json.ts';
import { looksLikeFeed, parseFeed } from './adapters/rss.ts';
import type { HttpClient } from './http.ts';
import { clampFutureDates, requireFeed } from './item-checks.ts';
import type { ListedItem, ListResult } from './types.ts';

export type { ListedItem, ListResult } from './types.ts';

/** The page-N URL template of a source (`{n}`), if it has one: RSS archive, HTML or API page. */
function pageTemplate(source: Source): string | undefined {
  return source.kind === 'rss' ? source.archiveUrl : source.pageUrl;
}

/** Parses one fetched page with the adapter of the source's kind. */
async function parsePage(source: Source, body: string, url: string, now?: Date): Promise<ListedItem[]> {
  switch (source.kind) {
    case 'rss':
      // Page 1 is the feed; archive pages of a WordPress site are HTML.
      return looksLikeFeed(body) ? parseFeed(body, url) : parseArchivePage(body, url);
    case 'html':
      return parseListing(body, url, source, now);
    case 'json':
      return parseGovKzPage(body, url, source);
  }
}

/**
 * Appends the items not yet present; returns how many were new. Items are keyed by their link: a feed item
 * (GUID `?p=123`) and the same post on an archive page (no GUID) share it. A GUID alone does not make two
 * items one: feeds that repeat a GUID over different links carry different stories.
 */
function merge(into: ListedItem[], page: ListedItem[]): number {
  const keys = new Set(into.map((i) => i.url));
  let added = 0;
  for (const item of page) {
    if (keys.has(item.url)) continue;
    keys.add(item.url);
    into.push(item);
    added++;
  }
  return added;
}

/** Epoch ms of the oldest dated item, or null when none is dated. */
function oldest(items: ListedItem[]): number | null {
  let min: number | null = null;
  for (const i of items) {
    const t = i.published ? Date.parse(i.published) : Number.NaN;
    if (!Number.isNaN(t) && (min === null || t < min)) min = t;
  }
  return min;
}

/**
 * Walks pages 2, 3, … of the source while `keepGoing(oldest)` holds, at most `maxPages` extra pages, stopping
 * when a page adds nothing. A failing page ends the walk (the items so far are kept) and is logged.
 */
async function pageBack(
  source: Source,
  http: HttpClient,
  items: ListedItem[],
  maxPages: number,
  keepGoing: (oldestMs: number) => boolean,
  onPage?: (n: number, items: number) => void,
  now?: Date,
): Promise<number> {
  const tpl = pageTemplate(source);
  let fetched = 0;
  for (let n = 2; tpl && fetched < maxPages; n++) {
    const min = oldest(items);
    if (min === null || !keepGoing(min)) break;
    const url = tpl.replaceAll('{n-1}', String(n - 1)).replaceAll('{n}', String(n));
    try {
      const res = await http.get(url, { headers: source.headers });
      fetched++;
      const page = await parsePage(source, res.body, res.url, now);
      onPage?.(n, page.length);
      if (merge(items, page) === 0) break;
    } catch (err) {
      if (!(err instanceof FetchError || err instanceof ParseError)) throw err;
      logger.warn('page-back stopped', { sourceId: source.id, url, error: describeError(err) });
      break;
    }
  }
  return fetched;
}

/**
 * Lists a source's current items with a conditional GET (validators from `state`). When the oldest listed
 * item is newer than `state.newestItemAt` (a gap since the last run), pages back through the archive until
 * the overlap, at most `source.maxPageBack` extra pages. Throws FetchError / ParseError for the first page.
 */
export async function listSource(
  source: Source,
  http: HttpClient,
  state: SourceState | null,
  opts: { now?: Date } = {},
): Promise<ListResult> {
  const first = await http.get(source.url, {
    headers: source.headers,
    etag: state?.etag ?? null,
    lastModified: state?.lastModified ?? null,
  });
  const base = { etag: first.etag, lastModified: first.lastModified };
  if (first.notModified) return { items: [], notModified: true, pagesFetched: 1, futureDated: 0, ...base };
  if (source.kind === 'rss') requireFeed(first.body, first.url, first.headers['content-type']);
  const items: ListedItem[] = [];
  merge(items, await parsePage(source, first.body, first.url, opts.now));
  const mark = state?.newestItemAt ? Date.parse(state.newestItemAt) : Number.NaN;
  let extra = 0;
  if (!Number.isNaN(mark)) {
    extra = await pageBack(source, http, items, source.maxPageBack, (min) => min > mark, undefined, opts.now);
  }
  const futureDated = clampFutureDates(items, opts.now ?? new Date());
  return { items, notModified: false, pagesFetched: 1 + extra, futureDated, ...base };
}

/**
 * Walks a source's archive back until items are older than `until` (at most `maxPages` pages, default 200)
 * and returns the items published at or after `until` (undated items are kept). `onPage` reports progress.
 */
export async function backfill(
  source: Source,
  http: HttpClient,
  until: Date,
  onPage?: (n: number, items: number) => void,
  opts: { maxPages?: number; now?: Date } = {},
): Promise<ListedItem[]> {
  const first = await http.get(source.url, { headers: source.headers });
  const items: ListedItem[] = [];
  const page1 = await parsePage(source, first.body, first.url, opts.now);
  onPage?.(1, page1.length);
  merge(items, page1);
  const limit = until.getTime();
  await pageBack(source, http, items, (opts.maxPages ?? 200) - 1, (min) => min >= limit, onPage, opts.now);
  return items.filter((i) => !i.published || Date.parse(i.published) >= limit);
}

/** The outcome of listing one source inside listAll. */
export type ListOutcome = { ok: true; result: ListResult } | { ok: false; error: string };

/**
 * Lists every source concurrently (the HTTP client keeps per-host politeness), isolating failures: a 403,
 * timeout or malformed feed becomes that source's `{ ok: false, error }` while the others list normally.
 */
export async function listAll(
  sources: Source[],
  http: HttpClient,
  states: Map<string, SourceState> | Record<string, SourceState | undefined> = {},
  opts: { now?: Date } = {},
): Promise<Map<string, ListOutcome>> {
  const stateOf = (id: string) => (states instanceof Map ? states.get(id) : states[id]) ?? null;
  const settled = await Promise.allSettled(sources.map((s) => listSource(s, http, stateOf(s.id), opts)));
  const out = new Map<string, ListOutcome>();
  settled.forEach((r, i) => {
    const id = sources[i]?.id ?? String(i);
    out.set(
      id,
      r.status === 'fulfilled'
        ? { ok: true, result: r.value }
        : { ok: false, error: describeError(r.reason) },
    );
  });
  return out;
}
