import { ParseError } from '../errors.ts';
import { looksLikeFeed } from './adapters/rss.ts';
import type { ListedItem } from './types.ts';

/** Clock skew tolerated before a date counts as in the future (servers and feeds drift by minutes). */
const SKEW_MS = 5 * 60_000;

/**
 * Clamps item dates later than the fetch time to the fetch time and returns how many were clamped. One item
 * dated 2099 would otherwise become the source's newest item and switch gap filling off for good.
 */
export function clampFutureDates(items: ListedItem[], fetchedAt: Date): number {
  let clamped = 0;
  const limit = fetchedAt.getTime() + SKEW_MS;
  for (const item of items) {
    const t = item.published ? Date.parse(item.published) : Number.NaN;
    if (!Number.isNaN(t) && t > limit) {
      item.published = fetchedAt.toISOString();
      clamped++;
    }
  }
  return clamped;
}

/** A published time, clamped to `fetchedAt` when it lies in the future (see clampFutureDates). */
export function clampDate(published: string | null, fetchedAt: Date): string | null {
  if (!published) return published;
  const t = Date.parse(published);
  return !Number.isNaN(t) && t > fetchedAt.getTime() + SKEW_MS ? fetchedAt.toISOString() : published;
}

/**
 * Refuses a body that is not a feed where a feed was configured: a 200 with an HTML page (a login wall, a
 * parked domain, a moved feed) must fail the source, not read as "ok, 0 items".
 */
export function requireFeed(body: string, url: string, contentType: string | undefined): void {
  if (looksLikeFeed(body)) return;
  const kind =
    /html/i.test(contentType ?? '') || /<html[\s>]/i.test(body.slice(0, 2048)) ? 'an HTML page' : 'no feed';
  throw new ParseError(`expected an RSS/Atom feed at ${url}, got ${kind}`);
}
