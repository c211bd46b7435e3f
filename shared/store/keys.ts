import { createHash } from 'node:crypto';
import { GSI1PK, GSI1SK, PK, SK, TTL_ATTRIBUTE } from './table.ts';

/**
 * Key builders of the single-table design, one place for every PK/SK/GSI1 string (DESIGN.md lists the
 * access patterns they serve). Item ids never contain `#`, so `#` is a safe separator.
 */

/** Longest free-form string (URL, dedup key, email) kept verbatim in a key; longer ones are hashed. */
const MAX_VERBATIM = 512;

/** A free-form value as a key part: verbatim when short, else `h:` + sha256 (keys stay under 2 KB). */
export function keyPart(value: string): string {
  if (Buffer.byteLength(value) <= MAX_VERBATIM) return value;
  return `h:${createHash('sha256').update(value).digest('hex')}`;
}

/** Month partition of GSI1 for a dated event; `none` for undated events. */
export const NO_DATE = 'none';

export const keys = {
  article: (id: string) => ({ [PK]: `ART#${id}`, [SK]: 'ARTICLE' }),
  /** Single-owner dedup key (`url:…`, `hash:…`): claimed with a conditional put. */
  dedupOwner: (key: string) => ({ [PK]: `KEY#${keyPart(key)}`, [SK]: 'OWNER' }),
  /** Multi-valued index key (LSH bands): one item per member. */
  dedupMember: (key: string, articleId: string) => ({
    [PK]: `KEY#${keyPart(key)}`,
    [SK]: `MEMBER#${articleId}`,
  }),
  event: (id: string) => ({ [PK]: `EVENT#${id}`, [SK]: 'EVENT' }),
  eventLink: (eventId: string, articleId: string) => ({
    [PK]: `EVENT#${eventId}`,
    [SK]: `ARTICLE#${articleId}`,
  }),
  /** Clustering report of one source of an event (see event-reports.ts). */
  eventReport: (eventId: string, key: string) => ({
    [PK]: `EVENT#${eventId}`,
    [SK]: `REPORT#${key}`,
  }),
  /**
   * The list view of an event (event-view.ts): what a list page serves, as one JSON string, beside the event in
   * its partition. Its GSI1 keys put it in the view partition of the event's month (`EVLIST#<month>`), sorted as
   * the event is in `EVDATE#<month>`, so an unfiltered page is one Query of views.
   */
  eventView: (id: string) => ({ [PK]: `EVENT#${id}`, [SK]: VIEW_SK }),
  /** The "months that have events" index: every month marker lives in this one partition. */
  monthMarker: (month: string) => ({ [PK]: 'EVMONTHS', [SK]: month }),
  sourceState: (sourceId: string) => ({ [PK]: 'SOURCES', [SK]: `STATE#${sourceId}` }),
  itemFailure: (sourceId: string, url: string) => ({
    [PK]: `SRCFAIL#${sourceId}`,
    [SK]: `URL#${keyPart(url)}`,
  }),
  /** A URL a source listed (any outcome: stored, duplicate, re-post): never fetched again for it. */
  seenUrl: (sourceId: string, url: string) => ({ [PK]: `SEEN#${sourceId}`, [SK]: `URL#${keyPart(url)}` }),
  /** How many more URLs an article is known under beyond the ones its `altUrls` keeps. */
  altUrlOverflow: (articleId: string) => ({ [PK]: `ART#${articleId}`, [SK]: 'ALTURLS' }),
  subscriber: (id: string) => ({ [PK]: `SUB#${id}`, [SK]: 'SUBSCRIBER' }),
  /** Pointer item email → subscriber id (lower-cased email). */
  emailPointer: (email: string) => ({
    [PK]: `SUBEMAIL#${keyPart(email.trim().toLowerCase())}`,
    [SK]: 'POINTER',
  }),
  tokenPointer: (tokenHash: string) => ({ [PK]: `SUBTOKEN#${tokenHash}`, [SK]: 'POINTER' }),
  delivery: (alertKey: string, subscriberId: string) => ({
    [PK]: `DELIVERY#${keyPart(alertKey)}`,
    [SK]: `SUB#${subscriberId}`,
  }),
  /**
   * The list version (list-version.ts): one number every writer that changes what a list, facet, agreements or
   * figures page shows bumps after its write, so an API process can tell whether a page it keeps is still current.
   */
  listVersion: () => ({ [PK]: 'META', [SK]: 'LISTVER' }),
  counter: (key: string, windowStart: number) => ({
    [PK]: `COUNTER#${keyPart(key)}`,
    [SK]: `W#${windowStart}`,
  }),
  /**
   * Index entry of an event under one facet (`kind#meeting`, `person#wang-i`, `q#railw` …), kept in the event's
   * own partition (so the event's entries are one Query to reconcile) and listed through GSI1 by facet,
   * newest first. The sort key is part of SK: an entry for another date is another item, never overwritten.
   */
  indexEntry: (eventId: string, facet: string, sortKey: string) => ({
    [PK]: `EVENT#${eventId}`,
    [SK]: `${INDEX_PREFIX}${keyPart(facet)}|${sortKey}`,
    [GSI1PK]: facetPartition(facet),
    [GSI1SK]: sortKey,
  }),
  /** An event's report of one figure value (metric, year, unit|value): the truth the series counts. */
  figureMember: (eventId: string, metric: string, year: number | null, point: string) => ({
    [PK]: `EVENT#${eventId}`,
    [SK]: `${FIGURE_PREFIX}${metric}#${year ?? NO_DATE}#${point}`,
  }),
  /**
   * The precomputed series of a metric: per year, SERIES_SHARDS items (a point goes to the shard its key
   * hashes to, so a year with many distinct values stays far below 400 KB per item). `/figures` is one Query
   * of the metric's partition: O(years) items.
   */
  figureSeries: (metric: string, year: number | null, point = '') => ({
    [PK]: `FIGURES#${metric}`,
    [SK]: `Y#${year ?? NO_DATE}#${seriesShard(point)}`,
  }),
};

