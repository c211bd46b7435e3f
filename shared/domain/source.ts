import * as z from 'zod';

/** Fields every source has, whatever its adapter kind. */
const SourceBase = z.object({
  /** Stable id, e.g. `kazinform-en`, `mfa-ru`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Human name of the outlet, shown in event sources: "Kazinform". */
  outlet: z.string().min(1),
  lang: z.enum(['en', 'ru', 'kk', 'zh']),
  enabled: z.boolean().default(true),
  /** Extra request headers (gov.kz `hash`/`token`, Accept-Language). */
  headers: z.record(z.string(), z.string()).default({}),
  /** CSS selectors for the article body on this site, tried before the generic finder. */
  bodySelectors: z.array(z.string()).default([]),
  /** How far back the gap-filling page-back may go, in pages. */
  maxPageBack: z.number().int().min(0).max(50).default(5),
});

/** An RSS 2.0 / Atom feed, optionally with an archive to page back through (`{n}` is the page number). */
export const RssSource = SourceBase.extend({
  kind: z.literal('rss'),
  url: z.string().url(),
  archiveUrl: z.string().optional(),
});

/** An HTML listing page scraped with per-site selectors. */
export const HtmlSource = SourceBase.extend({
  kind: z.literal('html'),
  url: z.string().url(),
  /** Listing URL for page N (`{n}`), for page-back. */
  pageUrl: z.string().optional(),
  linkSelector: z.string(),
  titleSelector: z.string().optional(),
  dateSelector: z.string().optional(),
});

/** A JSON API (gov.kz content manager). */
export const JsonSource = SourceBase.extend({
  kind: z.literal('json'),
  url: z.string().url(),
  /** Page-N URL template (`{n}`). */
  pageUrl: z.string().optional(),
  /** Public page URL template for an item (`{id}`), since the API items carry no link. */
  itemUrl: z.string(),
});

/** A configured news source; adding one of an existing kind is configuration, not code. */
export const Source = z.discriminatedUnion('kind', [RssSource, HtmlSource, JsonSource]);
export type Source = z.infer<typeof Source>;

/** Per-source health and conditional-GET state, kept in the store between runs. */
export const SourceState = z.object({
  sourceId: z.string(),
  /** Echoed back exactly as received. */
  etag: z.string().nullable().default(null),
  lastModified: z.string().nullable().default(null),
  lastAttemptAt: z.string().nullable().default(null),
  lastSuccessAt: z.string().nullable().default(null),
  consecutiveFailures: z.number().int().nonnegative().default(0),
  lastError: z.string().nullable().default(null),
  itemsSeen: z.number().int().nonnegative().default(0),
  /** Published time of the newest item ever stored from this source: the page-back overlap mark. */
  newestItemAt: z.string().nullable().default(null),
  /** Set when an operator alert was sent for the current outage; cleared on recovery. */
  outageAlertedAt: z.string().nullable().default(null),
  // Health details (optional, so states written before they existed still read; absent = 0 / none).
  /** Consecutive listings (a 304 excepted) that found no item at all; past a threshold the source fails. */
  emptyRuns: z.number().int().nonnegative().optional(),
  /** Items of the last run whose page could not be parsed. */
  parseFailures: z.number().int().nonnegative().optional(),
  /** Listed items the last run left for the next one (per-run caps, time budget). */
  backlog: z.number().int().nonnegative().optional(),
  /** What the last run corrected or noticed (future dates clamped, caps reached), for operators. */
  notes: z.array(z.string().max(300)).max(10).optional(),
});
export type SourceState = z.infer<typeof SourceState>;
