import type { Store } from './port.ts';

/** Events per listing page while re-indexing. */
const PAGE = 100;

/**
 * Rewrites the index entries, figure memberships and list views of every stored event (the backfill for a store made
 * before they existed, or a repair after a crash): walks all events through the recent-events listing (no
 * Scan: the month partitions, then the undated ones) and reconciles each one. Idempotent, so it can be run
 * again or beside ingestion (an event written meanwhile is reconciled by its own write). Returns how many
 * events it visited.
 */
export async function reindexAll(store: Store, onPage?: (visited: number) => void): Promise<number> {
  let visited = 0;
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<Store['listRecentEvents']>> = await store.listRecentEvents({
      limit: PAGE,
      cursor,
    });
    for (const e of page.items) await store.reindexEvent(e);
    visited += page.items.length;
    onPage?.(visited);
    cursor = page.cursor;
  } while (cursor);
  // every event now has its list view: unfiltered listings may read the views of every month
  await store.markViewsComplete();
  return visited;
}
