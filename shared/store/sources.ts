import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { SourceState } from '../domain/index.ts';
import { batchGet, call, checked, parseItem, queryAll, type StoreContext } from './context.ts';
import { keys } from './keys.ts';
import { PK, SK, TTL_ATTRIBUTE } from './table.ts';

/** How long an unretried item failure is kept before TTL drops it (a page that fails for a month is gone). */
export const ITEM_FAILURE_TTL_SECONDS = 30 * 86_400;

/** Extra time a counter record lives after its window ends, so TTL never removes a live window. */
const COUNTER_GRACE_SECONDS = 3600;

const ItemFailure = z.object({ url: z.string(), reason: z.string(), at: z.string() });

/** Per-source state by id, or null when the source never ran. */
export async function getSourceState(ctx: StoreContext, sourceId: string): Promise<SourceState | null> {
  const out = await call('GetItem', () =>
    ctx.doc.send(new GetCommand({ TableName: ctx.table, Key: keys.sourceState(sourceId) })),
  );
  return out.Item ? parseItem(SourceState, out.Item, 'source state') : null;
}

/** Writes a source's state (last writer wins: one ingest run per source at a time). */
export async function putSourceState(ctx: StoreContext, state: SourceState): Promise<void> {
  const s = checked(SourceState, state, 'source state');
  await call('PutItem', () =>
    ctx.doc.send(new PutCommand({ TableName: ctx.table, Item: { ...keys.sourceState(s.sourceId), ...s } })),
  );
}

/** Every source state: they share one partition, so this is one Query. */
export async function listSourceStates(ctx: StoreContext): Promise<SourceState[]> {
  const prefix = keys.sourceState('');
  const items = await queryAll(ctx, {
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
    ExpressionAttributeValues: { ':pk': prefix[PK], ':prefix': prefix[SK] },
  });
  return items.map((i) => parseItem(SourceState, i, 'source state'));
}

/** Records (or refreshes) a per-item failure; it expires after ITEM_FAILURE_TTL_SECONDS. */
export async function putItemFailure(
  ctx: StoreContext,
  sourceId: string,
  url: string,
  reason: string,
): Promise<void> {
  const now = ctx.now();
  const Item = {
    ...keys.itemFailure(sourceId, url),
    url,
    reason,
    at: now.toISOString(),
    [TTL_ATTRIBUTE]: Math.floor(now.getTime() / 1000) + ITEM_FAILURE_TTL_SECONDS,
  };
  await call('PutItem', () => ctx.doc.send(new PutCommand({ TableName: ctx.table, Item })));
}

/** A source's recorded failures (one Query on its partition), oldest URL key first. */
export async function listItemFailures(
  ctx: StoreContext,
  sourceId: string,
): Promise<Array<{ url: string; reason: string; at: string }>> {
  const nowSec = Math.floor(ctx.now().getTime() / 1000);
  const items = await queryAll(ctx, {
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': PK },
    ExpressionAttributeValues: { ':pk': keys.itemFailure(sourceId, '')[PK] },
  });
  // TTL deletion lags (up to days in AWS): expired records are skipped here rather than retried.
  return items
    .filter((i) => typeof i[TTL_ATTRIBUTE] !== 'number' || (i[TTL_ATTRIBUTE] as number) > nowSec)
    .map((i) => parseItem(ItemFailure, i, 'item failure'));
}

/** Forgets a failure (after a successful retry); deleting a missing record is fine. */
export async function clearItemFailure(ctx: StoreContext, sourceId: string, url: string): Promise<void> {
  await call('DeleteItem', () =>
    ctx.doc.send(new DeleteCommand({ TableName: ctx.table, Key: keys.itemFailure(sourceId, url) })),
  );
}

/**
 * Fixed-window counter: an atomic ADD on the record of the current window, which expires (TTL) an hour
 * after the window ends. Returns the count after this increment.
 */
export async function incrementCounter(
  ctx: StoreContext,
  key: string,
  windowSeconds: number,
): Promise<number> {
  const window = Math.max(1, Math.floor(windowSeconds));
  const nowSec = Math.floor(ctx.now().getTime() / 1000);
  const start = nowSec - (nowSec % window);
  const out = await call('UpdateItem', () =>
    ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.table,
        Key: keys.counter(key, start),
        UpdateExpression: 'ADD #n :one SET #ttl = :ttl',
        ExpressionAttributeNames: { '#n': 'count', '#ttl': TTL_ATTRIBUTE },
        ExpressionAttributeValues: { ':one': 1, ':ttl': start + window + COUNTER_GRACE_SECONDS },
        ReturnValues: 'UPDATED_NEW',
      }),
    ),
  );
  return Number(out.Attributes?.count ?? 0);
}

/** The subset of `urls` this source has already seen (BatchGet, 100 keys per call). */
export async function seenUrls(ctx: StoreContext, sourceId: string, urls: string[]): Promise<Set<string>> {
  const distinct = [...new Set(urls)];
  const items = await batchGet(
    ctx,
    distinct.map((u) => keys.seenUrl(sourceId, u)),
  );
  const found = new Set<string>();
  for (const i of items) if (typeof i.url === 'string') found.add(i.url);
  return found;
}

/** Remembers URLs as seen by this source (plain puts of the same items: idempotent). */
export async function markUrlsSeen(ctx: StoreContext, sourceId: string, urls: string[]): Promise<void> {
  const at = ctx.now().toISOString();
  for (const url of new Set(urls)) {
    await call('PutItem', () =>
      ctx.doc.send(
        new PutCommand({ TableName: ctx.table, Item: { ...keys.seenUrl(sourceId, url), url, at } }),
      ),
    );
  }
}
