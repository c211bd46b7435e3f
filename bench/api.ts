import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createApp } from '../shared/api/app.ts';
import { serveApi } from '../shared/local/http-server.ts';
import { LOCAL_CREDENTIALS } from '../shared/local/stack.ts';
import { createStore } from '../shared/store/dynamo-store.ts';
import { startDynalite } from '../shared/store/embedded.ts';
import { ensureTable } from '../shared/store/table.ts';
import { makeEvent } from '../tests/helpers/events.ts';

/** Percentile of sorted samples. */
function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * API latency through the local HTTP server (the same handler as the Lambda) against dynalite holding
 * 10,000 events spread over two years: p50/p99 per route, sequential requests after a warm-up.
 */
export async function run(): Promise<Record<string, string | number>[]> {
  const db = await startDynalite({ port: 0 });
  const client = new DynamoDBClient({
    endpoint: db.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
  await ensureTable(client, 'bench');
  const store = createStore({ tableName: 'bench', endpoint: db.endpoint, region: 'us-east-1' });
  const total = 10_000;
  for (let i = 0; i < total; i += 50) {
    await Promise.all(
      Array.from({ length: 50 }, (_, k) => store.createEvent(makeEvent(i + k + 1, { days: 730 }))),
    );
  }
  const api = await serveApi(createApp({ store, sources: [], apiBaseUrl: 'http://bench' }), {
    port: 0,
  });
  const routes = [
    '/events',
    '/events?limit=100',
    '/events?kind=visit',
    '/events?from=2025-01-01&to=2025-03-31',
    '/events/ev_0000a0',
    '/agreements',
    '/health',
  ];
  const rows: Record<string, string | number>[] = [];
  for (const path of routes) {
    for (let i = 0; i < 20; i++) await (await fetch(`${api.url}${path}`)).text();
    const samples: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      const res = await fetch(`${api.url}${path}`);
      await res.text();
      samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    rows.push({
      route: path,
      events: total,
      requests: samples.length,
      p50_ms: +pct(samples, 50).toFixed(2),
      p99_ms: +pct(samples, 99).toFixed(2),
    });
  }
  await api.close();
  client.destroy();
  await db.close();
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await run());
