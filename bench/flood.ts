import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createHttpClient } from '../shared/fetch/http.ts';
import { runAll } from '../shared/pipeline/run-all.ts';
import { DEFAULT_RUN_LIMITS } from '../shared/pipeline/run-limits.ts';
import { createStore } from '../shared/store/dynamo-store.ts';
import { startDynalite } from '../shared/store/embedded.ts';
import { ensureTable } from '../shared/store/table.ts';
import { page, prose, rssOf, sourceOn, startFloodServer } from '../tests/reliability/flood-server.ts';

/**
 * Issue 14's flood: one feed of 10,000 items that are all the same story (exact copies and copies with a
 * different last line), on loopback. Two runs with the default per-run caps: each stays within its caps and
 * peak RSS, and the second downloads nothing the first saw. Set FLOOD_ITEMS to change the size.
 */
export async function run(): Promise<Record<string, unknown>[]> {
  const n = Number(process.env.FLOOD_ITEMS ?? 10_000);
  const story = prose(11, 60);
  const server = await startFloodServer();
  server.sites.set('flood.test', {
    feed: rssOf(Array.from({ length: n }, (_, i) => ({ link: `https://flood.test/article/${i}` }))),
    pages: (p) => {
      const i = Number(p.split('/').pop());
      return i >= 0 && i < n ? page('Freight volumes grow', i % 2 ? story : `${story} Copy ${i}.`) : null;
    },
  });
  const db = await startDynalite();
  const admin = new DynamoDBClient({
    endpoint: db.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'l', secretAccessKey: 'l' },
  });
  await ensureTable(admin, 'flood');
  admin.destroy();
  const store = createStore({ tableName: 'flood', endpoint: db.endpoint });
  const deps = {
    store,
    http: createHttpClient({ rewrite: server.rewrite, allowPrivate: true, hostDelayMs: 0 }),
    sources: [sourceOn('flood.test', 'flood')],
    apiBaseUrl: 'http://bench.test',
    operatorEmail: null,
    failureAlertThreshold: 3,
    logger: new Logger({ serviceName: 'bench', logLevel: 'SILENT' }),
    runLimits: DEFAULT_RUN_LIMITS,
  };
  const rows: Record<string, unknown>[] = [];
  const fetched = new Set<string>();
  try {
    for (let r = 1; r <= 2; r++) {
      const before = new Map(server.hits);
      const started = performance.now();
      const [s] = await runAll(deps, null);
      const pages = [...server.hits.entries()].filter(
        ([k, v]) => k.includes('/article/') && v > (before.get(k) ?? 0),
      );
      const again = pages.filter(([k]) => fetched.has(k)).length;
      for (const [k] of pages) fetched.add(k);
      rows.push({
        run: r,
        items: n,
        seconds: ((performance.now() - started) / 1000).toFixed(1),
        pagesDownloaded: pages.length,
        downloadedAgain: again,
        cap: DEFAULT_RUN_LIMITS.maxItems,
        leftover: s?.leftover,
        stoppedBy: s?.stoppedBy,
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      });
    }
  } finally {
    store.destroy();
    await db.close();
    await server.close();
  }
  return rows;
}