/** Items per metric and year in the figure series. */
export const SERIES_SHARDS = 4;

/** The series shard of a point key. */
export function seriesShard(point: string): number {
  return (createHash('sha256').update(point).digest()[0] ?? 0) % SERIES_SHARDS;
}

/** SK prefix of an event's index entries. */
export const INDEX_PREFIX = 'IX#';
/** SK prefix of an event's figure memberships. */
export const FIGURE_PREFIX = 'FG#';

/** GSI1 partition of one facet value (free-form values such as person keys are hashed when long). */
export function facetPartition(facet: string): string {
  return `IX#${keyPart(facet)}`;
}

/**
 * Sort key of an event in every facet partition: `YYYY-MM-DD#id` when dated; undated events get
 * `!<createdAt UTC>#id`, which sorts below every date, so a descending walk ends with them (as the
 * recent-events listing does) and a date-bounded Query excludes them.
 */
export function eventSortKey(e: { id: string; eventDate: string | null; createdAt: string }): string {
  if (e.eventDate !== null) return `${e.eventDate}#${e.id}`;
  return `!${new Date(e.createdAt).toISOString()}#${e.id}`;
}

/**
 * Whether `k` is exactly the key of one index entry in the facet's partition (every attribute checked), so a
 * client-edited cursor can neither probe another partition nor make DynamoDB reject the start key.
 */
export function isIndexStartKey(k: Record<string, unknown>, facet: string): boolean {
  const attrs = Object.keys(k);
  if (attrs.length !== 4 || attrs.some((a) => typeof k[a] !== 'string')) return false;
  const id = EVENT_PK.exec(String(k[PK] ?? ''))?.[1];
  const sort = String(k[GSI1SK] ?? '');
  if (!id || k[GSI1PK] !== facetPartition(facet)) return false;
  if (k[SK] !== `${INDEX_PREFIX}${keyPart(facet)}|${sort}`) return false;
  const dated = DATED_SK.exec(sort);
  if (dated) return dated[2] === id;
  const undated = UNDATED_SK.exec(sort.slice(1));
  return sort.startsWith('!') && undated?.[2] === id && !Number.isNaN(Date.parse(undated[1] ?? ''));
}

