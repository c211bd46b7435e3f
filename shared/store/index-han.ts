/**
 * Chinese words for the search index. Han text has no spaces, so the word splitter returns whole clauses
 * («两国签署小麦出口议定书») that no query equals. Each run of Han characters is indexed as its overlapping
 * character bigrams instead (小麦, 麦出, 出口, …) and a query is split the same way, so «小麦» or «谅解备忘录»
 * (all of its bigrams) finds the event without a segmentation dictionary in the bundle.
 */

const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/gu;

/** A word with its Han runs replaced by their bigrams (a lone character stays); other words unchanged. */
export function hanBigrams(word: string): string[] {
  if (!/[\u3400-\u9fff\uf900-\ufaff]/u.test(word)) return [word];
  const out: string[] = [];
  for (const part of word.split(HAN_RUN)) if (part) out.push(part);
  for (const [run] of word.matchAll(HAN_RUN)) {
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}
