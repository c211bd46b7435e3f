import {
  BatchGetCommand,
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { z } from 'zod';
import { AppError, StoreError, ValidationError } from '../errors.ts';
import { KEY_ATTRIBUTES } from './keys.ts';
import { sdkReason } from './sdk-error.ts';

/** A stored item as the document client returns it. */
export type Item = Record<string, unknown>;

/** What every store module works with: the client, the table and the clock. */
export interface StoreContext {
  doc: DynamoDBDocumentClient;
  table: string;
  now: () => Date;
  /** Months already written to the months index by this process (saves a write per event). */
  knownMonths: Set<string>;
  /** How long a `claimed` delivery blocks other runs before it counts as abandoned. */
  deliveryLeaseSeconds: number;
}

/** Whether an SDK error is a failed ConditionExpression (the one error callers handle as a result). */
export function isConditionFailed(err: unknown): boolean {
  return (err as Error | null)?.name === 'ConditionalCheckFailedException';
}

/** Runs one SDK call; any SDK failure becomes a StoreError naming the operation (the original as cause). */
export async function call<T>(op: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new StoreError(`DynamoDB ${op} failed: ${sdkReason(err)}`, { cause: err });
  }
}

/** Runs a conditional write: true when it happened, false when its condition failed. */
export async function conditional(op: string, fn: () => Promise<unknown>): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (err) {
    if (isConditionFailed(err)) return false;
    if (err instanceof AppError) throw err;
    throw new StoreError(`DynamoDB ${op} failed: ${sdkReason(err)}`, { cause: err });
  }
}

/** Validates an item read back from the table (data entering the program) against its domain schema. */
export function parseItem<S extends z.ZodType>(schema: S, item: Item, what: string): z.infer<S> {
  const data: Item = { ...item };
  for (const k of KEY_ATTRIBUTES) delete data[k];
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new StoreError(`stored ${what} is invalid`, { cause: parsed.error });
  return parsed.data;
}

/**
 * Validates a value before it is written, so nothing unreadable ever lands in the table. Throws a
 * ValidationError naming the first offending field.
 */
export function checked<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : null;
  throw new ValidationError(`invalid ${what}: ${issue?.message ?? 'schema mismatch'}`, field, {
    cause: parsed.error,
  });
}

/** DynamoDB's item size limit (400 KB, the GSI copy counts against the same limit). */
export const MAX_ITEM_BYTES = 400 * 1024;

/**
 * Returns the item when it fits DynamoDB's 400 KB limit, else a ValidationError saying so (instead of an
 * opaque SDK ValidationException). The JSON length over-estimates the stored size slightly: conservative.
 */
export function sized<T extends Item>(item: T, what: string): T {
  const bytes = Buffer.byteLength(JSON.stringify(item));
  if (bytes > MAX_ITEM_BYTES)
    throw new ValidationError(`${what} is about ${bytes} bytes, over DynamoDB's 400 KB item limit`);
  return item;
}

/** Every item of a Query, following LastEvaluatedKey (for small partitions: lists, links, members). */
export async function queryAll(
  ctx: StoreContext,
  input: Omit<QueryCommandInput, 'TableName'>,
): Promise<Item[]> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const out = await call('Query', () =>
      ctx.doc.send(new QueryCommand({ ...input, TableName: ctx.table, ExclusiveStartKey: start })),
    );
    items.push(...((out.Items ?? []) as Item[]));
    start = out.LastEvaluatedKey as Item | undefined;
  } while (start);
  return items;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * BatchGet of any number of distinct keys: chunks of 100 (the API limit), with UnprocessedKeys retried
 * after a short backoff. Returns the items found, in no particular order.
 */
export async function batchGet(ctx: StoreContext, keyList: Item[]): Promise<Item[]> {
  const found: Item[] = [];
  for (let i = 0; i < keyList.length; i += 100) {
    let pending: Item[] = keyList.slice(i, i + 100);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 8) throw new StoreError(`BatchGet left ${pending.length} keys unprocessed`);
      if (attempt > 0) await sleep(25 * 2 ** attempt);
      const out = await call('BatchGet', () =>
        ctx.doc.send(new BatchGetCommand({ RequestItems: { [ctx.table]: { Keys: pending } } })),
      );
      found.push(...((out.Responses?.[ctx.table] ?? []) as Item[]));
      pending = (out.UnprocessedKeys?.[ctx.table]?.Keys ?? []) as Item[];
    }
  }
  return found;
}

/**
 * Puts items in BatchWriteItem calls of 25 (the API limit), UnprocessedItems retried after a short backoff.
 * Unconditional: for derived items whose content is a function of their key (index entries), where one call
 * instead of one per item is what keeps an event write cheap.
 */
export async function batchPut(ctx: StoreContext, items: Item[]): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    let pending = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 8) throw new StoreError(`BatchWrite left ${pending.length} items unprocessed`);
      if (attempt > 0) await sleep(25 * 2 ** attempt);
      const out = await call('BatchWrite', () =>
        ctx.doc.send(new BatchWriteCommand({ RequestItems: { [ctx.table]: pending } })),
      );
      pending = (out.UnprocessedItems?.[ctx.table] ?? []) as typeof pending;
    }
  }
}