/** GSI1 keys of an event: month partition + `date#id`, or the undated partition sorted by createdAt. */
export function eventIndexKeys(e: { id: string; eventDate: string | null; createdAt: string }) {
  // Normalised to UTC so that createdAt values with different offsets sort by time.
  const created = new Date(e.createdAt).toISOString();
  if (e.eventDate === null) return { [GSI1PK]: `EVDATE#${NO_DATE}`, [GSI1SK]: `${created}#${e.id}` };
  return { [GSI1PK]: `EVDATE#${monthOf(e.eventDate)}`, [GSI1SK]: `${e.eventDate}#${e.id}` };
}

/** GSI1 partition of a month (`YYYY-MM`) or of undated events (`none`). */
export const eventPartition = (month: string) => `EVDATE#${month}`;

/** SK of an event's list view. */
export const VIEW_SK = 'LIST';

/** GSI1 partition of the list views of a month (`YYYY-MM`) or of undated events (`none`). */
export const viewPartition = (month: string) => `EVLIST#${month}`;

/** GSI1 keys of an event's list view: as `eventIndexKeys`, in the month's view partition. */
export function viewIndexKeys(e: { id: string; eventDate: string | null; createdAt: string }) {
  const k = eventIndexKeys(e);
  return { [GSI1PK]: viewPartition(k[GSI1PK].slice('EVDATE#'.length)), [GSI1SK]: k[GSI1SK] };
}

const EVENT_PK = /^EVENT#(ev_[0-9a-z]{1,64})$/;
const DATED_SK = /^(\d{4}-\d{2})-\d{2}#(ev_[0-9a-z]{1,64})$/;
const UNDATED_SK = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)#(ev_[0-9a-z]{1,64})$/;

/**
 * Whether `k` is exactly the GSI1 start key of one event of `month`, every attribute checked. A client-edited
 * cursor (missing, empty or overlong sort key, another partition) must be refused here: DynamoDB would
 * otherwise reject the Query ("starting key is invalid") and the client would see a 500.
 */
export function isEventStartKey(k: Record<string, unknown>, month: string): boolean {
  const attrs = Object.keys(k);
  if (attrs.length !== 4 || attrs.some((a) => typeof k[a] !== 'string')) return false;
  const id = EVENT_PK.exec(String(k[PK] ?? ''))?.[1];
  // an event item of the month partition, or a list view of the month's view partition
  const event = k[SK] === 'EVENT' && k[GSI1PK] === eventPartition(month);
  const view = k[SK] === VIEW_SK && k[GSI1PK] === viewPartition(month);
  if (!id || !(event || view)) return false;
  const sk = String(k[GSI1SK] ?? '');
  if (month === NO_DATE) {
    const m = UNDATED_SK.exec(sk);
    return !!m?.[1] && m[2] === id && !Number.isNaN(Date.parse(m[1]));
  }
  const m = DATED_SK.exec(sk);
  return m?.[1] === month && m[2] === id;
}

/** GSI1 keys of a subscriber: a partition per status, so "confirmed subscribers" is one Query. */
export function subscriberIndexKeys(s: { id: string; status: string; createdAt: string }) {
  return { [GSI1PK]: `SUBSTATUS#${s.status}`, [GSI1SK]: `${s.createdAt}#${s.id}` };
}

/** `YYYY-MM` of a `YYYY-MM-DD` date. */
export const monthOf = (date: string) => date.slice(0, 7);

/** Every month `YYYY-MM` from the month of `from` to the month of `to`, newest first (at most `max`). */
export function monthsBetween(from: string, to: string, max = 1200): string[] {
  const out: string[] = [];
  let [y, m] = monthOf(to).split('-').map(Number) as [number, number];
  const floor = monthOf(from);
  for (
    let month = monthOf(to);
    month >= floor && out.length < max;
    month = `${y}-${String(m).padStart(2, '0')}`
  ) {
    out.push(month);
    if (--m === 0) [y, m] = [y - 1, 12];
  }
  return out;
}

/** Key attributes an item carries besides the domain fields; stripped before validation. */
export const KEY_ATTRIBUTES = [PK, SK, GSI1PK, GSI1SK, TTL_ATTRIBUTE] as const;
