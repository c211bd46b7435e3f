import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { StoreError } from '../errors.ts';
import { sdkReason } from './sdk-error.ts';

/** Partition key attribute of every item (see DESIGN.md for the key patterns). */
export const PK = 'PK';
/** Sort key attribute of every item. */
export const SK = 'SK';
/** The one global secondary index: events by event month/date, undated events, events by facet (filters,
 * search), subscribers by status. */
export const GSI1 = 'GSI1';
/** Partition key of GSI1 (e.g. `EVDATE#2025-04`). */
export const GSI1PK = 'GSI1PK';
/** Sort key of GSI1 (e.g. `2025-04-26#ev_…`). */
export const GSI1SK = 'GSI1SK';
/** TTL attribute (epoch seconds) of counters and item-failure records. */
export const TTL_ATTRIBUTE = 'expiresAt';

/**
 * The single-table schema as plain names, in the shape infra/constructs/table.ts uses, so the CDK stack
 * builds exactly the table the adapter expects.
 */
export const TABLE_SCHEMA = {
  partitionKey: PK,
  sortKey: SK,
  ttlAttribute: TTL_ATTRIBUTE,
  indexes: [{ name: GSI1, partitionKey: GSI1PK, sortKey: GSI1SK }],
} as const;

/** The CreateTable request for the project's table: string keys, GSI1 projecting everything, on-demand. */
export function tableDefinition(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [PK, SK, GSI1PK, GSI1SK].map((name) => ({
      AttributeName: name,
      AttributeType: 'S',
    })),
    KeySchema: [
      { AttributeName: PK, KeyType: 'HASH' },
      { AttributeName: SK, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: TABLE_SCHEMA.indexes.map((ix) => ({
      IndexName: ix.name,
      KeySchema: [
        { AttributeName: ix.partitionKey, KeyType: 'HASH' },
        { AttributeName: ix.sortKey, KeyType: 'RANGE' },
      ],
      // ALL: a listing page is one Query, with no follow-up BatchGet of the base items.
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Table and index status, or null when the table does not exist. */
async function describe(client: DynamoDBClient, tableName: string): Promise<{ active: boolean } | null> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexesActive = (Table?.GlobalSecondaryIndexes ?? []).every(
      (ix) => ix.IndexStatus === undefined || ix.IndexStatus === 'ACTIVE',
    );
    return { active: Table?.TableStatus === 'ACTIVE' && indexesActive };
  } catch (err) {
    if ((err as Error).name === 'ResourceNotFoundException') return null;
    throw new StoreError(`cannot describe table ${tableName}: ${sdkReason(err)}`, { cause: err });
  }
}

/**
 * Creates the table if it is missing and waits until it (and its index) is ACTIVE. Idempotent and safe to
 * race: a concurrent creator's ResourceInUseException is treated as success. For the local stack and tests;
 * in AWS the CDK stack owns the table.
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
  timeoutMs = 30_000,
): Promise<void> {
  let state = await describe(client, tableName);
  const created = state === null;
  if (created) {
    try {
      await client.send(new CreateTableCommand(tableDefinition(tableName)));
    } catch (err) {
      if ((err as Error).name !== 'ResourceInUseException')
        throw new StoreError(`cannot create table ${tableName}: ${sdkReason(err)}`, { cause: err });
    }
  }
  const deadline = Date.now() + timeoutMs;
  for (let wait = 20; !state?.active; wait = Math.min(wait * 2, 500)) {
    if (Date.now() > deadline)
      throw new StoreError(`table ${tableName} did not become ACTIVE in ${timeoutMs} ms`);
    await sleep(wait);
    state = await describe(client, tableName);
  }
  if (created) {
    // Best effort: dynalite has no UpdateTimeToLive, and nothing local depends on expiry.
    await client
      .send(
        new UpdateTimeToLiveCommand({
          TableName: tableName,
          TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
        }),
      )
      .catch(() => undefined);
  }
}
