import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { call, type StoreContext } from './context.ts';
import { keys } from './keys.ts';

/**
 * The list version: a counter item (`PK=META`, `SK=LISTVER`) that every write changing what a list page shows
 * (events and their views, index entries, figure series) bumps AFTER the write it announces, so a reader that read
 * the counter BEFORE reading a page knows the page is at least as new as that counter value. The API keeps list
 * responses under the value it read (shared/api/list-cache.ts) and serves them again while it is unchanged.
 *
 * Beside it, a process-wide generation: how many list-changing writes THIS process has finished, on any store
 * instance. The API compares it too, so a write made in the same process (a test, the local stack's ingestion)
 * invalidates cached pages at once, without waiting for the next read of the counter.
 */

/** Finished list-changing writes of this process (all stores, all tables: over-invalidating is harmless). */
let localGeneration = 0;

/** How many list-changing writes this process has finished so far. */
export const localListGeneration = (): number => localGeneration;

/** The last list version each store read (see `listStamp`). */
const versionSeen = new WeakMap<StoreContext, number>();

/**
 * What a store's own read caches (the months index, event-listing.ts) are valid for: this process's generation and
 * the last list version the store read. A read cache kept under another stamp is read again, so a page read after
 * `getListVersion` saw a change (or after a write in this process) never comes from a cache older than that change
 * — else the API would keep a page missing another process's new month under the new version.
 */
export function listStamp(ctx: StoreContext): string {
  return `${localGeneration}:${versionSeen.get(ctx) ?? -1}`;
}

/** The stored list version (0 before any write); a strongly consistent read, so it is never behind a bump. */
export async function getListVersion(ctx: StoreContext): Promise<number> {
  const out = await call('GetItem', () =>
    ctx.doc.send(
      new GetCommand({
        TableName: ctx.table,
        Key: keys.listVersion(),
        ConsistentRead: true,
        ProjectionExpression: 'v',
      }),
    ),
  );
  const v = typeof out.Item?.v === 'number' ? out.Item.v : 0;
  versionSeen.set(ctx, v);
  return v;
}

/** Bumps the stored list version by one (atomic ADD: concurrent writers each count). */
export async function bumpListVersion(ctx: StoreContext): Promise<void> {
  await call('UpdateItem', () =>
    ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.table,
        Key: keys.listVersion(),
        UpdateExpression: 'ADD #v :one',
        ExpressionAttributeNames: { '#v': 'v' },
        ExpressionAttributeValues: { ':one': 1 },
      }),
    ),
  );
}

/**
 * Wraps a writer so that it announces itself: after the write — also after one that failed half-way, which may
 * have changed some items — the stored version is bumped, then the process's generation. A failed bump never
 * turns the write into a failure (the write happened; a retry of it would not be idempotent, e.g. `updateEvent`'s
 * version check): other processes then see the change when their cached page reaches its age cap (the API's
 * `MAX_AGE_MS`, 30 s), this process at once. The counter is a hint for caches, never the truth. `ctx` is read
 * at call time (the store's methods are built before its context is set).
 */
export function announcing<A extends unknown[], R>(
  ctx: () => StoreContext,
  write: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await write(...args);
    } finally {
      await bumpListVersion(ctx()).catch(() => undefined);
      localGeneration++;
    }
  };
}
