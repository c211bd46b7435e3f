/**
 * Words recalled from an earlier day in Kazakh: «Президент Си Цзиньпинмен кездескенде «…. …», деп айтқан болатын»
 * (when he met Xi, the President had said …). The sentence splitter cuts such a sentence inside the quotation,
 * so the «болатын» (had been) that sets it at another time stands in a later sentence than the names. The
 * sentence that opens the quotation and those inside it are set on another day: their meeting is background.
 */
import { OTHER_TIME } from './lexicon/kk/people.ts';
import { alternation, regex, WB_END } from './pack-words.ts';
import type { Sentence } from './sentences.ts';

const KAZAKH = /[әғқңөұүһі]/i;
/** After the closing quotation mark: «деп» (saying) and a verb of the other time («айтқан болатын»). */
const CLOSED_AT_OTHER_TIME = regex(
  `[»”"]\\s*,?\\s*[–—-]?\\s*деп\\s+(?:\\S+\\s+){0,3}?${alternation(OTHER_TIME)}${WB_END}`,
  'iu',
);

/**
 * Marks in `otherDay` (by sentence index) each Kazakh sentence whose quotation, opened there and left open, is
 * closed in a later sentence of its paragraph by «…», деп … болатын; `quotes` are the quoted ranges of each
 * sentence (participation.ts quotedRanges). Returns `otherDay`, changed in place.
 */
export function markRecalledQuotes(
  otherDay: boolean[],
  sentences: Sentence[],
  quotes: Array<Array<[number, number]>>,
): boolean[] {
  for (const [k, s] of sentences.entries()) {
    const last = quotes[k]?.at(-1);
    // The quotation opens inside this sentence (not at its start) and runs to its end.
    if (!last || last[0] === 0 || last[1] !== s.text.length || !KAZAKH.test(s.text)) continue;
    for (let j = k + 1; j < sentences.length && j <= k + 6; j++) {
      const t = sentences[j];
      if (!t || t.para !== s.para) break;
      const q = quotes[j];
      if (q?.[0]?.[0] === 0 && q[0][1] === t.text.length) continue;
      if (CLOSED_AT_OTHER_TIME.test(t.text)) for (let i = k; i <= j; i++) otherDay[i] = true;
      break;
    }
  }
  return otherDay;
}
