import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createStore } from '../../shared/store/dynamo-store.ts';
import { type LocalDynamo, startDynalite, startDynamoDbLocal } from '../../shared/store/embedded.ts';
import type { Store } from '../../shared/store/port.ts';
import { ensureTable } from '../../shared/store/table.ts';

/** Which local DynamoDB a test store runs on. */
export type TestStoreKind = 'dynalite' | 'dynamodb-local';

/** A store on a fresh, empty table. */
export interface TestStore {
  store: Store;
  endpoint: string;
  tableName: string;
  close(): Promise<void>;
}

/** Options beyond the backend, for store tests (clock, lease). */
export interface TestStoreOptions {
  now?: () => Date;
  deliveryLeaseSeconds?: number;
  /** dynalite only: keep the table on disk in this folder (a copy of a prepared store, say). */
  dataDir?: string;
  /** The table to use (created when missing) instead of a fresh random one. */
  tableName?: string;
}

/** One DynamoDB Local JVM per test process: it takes seconds to start, tables are cheap. */
let sharedLocal: Promise<LocalDynamo> | null = null;

/** Stops the shared DynamoDB Local process, if one runs (call from afterAll; process exit also kills it). */
export async function stopSharedDynamoDbLocal(): Promise<void> {
  const running = sharedLocal;
  sharedLocal = null;
  if (running) await (await running).close();
}

/**
 * A Store on a fresh table: dynalite (in memory, its own server per call, milliseconds) or DynamoDB Local
 * (one JVM shared by the test process, a new table per call). `close()` releases what the call opened.
 */
export async function startTestStore(
  kind: TestStoreKind = 'dynalite',
  opts: TestStoreOptions = {},
): Promise<TestStore> {
  let server: LocalDynamo | null = null;
  let endpoint: string;
  if (kind === 'dynalite') {
    server = await startDynalite({ port: 0, path: opts.dataDir });
    endpoint = server.endpoint;
  } else {
    sharedLocal ??= startDynamoDbLocal();
    endpoint = (await sharedLocal).endpoint;
  }
  const tableName = opts.tableName ?? `test_${randomBytes(6).toString('hex')}`;
  const admin = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    await ensureTable(admin, tableName);
  } finally {
    admin.destroy();
  }
  const { now, deliveryLeaseSeconds } = opts;
  const store = createStore({ tableName, endpoint, region: 'us-east-1', now, deliveryLeaseSeconds });
  return {
    store,
    endpoint,
    tableName,
    close: async () => {
      store.destroy();
      await server?.close();
    },
  };
}
