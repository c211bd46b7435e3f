/** Pairwise clustering scores: precision, recall and F1 over pairs of articles put in one cluster. */
export interface PairwiseScore {
  precision: number;
  recall: number;
  f1: number;
  /** Pairs the gold puts together. */
  goldPairs: number;
  /** Pairs the prediction puts together. */
  predictedPairs: number;
  /** Pairs both put together. */
  correctPairs: number;
}

/** Unordered pairs of ids sharing a non-null cluster label, as `a\u0000b` strings (a < b). */
function pairs(labels: Map<string, string | null>, ids: string[]): Set<string> {
  const byLabel = new Map<string, string[]>();
  for (const id of ids) {
    const label = labels.get(id);
    if (label == null) continue;
    const group = byLabel.get(label);
    if (group) group.push(id);
    else byLabel.set(label, [id]);
  }
  const out = new Set<string>();
  for (const group of byLabel.values()) {
    group.sort();
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) out.add(`${group[i]}\u0000${group[j]}`);
  }
  return out;
}

/**
 * Pairwise F1 of a predicted clustering against gold, over the articles the gold labels. Null labels (not
 * relevant) pair with nothing. With no pair on either side a score is 1 (nothing to get wrong).
 */
export function pairwiseF1(
  goldClusters: Map<string, string | null>,
  predicted: Map<string, string | null>,
): PairwiseScore {
  const ids = [...goldClusters.keys()];
  const gold = pairs(goldClusters, ids);
  const pred = pairs(predicted, ids);
  let correct = 0;
  for (const p of pred) if (gold.has(p)) correct++;
  const precision = pred.size === 0 ? 1 : correct / pred.size;
  const recall = gold.size === 0 ? 1 : correct / gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, goldPairs: gold.size, predictedPairs: pred.size, correctPairs: correct };
}
