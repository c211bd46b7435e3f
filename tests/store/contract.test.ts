import { afterAll, beforeAll, describe } from 'vitest';
import { javaAvailable } from '../../shared/store/embedded.ts';
import { startTestStore, stopSharedDynamoDbLocal, type TestStoreKind } from '../helpers/store.ts';
import { clockContract, storeContract } from './contract.ts';
import { indexContract } from './contract-index.ts';
import { listVersionContract } from './contract-list-version.ts';
import { viewContract } from './contract-views.ts';

/** The backends of the contract: dynalite always; DynamoDB Local when a Java runtime is on PATH. */
const backends: Array<{ name: string; kind: TestStoreKind; skip: string | null }> = [
  { name: 'dynalite', kind: 'dynalite', skip: null },
  {
    name: 'DynamoDB Local',
    kind: 'dynamodb-local',
    skip: javaAvailable() ? null : 'skipped: no Java runtime on PATH (DynamoDB Local runs in a JVM)',
  },
];

afterAll(stopSharedDynamoDbLocal);

describe.each(backends)('Store contract on $name', ({ kind, skip }) => {
  // Starts the backend once per suite (DynamoDB Local's JVM takes seconds); tests then only create tables.
  beforeAll(async () => {
    if (skip === null) await (await startTestStore(kind)).close();
  });
  describe.skipIf(skip !== null)(skip ?? 'port methods', () => {
    storeContract((opts) => startTestStore(kind, opts));
  });
  describe.skipIf(skip !== null)(skip ?? 'indexes and figure series', () => {
    indexContract((opts) => startTestStore(kind, opts));
  });
  describe.skipIf(skip !== null)(skip ?? 'list views', () => {
    viewContract((opts) => startTestStore(kind, opts));
  });
  describe.skipIf(skip !== null)(skip ?? 'list version', () => {
    listVersionContract((opts) => startTestStore(kind, opts));
  });
  describe.skipIf(skip !== null)(skip ?? 'with a controlled clock', () => {
    clockContract((opts) => startTestStore(kind, opts));
  });
});
