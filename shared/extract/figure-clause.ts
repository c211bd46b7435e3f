/** The clause around a figure, read once per figure. */
import { clauseAround } from './sentence-repair.ts';

/** The last figure's sentence, position and clause. */
let lastSentence: string | null = null;
let lastAt = -1;
let lastClause: { text: string; offset: number } = { text: '', offset: 0 };

/**
 * `clauseAround` (sentence-repair.ts) for the number at `at`, remembered for the next call about the same
 * number: its filters, its metric, the deal test and its year each ask for its clause, and each answer scanned
 * the whole sentence for clause breaks again. The clause is read only, never changed.
 */
export function figureClause(sentence: string, at: number): { text: string; offset: number } {
  if (at !== lastAt || sentence !== lastSentence) {
    lastClause = clauseAround(sentence, at);
    lastSentence = sentence;
    lastAt = at;
  }
  return lastClause;
}
