import type { Article, Source } from '../domain/index.ts';
import { extractArticle } from '../extract/index.ts';
import type { ListedItem } from '../fetch/list.ts';
import { ingestArticle } from './article-stage.ts';
import { clusterEvent } from './event-stage.ts';
import { recordPendingAlerts } from './outbox.ts';
import type { PipelineDeps } from './types.ts';

/** The extraction the ingest stage makes of a stored article (also how the backfill rebuilds a lost one). */
export function extractStored(article: Article): ReturnType<typeof extractArticle> {
  return extractArticle({
    id: article.id,
    url: article.url,
    outlet: article.outlet,
    title: article.title,
    published: article.published,
    text: article.text,
  });
}

/** What became of one listed item. */
export type ItemOutcome =
  | { kind: 'duplicate' }
  | { kind: 'irrelevant'; published: string | null }
  | { kind: 'event'; created: boolean; alertsQueued: number; published: string | null; eventId: string };

/**
 * One item through every stage. The order makes a killed run safe to repeat: dedup claims (idempotent for
 * the same article), then pending alerts, then the event, and the article itself last — until it is stored
 * the item is not "known", so a re-run processes it again and the merge, being idempotent, adds nothing twice.
 */
export async function processItem(
  item: ListedItem,
  source: Source,
  deps: PipelineDeps,
): Promise<ItemOutcome> {
  const outcome = await ingestArticle(item, source, deps);
  if (outcome.kind === 'duplicate') return { kind: 'duplicate' };
  const article = outcome.article;
  const extracted = extractStored(article);
  if (!extracted.relevant || !extracted.event) {
    const stored = await deps.store.putArticleIfNew(article);
    return stored ? { kind: 'irrelevant', published: article.published } : { kind: 'duplicate' };
  }
  let alertsQueued = 0;
  const result = await clusterEvent(deps, article, extracted.event, async (event, added) => {
    alertsQueued = await recordPendingAlerts(deps, event, added);
  });
  const stored = await deps.store.putArticleIfNew({ ...article, eventId: result.event.id });
  if (!stored) return { kind: 'duplicate' }; // a concurrent run stored it first; the merge was idempotent
  return {
    kind: 'event',
    created: result.created,
    alertsQueued,
    published: article.published,
    eventId: result.event.id,
  };
}
