import { type Item, queryAll, type StoreContext } from './context.ts';
import { keys, NO_DATE } from './keys.ts';
import { listStamp } from './list-version.ts';
import { PK, SK } from './table.ts';

/**
 * The months index behind the event listings: which month partitions have events and which have list views
 * for all of them, read once per MONTHS_TTL_MS per store.
 */

/**
 * How long a read of the months index is reused. It changes once a month per new month, but was read on every
 * page: a third of an unfiltered page's store calls. Months this process writes are seen at once (`knownMonths`);
 * another process's new month appears within this delay, as GSI reads may lag anyway (DESIGN.md), or as soon as
 * the store reads a changed list version or this process finishes a list write (`listStamp`): the API's list
 * cache relies on a page read after such a change showing it.
 */
export const MONTHS_TTL_MS = 1000;

/** The last read of the months index per store (and the read in flight, so a burst of requests shares one). */
const monthsRead = new WeakMap<StoreContext, { at: number; stamp: string; all: Promise<Item[]> }>();

/** Every month marker (one Query on the months index), reused for MONTHS_TTL_MS. */
function monthMarkers(ctx: StoreContext): Promise<Item[]> {
  const cached = monthsRead.get(ctx);
  const stamp = listStamp(ctx);
  if (cached && cached.stamp === stamp && performance.now() - cached.at < MONTHS_TTL_MS) return cached.all;
  const all = queryAll(ctx, {
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': PK },
    ExpressionAttributeValues: { ':pk': keys.monthMarker('')[PK] },
  });
  monthsRead.set(ctx, { at: performance.now(), stamp, all });
  // a failed read is not reused (unless a newer read has replaced it already)
  all.catch(() => monthsRead.get(ctx)?.all === all && monthsRead.delete(ctx));
  return all;
}

/** The months that have events, and which of them have a list view for every event. */
export interface Months {
  /** Dated months, newest first (`none` is not included). */
  months: string[];
  undated: boolean;
  /** Months (and `none`) whose marker says every event has a list view. */
  views: Set<string>;
}

/**
 * Months that have events, newest first. A month this process has just created and the cached read does not
 * show yet counts as without views: the event items are the truth, so that is only slower, never wrong.
 */
export async function datedMonths(ctx: StoreContext): Promise<Months> {
  const markers = await monthMarkers(ctx);
  const all = new Set([...markers.map((i) => String(i[SK])), ...ctx.knownMonths]);
  const months = [...all].filter((m) => m !== NO_DATE).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const views = new Set(markers.filter((i) => i.views === true).map((i) => String(i[SK])));
  return { months, undated: all.has(NO_DATE), views };
}
