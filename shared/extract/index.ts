import type { ArticleInput, ExtractResult } from '../domain/index.ts';

/**
 * Extracts the Kazakhstan–China event an article reports (../shared/CONTRACT.md `extract`).
 * Placeholder until the extraction issue lands: it refuses rather than pretending.
 */
export function extractArticle(_input: ArticleInput): ExtractResult {
  throw new Error('extraction is not implemented yet');
}
