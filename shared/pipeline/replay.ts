import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { contentHash } from '../dedup/content.ts';
import { articleKey, type ClusterInput } from '../dedup/index.ts';
import { canonicalUrl } from '../dedup/url.ts';
import type { Article } from '../domain/index.ts';
import { createStore } from '../store/dynamo-store.ts';
import { startDynalite } from '../store/embedded.ts';
import { ensureTable } from '../store/table.ts';
import { resolveEvent } from './event-moves.ts';
import { clusterEvent } from './event-stage.ts';
import { relinkEvents } from './relink.ts';
import type { PipelineDeps } from './types.ts';

/** A stored article for a clustered input (the ingest pipeline's view of it). */
function articleOf(item: ClusterInput): Article {
  const { input } = item;
  const text = input.text ?? '';
  return {
    id: articleKey(input),
    url: input.url ? canonicalUrl(input.url) : `https://replay.invalid/${encodeURIComponent(input.id)}`,
    altUrls: [],
    sourceId: 'replay',
    outlet: input.outlet ?? 'replay',
    lang: input.lang ?? 'other',
    title: input.title ?? '',
    published: input.published ?? null,
    author: null,
    text,
    contentHash: contentHash(text),
    simhash: null,
    eventId: null,
    fetchedAt: '2026-01-01T00:00:00.000Z',
  };
}

/**
 * Clusters articles through the ingest pipeline's event stage, one at a time in the given (arrival) order,
 * on a fresh in-memory DynamoDB (dynalite): the deployed path, measured like the `cluster` command. Returns
 * each item's final event id (redirects followed), null for irrelevant ones.
 */
export async function replayThroughPipeline(items: ClusterInput[]): Promise<Array<string | null>> {
  const server = await startDynalite({ port: 0 });
  const client = new DynamoDBClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const tableName = `replay_${randomBytes(4).toString('hex')}`;
  const store = createStore({ tableName, endpoint: server.endpoint, region: 'us-east-1' });
  try {
    await ensureTable(client, tableName);
    const deps = { store, now: () => new Date('2026-01-01T00:00:00Z') } as unknown as PipelineDeps;
    const first: Array<string | null> = [];
    const keys: string[] = [];
    for (const item of items) {
      const event = item.result.relevant ? item.result.event : null;
      const article = articleOf(item);
      keys.push(article.id);
      first.push(event ? (await clusterEvent(deps, article, event)).event.id : null);
    }
    // the end of the ingest run: weakly attached reports are scored again now that every event is stored
    const touched = first.filter((id): id is string => id !== null);
    const relinked = await relinkEvents(deps, touched);
    // each article's event after the run: the event whose sources hold it (a re-link may have moved it)
    const home = new Map<string, string>();
    for (const id of new Set([...touched, ...relinked.events])) {
      const e = await resolveEvent(deps, id);
      for (const s of e?.sources ?? []) home.set(s.articleId, e?.id ?? id);
    }
    const out: Array<string | null> = [];
    first.forEach((id, i) => {
      out.push(id ? (home.get(keys[i] as string) ?? id) : null);
    });
    return out;
  } finally {
    store.destroy();
    client.destroy();
    await server.close();
  }
}
