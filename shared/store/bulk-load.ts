import { Event } from '../domain/index.ts';
import { batchPut, checked, type Item, type StoreContext } from './context.ts';
import { eachLimited, entryItems, figureItems } from './event-index.ts';
import { viewItem } from './event-view.ts';
import { eventItem, linkItems, markMonth } from './events.ts';
import { addToSeries, type FigureContribution, SAMPLE_CAP } from './figures.ts';
import { monthOf, NO_DATE } from './keys.ts';

/**
 * Bulk loading of NEW events (the API bench's 100k store, imports into an empty table): exactly the items
 * `createEvent` writes — month markers, index entries, figure memberships, the event, its list view and its
 * article links, built by the same item builders — sent in BatchWriteItem calls of 25, several at a time,
 * instead of ~6 calls per event. The figure series gets one update per distinct point with the summed count
 * (each call's sample is capped at SAMPLE_CAP, so several calls on one point may keep up to one call's sample
 * more than one-by-one writes would).
 * Unconditional: for ids not stored yet (an existing event would be overwritten at version 0).
 */

/** BatchWriteItem calls in flight at once. */
const WIDTH = 8;

/** Every item `createEvent` would write for these events, and their figure contributions summed per point. */
function itemsOf(events: Event[]): {
  items: Item[];
  months: Set<string>;
  points: Map<string, { c: FigureContribution; n: number }>;
} {
  const items: Item[] = [];
  const months = new Set<string>();
  const points = new Map<string, { c: FigureContribution; n: number }>();
  for (const raw of events) {
    const e = checked(Event, { ...raw, version: 0 }, 'event');
    months.add(e.eventDate ? monthOf(e.eventDate) : NO_DATE);
    items.push(...entryItems(e, 0));
    for (const { item, figure } of figureItems(e, 0)) {
      items.push(item);
      if (!figure) continue;
      const id = `${figure.metric}#${figure.year}#${figure.point}`;
      const seen = points.get(id);
      if (!seen) points.set(id, { c: { ...figure, sources: [...figure.sources] }, n: 1 });
      else {
        seen.n++;
        // the sample keeps the first SAMPLE_CAP reports, as one-by-one writes would
        for (const s of figure.sources) if (seen.c.sources.length < SAMPLE_CAP) seen.c.sources.push(s);
      }
    }
    items.push(eventItem(e, 0), viewItem(e, 0), ...linkItems(e));
  }
  return { items, months, points };
}

/** Writes new events with all their derived items in batches; returns how many items were written. */
export async function bulkLoadEvents(ctx: StoreContext, events: Event[]): Promise<number> {
  const { items, months, points } = itemsOf(events);
  // month markers as createEvent writes them (created only: an older month keeps its flag)
  for (const m of months) await markMonth(ctx, m);
  const chunks: Item[][] = [];
  for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
  await eachLimited(chunks, (chunk) => batchPut(ctx, chunk), WIDTH);
  for (const { c, n } of points.values()) await addToSeries(ctx, c, n);
  return items.length;
}
