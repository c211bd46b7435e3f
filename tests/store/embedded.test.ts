import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../shared/errors.ts';
import { createStore } from '../../shared/store/dynamo-store.ts';
import { javaAvailable, startDynalite, startDynamoDbLocal } from '../../shared/store/embedded.ts';
import { ensureTable } from '../../shared/store/table.ts';
import { eventOn } from './fixtures.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Runs `fn` while a loopback port is held by another server. */
async function withBusyPort(fn: (port: number) => Promise<void>): Promise<void> {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  try {
    await fn((blocker.address() as { port: number }).port);
  } finally {
    await new Promise((resolve) => blocker.close(resolve));
  }
}

const admin = (endpoint: string) =>
  new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

describe('embedded dynalite', () => {
  it('keeps data on disk across a restart when given a path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzcm-dynalite-'));
    dirs.push(dir);
    const event = eventOn(7, '2026-04-26');

    const first = await startDynalite({ path: dir, port: 0 });
    const c1 = admin(first.endpoint);
    await ensureTable(c1, 'monitor');
    await ensureTable(c1, 'monitor'); // idempotent
    c1.destroy();
    const s1 = createStore({ tableName: 'monitor', endpoint: first.endpoint });
    expect(await s1.createEvent(event)).toBe(true);
    s1.destroy();
    await first.close();

    const second = await startDynalite({ path: dir, port: 0 });
    const c2 = admin(second.endpoint);
    await ensureTable(c2, 'monitor');
    c2.destroy();
    const s2 = createStore({ tableName: 'monitor', endpoint: second.endpoint });
    expect(await s2.getEvent(event.id)).toEqual(event);
    expect((await s2.listRecentEvents({ limit: 5 })).items.map((e) => e.id)).toEqual([event.id]);
    s2.destroy();
    await second.close();
  });

  it('refuses a data directory another dynalite holds, and frees it on close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzcm-dynalite-'));
    dirs.push(dir);
    const first = await startDynalite({ path: dir });
    const err = await startDynalite({ path: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toContain(dir);
    await first.close();
    const again = await startDynalite({ path: dir });
    await again.close();
  });

  it('rejects a port already in use with a one-line ConfigError naming the port', async () => {
    await withBusyPort(async (port) => {
      const err = await startDynalite({ port }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toContain(String(port));
      expect((err as Error).message).not.toContain('\n');
    });
  });
});

describe.skipIf(!javaAvailable())('embedded DynamoDB Local', () => {
  it('rejects a port already in use with a ConfigError naming the port, before starting a JVM', async () => {
    await withBusyPort(async (port) => {
      const err = await startDynamoDbLocal({ port }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toContain(String(port));
    });
  });
});
