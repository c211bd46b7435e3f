import type { ArticleInput, ExtractResult } from '../domain/index.ts';

/** One article with its extraction, as the `cluster` command sees it. */
export interface ClusterInput {
  input: ArticleInput;
  result: ExtractResult;
}

/**
 * Assigns an event id to each article (../shared/CONTRACT.md `cluster`): same real-world event → same id;
 * irrelevant articles → null. Placeholder until the dedup issue lands.
 */
export function clusterArticles(_items: ClusterInput[]): Array<string | null> {
  throw new Error('clustering is not implemented yet');
}
