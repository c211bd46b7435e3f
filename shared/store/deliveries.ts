import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Delivery } from '../domain/index.ts';
import { call, checked, conditional, parseItem, queryAll, type StoreContext } from './context.ts';
import { keys } from './keys.ts';
import { PK, SK } from './table.ts';

/** Default lease of a claim: the Lambda maximum, so a live run never loses its claim to another. */
export const DELIVERY_LEASE_SECONDS = 15 * 60;

/**
 * Claims a delivery with one conditional UpdateItem, so concurrent claimants get exactly one winner. The
 * claim succeeds when there is no record yet, when the last attempt `failed`, or when a `claimed` record's
 * lease ran out (its run died before finishing). `attempts` and `lastError` survive a re-claim.
 */
export async function claimDelivery(
  ctx: StoreContext,
  alertKey: string,
  subscriberId: string,
): Promise<boolean> {
  const now = ctx.now();
  const nowSec = Math.floor(now.getTime() / 1000);
  return conditional('UpdateItem', () =>
    ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.table,
        Key: keys.delivery(alertKey, subscriberId),
        ConditionExpression:
          'attribute_not_exists(#pk) OR #s = :failed OR (#s = :claimed AND (attribute_not_exists(#lease) OR #lease < :now))',
        UpdateExpression:
          'SET #s = :claimed, alertKey = :ak, subscriberId = :sid, updatedAt = :at, #lease = :until, ' +
          'attempts = if_not_exists(attempts, :zero), messageId = :null, lastError = if_not_exists(lastError, :null)',
        ExpressionAttributeNames: { '#pk': PK, '#s': 'status', '#lease': 'leaseUntil' },
        ExpressionAttributeValues: {
          ':failed': 'failed',
          ':claimed': 'claimed',
          ':now': nowSec,
          ':until': nowSec + ctx.deliveryLeaseSeconds,
          ':ak': alertKey,
          ':sid': subscriberId,
          ':at': now.toISOString(),
          ':zero': 0,
          ':null': null,
        },
      }),
    ),
  );
}

/** Records the outcome of a claimed delivery (`sent` or `failed`), replacing the claim. */
export async function finishDelivery(ctx: StoreContext, delivery: Delivery): Promise<void> {
  const d = checked(Delivery, delivery, 'delivery');
  await call('PutItem', () =>
    ctx.doc.send(
      new PutCommand({ TableName: ctx.table, Item: { ...keys.delivery(d.alertKey, d.subscriberId), ...d } }),
    ),
  );
}

/** The delivery record of one alert to one subscriber, or null (strongly consistent). */
export async function getDelivery(
  ctx: StoreContext,
  alertKey: string,
  subscriberId: string,
): Promise<Delivery | null> {
  const out = await call('GetItem', () =>
    ctx.doc.send(
      new GetCommand({
        TableName: ctx.table,
        Key: keys.delivery(alertKey, subscriberId),
        ConsistentRead: true,
      }),
    ),
  );
  return out.Item ? parseItem(Delivery, out.Item, 'delivery') : null;
}

/** Every delivery record of one alert (one Query on its partition): who has had it, or is having it. */
export async function listDeliveries(ctx: StoreContext, alertKey: string): Promise<Delivery[]> {
  const key = keys.delivery(alertKey, '');
  const items = await queryAll(ctx, {
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :sub)',
    ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
    ExpressionAttributeValues: { ':pk': key[PK], ':sub': key[SK] },
    ConsistentRead: true,
  });
  return items.map((i) => parseItem(Delivery, i, 'delivery'));
}

/**
 * Records a delivery under another alert key (an event that got a new id keeps what its readers were sent), unless
 * that key already has a record for the subscriber: a conditional put, so a newer outcome is never overwritten.
 */
export async function adoptDelivery(ctx: StoreContext, delivery: Delivery): Promise<boolean> {
  const d = checked(Delivery, delivery, 'delivery');
  return conditional('PutItem', () =>
    ctx.doc.send(
      new PutCommand({
        TableName: ctx.table,
        Item: { ...keys.delivery(d.alertKey, d.subscriberId), ...d },
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': PK },
      }),
    ),
  );
}
