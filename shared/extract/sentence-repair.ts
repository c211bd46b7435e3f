/** Sentence repair and clause windows shared by the agreement and figure rules. */

import { execAll } from './exec-all.ts';
import { regex } from './pack-words.ts';
import type { Sentence } from './sentences.ts';
import { splitSentences } from './text.ts';

/** A line that stops mid-sentence: no closing punctuation, or a function word at its end. */
const OPEN_END = /[^.!?…:;"')»\]]$/;
const FUNCTION_END = regex(
  String.raw`(?<![\p{L}\p{N}])(?:and|or|of|the|a|an|to|in|on|at|for|with|between|by|from|was|were|is|are|и|в|во|с|со|на|по|о|об|к|между|для|из|от|а)$`,
  'iu',
);
const LOWER_START = regex(String.raw`^["'(]?\p{Ll}`, 'u');

/**
 * Hard-wrapped feeds (MENAFN, e-mail relays) break lines inside sentences, and every line becomes a sentence of
 * its own ("a memorandum was" | "signed between …"). Lines that stop open and go on in lower case (or after a
 * function word) are joined back and re-split, so a signing verb or a number's unit sits in one sentence again.
 */
export function joinWrapped(sentences: Sentence[]): Sentence[] {
  // The agreement and figure rules both read the article this way: it is repaired once (the result is read only).
  const known = REPAIRED.get(sentences);
  if (known) return known;
  const repaired = repair(sentences);
  REPAIRED.set(sentences, repaired);
  return repaired;
}
/** Repaired sentences by document. */
const REPAIRED = new WeakMap<Sentence[], Sentence[]>();

function repair(sentences: Sentence[]): Sentence[] {
  const joined: Sentence[] = [];
  for (const s of sentences) {
    const prev = joined.at(-1);
    if (
      prev &&
      prev.zone !== 'title' &&
      s.zone !== 'title' &&
      OPEN_END.test(prev.text) &&
      // The last few characters hold any function word ending the line and the boundary before it (a pattern
      // anchored only at the end is otherwise tried from every position of the line).
      (LOWER_START.test(s.text) || FUNCTION_END.test(prev.text.slice(-12)))
    ) {
      joined[joined.length - 1] = { ...prev, text: `${prev.text} ${s.text}` };
      continue;
    }
    joined.push({ ...s });
  }
  return joined.flatMap((s) => splitSentences(s.text).map((text) => ({ ...s, text })));
}

/** Splits clauses: ", and", "while", ";", and a comma before a new metric noun. */
const CLAUSE_SPLIT =
  /,\s+(?:and|while|but|whereas|а|и|тогда как)\s+|;\s+|\s+while\s+|,\s+(?=(?:товарооборот|объ[её]м|инвестици|взаимн\S+ торговл|bilateral trade|trade turnover|investments?)(?![а-яёa-z]))/gi;

/** The clause of a sentence around a position: figures joined by "and"/"while"/";" each have their own year. */
export function clauseAround(sentence: string, at: number): { text: string; offset: number } {
  let start = 0;
  let end = sentence.length;
  for (const m of execAll(CLAUSE_SPLIT, sentence)) {
    const i = m.index ?? 0;
    if (i + m[0].length <= at) start = i + m[0].length;
    else if (i > at) {
      end = i;
      break;
    }
  }
  return { text: sentence.slice(start, end), offset: start };
}
