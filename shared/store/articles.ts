import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Article } from '../domain/index.ts';
import { StoreError } from '../errors.ts';
import {
  batchGet,
  call,
  checked,
  conditional,
  type Item,
  parseItem,
  queryAll,
  type StoreContext,
  sized,
} from './context.ts';
import { keys } from './keys.ts';
import { PK, SK } from './table.ts';

/** Stores an article unless one with its id exists (conditional put on the article's key). */
export async function putArticleIfNew(ctx: StoreContext, article: Article): Promise<boolean> {
  const a = checked(Article, article, 'article');
  return conditional('PutItem', () =>
    ctx.doc.send(
      new PutCommand({
        TableName: ctx.table,
        Item: sized({ ...keys.article(a.id), ...a }, `article ${a.id}`),
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': PK },
      }),
    ),
  );
}

/** Writes the article over its stored copy (an upsert: replaying an update is harmless). */
export async function updateArticle(ctx: StoreContext, article: Article): Promise<void> {
  const a = checked(Article, article, 'article');
  await call('PutItem', () =>
    ctx.doc.send(
      new PutCommand({
        TableName: ctx.table,
        Item: sized({ ...keys.article(a.id), ...a }, `article ${a.id}`),
      }),
    ),
  );
}

/** One article by id, or null. */
export async function getArticle(ctx: StoreContext, id: string): Promise<Article | null> {
  const out = await call('GetItem', () =>
    ctx.doc.send(new GetCommand({ TableName: ctx.table, Key: keys.article(id) })),
  );
  return out.Item ? parseItem(Article, out.Item, 'article') : null;
}

/** Articles by id in input order, missing ones skipped; one BatchGet per 100 distinct ids. */
export async function getArticles(ctx: StoreContext, ids: string[]): Promise<Article[]> {
  const distinct = [...new Set(ids)];
  const items = await batchGet(
    ctx,
    distinct.map((id) => keys.article(id)),
  );
  const byId = new Map<string, Article>();
  for (const item of items) {
    const a = parseItem(Article, item, 'article');
    byId.set(a.id, a);
  }
  return ids.flatMap((id) => {
    const a = byId.get(id);
    return a ? [a] : [];
  });
}

/**
 * Claims a single-owner dedup key. The conditional put lets exactly one concurrent claimant win; the
 * others read the winner back with a strongly consistent GetItem.
 */
export async function claimKey(ctx: StoreContext, key: string, articleId: string): Promise<string> {
  const Key = keys.dedupOwner(key);
  const won = await conditional('PutItem', () =>
    ctx.doc.send(
      new PutCommand({
        TableName: ctx.table,
        Item: { ...Key, key, articleId },
        // Re-claiming a key one already owns succeeds too, so a retried run is idempotent.
        ConditionExpression: 'attribute_not_exists(#pk) OR articleId = :id',
        ExpressionAttributeNames: { '#pk': PK },
        ExpressionAttributeValues: { ':id': articleId },
      }),
    ),
  );
  if (won) return articleId;
  const out = await call('GetItem', () =>
    ctx.doc.send(new GetCommand({ TableName: ctx.table, Key, ConsistentRead: true })),
  );
  const owner = (out.Item as Item | undefined)?.articleId;
  if (typeof owner !== 'string') throw new StoreError(`dedup key ${key} lost its owner record`);
  return owner;
}

/** Article ids under a multi-valued index key, in id order (one Query on the key's partition). */
export async function listKeyMembers(ctx: StoreContext, key: string): Promise<string[]> {
  const Key = keys.dedupMember(key, '');
  const items = await queryAll(ctx, {
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
    ExpressionAttributeValues: { ':pk': Key[PK], ':prefix': Key[SK] },
    ProjectionExpression: 'articleId',
  });
  return items.map((i) => i.articleId).filter((id): id is string => typeof id === 'string');
}

/** Adds a member under an index key; a plain put of the same item is naturally idempotent. */
export async function addKeyMember(ctx: StoreContext, key: string, articleId: string): Promise<void> {
  await call('PutItem', () =>
    ctx.doc.send(
      new PutCommand({ TableName: ctx.table, Item: { ...keys.dedupMember(key, articleId), articleId } }),
    ),
  );
}

/** Removes a member from an index key; deleting an absent item is a no-op, so this is idempotent. */
export async function removeKeyMember(ctx: StoreContext, key: string, member: string): Promise<void> {
  await call('DeleteItem', () =>
    ctx.doc.send(new DeleteCommand({ TableName: ctx.table, Key: keys.dedupMember(key, member) })),
  );
}

/** Counts one more URL of an article beyond its kept `altUrls` (atomic ADD); returns the new count. */
export async function countAltUrlOverflow(ctx: StoreContext, articleId: string): Promise<number> {
  const out = await call('UpdateItem', () =>
    ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.table,
        Key: keys.altUrlOverflow(articleId),
        UpdateExpression: 'ADD #n :one',
        ExpressionAttributeNames: { '#n': 'count' },
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    ),
  );
  return Number(out.Attributes?.count ?? 0);
}
