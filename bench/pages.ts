import { gzipSync } from 'node:zlib';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createApp } from '../shared/api/app.ts';
import type { ApiDeps } from '../shared/api/deps.ts';
import { LOCAL_CREDENTIALS } from '../shared/local/stack.ts';
import { createStore } from '../shared/store/dynamo-store.ts';
import { startDynalite } from '../shared/store/embedded.ts';
import { ensureTable } from '../shared/store/table.ts';
import { mountWeb } from '../shared/web/index.ts';
import { makeEvent } from '../tests/helpers/events.ts';

/** The page weight budget of issue 16: the first load of `/`, compressed, every resource it loads. */
export const BUDGET_BYTES = 150 * 1024;

/** The same-origin resources a page loads (stylesheets, icons, scripts, images). */
function resourcesOf(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<(?:link|script|img)\b[^>]*?\b(?:href|src)="(\/[^"]*)"/g))
    if (!/<link\b[^>]*rel="(?!stylesheet|icon)/.test(m[0])) out.add(m[1] as string);
  return [...out];
}

/**
 * Page weight and render time of the web pages, through the app in-process against dynalite holding 500 events:
 * the bytes a browser downloads on a first visit (the page and every asset it links, as the app compresses
 * them), against the 150 KB budget for `/`.
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
  for (let i = 0; i < 500; i += 50)
    await Promise.all(
      Array.from({ length: 50 }, (_, k) => store.createEvent(makeEvent(i + k + 1, { days: 730 }))),
    );
  const deps: ApiDeps = { store, sources: [], apiBaseUrl: 'http://bench' };
  const app = createApp(deps, [(a) => mountWeb(a, deps)]);
  const get = (path: string) =>
    app.fetch(new Request(`http://bench${path}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } }));
  const rows: Record<string, string | number>[] = [];
  for (const path of [
    '/',
    '/?q=Wang%20Yi',
    '/subscribe',
    '/event/ev_00000a',
    '/documents',
    '/trade',
    '/person/wang-yi',
  ]) {
    const t = performance.now();
    const res = await get(path);
    const wire = new Uint8Array(await res.clone().arrayBuffer()).length;
    const ms = performance.now() - t;
    const compressed = res.headers.get('content-encoding') !== null;
    const text = compressed
      ? await new Response(res.body?.pipeThrough(new DecompressionStream('gzip'))).text()
      : await res.text();
    let total = compressed ? wire : gzipSync(text).length;
    for (const asset of resourcesOf(text)) {
      const a = await get(asset);
      total += new Uint8Array(await a.arrayBuffer()).length;
    }
    rows.push({
      page: path,
      status: res.status,
      'html KB': (text.length / 1024).toFixed(1),
      'first load KB (compressed)': (total / 1024).toFixed(1),
      budget: path === '/' ? (total <= BUDGET_BYTES ? 'within 150 KB' : 'OVER 150 KB') : '',
      'render ms': ms.toFixed(0),
    });
  }
  store.destroy();
  client.destroy();
  await db.close();
  return rows;
}
