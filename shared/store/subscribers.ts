import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { Subscriber } from '../domain/index.ts';
import { call, checked, conditional, type Item, parseItem, queryAll, type StoreContext } from './context.ts';
import { keys, subscriberIndexKeys } from './keys.ts';
import { GSI1, GSI1PK, PK } from './table.ts';

/**
 * Subscribers: one item per subscriber (GSI1 partition per status), plus two pointer items, email → id and
 * token hash → id. Without transactions the pointers can briefly lag the subscriber item, so every lookup
 * through a pointer re-checks the subscriber it lands on and answers null when they disagree.
 */

const normEmail = (email: string) => email.trim().toLowerCase();

async function getItem(ctx: StoreContext, Key: Item): Promise<Item | undefined> {
  const out = await call('GetItem', () =>
    ctx.doc.send(new GetCommand({ TableName: ctx.table, Key, ConsistentRead: true })),
  );
  return out.Item as Item | undefined;
}

async function putPointers(ctx: StoreContext, s: Subscriber): Promise<void> {
  for (const Key of [keys.emailPointer(s.email), keys.tokenPointer(s.tokenHash)]) {
    await call('PutItem', () =>
      ctx.doc.send(new PutCommand({ TableName: ctx.table, Item: { ...Key, subscriberId: s.id } })),
    );
  }
}

/** Deletes a pointer only while it still names this subscriber (another may have taken it over). */
async function dropPointer(ctx: StoreContext, Key: Item, subscriberId: string): Promise<void> {
  await conditional('DeleteItem', () =>
    ctx.doc.send(
      new DeleteCommand({
        TableName: ctx.table,
        Key,
        ConditionExpression: 'subscriberId = :id',
        ExpressionAttributeValues: { ':id': subscriberId },
      }),
    ),
  );
}

const subscriberItem = (s: Subscriber) => ({ ...keys.subscriber(s.id), ...subscriberIndexKeys(s), ...s });

/** Creates a subscriber unless the id exists (conditional put), then its email and token pointers. */
export async function putSubscriberIfNew(ctx: StoreContext, sub: Subscriber): Promise<boolean> {
  const s = checked(Subscriber, sub, 'subscriber');
  const created = await conditional('PutItem', () =>
    ctx.doc.send(
      new PutCommand({
        TableName: ctx.table,
        Item: subscriberItem(s),
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': PK },
      }),
    ),
  );
  if (created) await putPointers(ctx, s);
  return created;
}

/** Writes a subscriber (upsert) and moves its pointers when the email or token changed. */
export async function updateSubscriber(ctx: StoreContext, sub: Subscriber): Promise<void> {
  const s = checked(Subscriber, sub, 'subscriber');
  const before = await getSubscriber(ctx, s.id);
  await call('PutItem', () =>
    ctx.doc.send(new PutCommand({ TableName: ctx.table, Item: subscriberItem(s) })),
  );
  // New pointers first, old ones after: a crash in between leaves a stale pointer that lookups reject.
  await putPointers(ctx, s);
  if (before && normEmail(before.email) !== normEmail(s.email))
    await dropPointer(ctx, keys.emailPointer(before.email), s.id);
  if (before && before.tokenHash !== s.tokenHash)
    await dropPointer(ctx, keys.tokenPointer(before.tokenHash), s.id);
}

/** One subscriber by id, or null. */
export async function getSubscriber(ctx: StoreContext, id: string): Promise<Subscriber | null> {
  const item = await getItem(ctx, keys.subscriber(id));
  return item ? parseItem(Subscriber, item, 'subscriber') : null;
}

/** The subscriber a pointer names, if that subscriber still agrees with the pointer. */
async function viaPointer(ctx: StoreContext, pointer: Item, agrees: (s: Subscriber) => boolean) {
  const p = await getItem(ctx, pointer);
  if (typeof p?.subscriberId !== 'string') return null;
  const s = await getSubscriber(ctx, p.subscriberId);
  return s && agrees(s) ? s : null;
}

/** The subscriber with this email (case-insensitive), or null. Two GetItems. */
export async function getSubscriberByEmail(ctx: StoreContext, email: string): Promise<Subscriber | null> {
  return viaPointer(ctx, keys.emailPointer(email), (s) => normEmail(s.email) === normEmail(email));
}

/** The subscriber whose current token has this sha256, or null. Two GetItems. */
export async function getSubscriberByTokenHash(
  ctx: StoreContext,
  tokenHash: string,
): Promise<Subscriber | null> {
  return viaPointer(ctx, keys.tokenPointer(tokenHash), (s) => s.tokenHash === tokenHash);
}

/** Confirmed subscribers: one Query on the `SUBSTATUS#confirmed` partition of GSI1. */
export async function listConfirmedSubscribers(ctx: StoreContext): Promise<Subscriber[]> {
  const items = await queryAll(ctx, {
    IndexName: GSI1,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': GSI1PK },
    ExpressionAttributeValues: {
      ':pk': subscriberIndexKeys({ id: '', status: 'confirmed', createdAt: '' })[GSI1PK],
    },
  });
  return items.map((i) => parseItem(Subscriber, i, 'subscriber'));
}
