/** Lower-cased word tokens (letters and digits of any script) of a text. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Token-level F1 of a candidate text against a reference (bag of words, counts clipped): 2PR / (P + R).
 * Two empty texts score 1; one empty text scores 0.
 */
export function tokenF1(candidate: string, reference: string): number {
  const cand = tokenize(candidate);
  const ref = tokenize(reference);
  if (cand.length === 0 && ref.length === 0) return 1;
  if (cand.length === 0 || ref.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of ref) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of cand) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / cand.length;
  const recall = overlap / ref.length;
  return (2 * precision * recall) / (precision + recall);
}
