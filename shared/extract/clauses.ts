/**
 * The main clause of a sentence: quoted words, parentheses and subordinate clauses ("who arrived on a visit",
 * «который прибыл») are blanked out (same length, so offsets still point into the sentence), and the clause
 * around any offset can be asked whether it speaks of the future or of the past.
 */

import { execAll } from './exec-all.ts';
import { flagCache } from './flag-cache.ts';
import { alternation, WB_END, WB_START } from './lexicon/build.ts';
import { KIND_EN } from './lexicon/en/kind.ts';
import { KIND_KK } from './lexicon/kk/kind.ts';
import { KIND_RU } from './lexicon/ru/kind.ts';

const PACKS = [KIND_EN, KIND_RU, KIND_KK];
const all = (pick: (p: (typeof PACKS)[number]) => readonly string[]) => PACKS.flatMap((p) => [...pick(p)]);

/** Clause boundaries: punctuation that closes a clause or an apposition. */
const BOUNDARY = /[,;:()—]|\s[–-]\s/gu;
const SUBORDINATE = new RegExp(`${WB_START}${alternation(all((p) => p.subordinate))}${WB_END}`, 'giu');
/** A future marker right before a verb, with at most two lower-case words between ("will also hold"). */
const FUTURE_BEFORE = new RegExp(
  `${WB_START}${alternation(all((p) => p.future))}((?:\\s+\\S+){0,2})\\s+$`,
  'iu',
);
/** Checked without the `i` flag, which would let \p{Ll} match capitals ("to China began" is no future). */
const LOWER_WORDS = /^(?:\s+\p{Ll}+)*$/u;
const PAST = new RegExp(`${WB_START}${alternation(all((p) => p.past))}${WB_END}`, 'iu');
/** "Earlier, …" / «Ранее …» opening a sentence makes all of it background. */
const PAST_OPENING = new RegExp(`^\\W*${alternation(all((p) => p.past))}${WB_END}`, 'iu');
/** A headline quoting someone: "Karabayev: Kazakhstan and China will sign …" (what follows is the quote). */
const QUOTE_HEADLINE = /^[\p{Lu}][\p{L}-]{2,30}(?:\s[\p{Lu}][\p{L}-]{2,30})?:\s/u;

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Blanks quotations and parentheses: their verbs are someone's words, not the report's event. */
function maskQuotes(text: string): string {
  let out = text;
  // Nested «НК «…»» quotes: blank the innermost first until none is left.
  for (let i = 0; i < 3; i++) {
    const next = out.replace(/«[^«»]*»/g, blank);
    if (next === out) break;
    out = next;
  }
  return out
    .replace(/“[^“”]*”/g, blank)
    .replace(/"[^"\n]*"/g, blank)
    .replace(/\([^()]*\)/g, blank)
    .replace(/\[[^[\]]*\]/g, blank);
}

/** The sentence with only its main clause left readable (see the module comment); zone 'title' reads quotes. */
export const mainClause: (text: string, isTitle?: boolean, maskSubordinate?: boolean) => string = flagCache(
  mask,
  false,
  true,
);

function mask(text: string, isTitle: boolean, maskSubordinate: boolean): string {
  // The rules ask for both forms of most sentences: the clauses are blanked in the (memoised) quote-masked one.
  if (maskSubordinate) return maskClauses(mainClause(text, isTitle, false));
  const out = maskQuotes(text);
  if (!isTitle) return out;
  const q = QUOTE_HEADLINE.exec(out);
  return q ? out.slice(0, q[0].length) + blank(out.slice(q[0].length)) : out;
}

/** Blanks the subordinate clauses of a quote-masked sentence. */
function maskClauses(quoteMasked: string): string {
  let out = quoteMasked;
  for (const m of execAll(SUBORDINATE, out)) {
    const from = m.index ?? 0;
    BOUNDARY.lastIndex = from + m[0].length;
    const stop = BOUNDARY.exec(out);
    const to = stop ? stop.index : out.length;
    out = out.slice(0, from) + blank(out.slice(from, to)) + out.slice(to);
  }
  return out;
}

/** Start and end of the clause that holds the offset `at` in a (masked) sentence. */
export function clauseAround(text: string, at: number): [number, number] {
  let start = 0;
  let end = text.length;
  BOUNDARY.lastIndex = 0;
  for (const m of execAll(BOUNDARY, text)) {
    const i = m.index ?? 0;
    if (i < at) start = i + m[0].length;
    else {
      end = i;
      break;
    }
  }
  return [start, end];
}

/** True when the words right before `at` (same clause) put the verb there in the future. */
export function futureAt(text: string, at: number, clauseStart: number): boolean {
  const m = FUTURE_BEFORE.exec(text.slice(clauseStart, at));
  return m !== null && LOWER_WORDS.test(m[1] ?? '');
}

/** True when the clause [from, to) or the sentence's opening speaks of an earlier happening. */
export function pastIn(text: string, from: number, to: number): boolean {
  return PAST.test(text.slice(from, to)) || PAST_OPENING.test(text);
}

/**
 * `pastIn` for one text asked about many spans (each predicate of a sentence asks about its clause): each span
 * and the sentence's opening are read once.
 */
export function pastReader(text: string): (from: number, to: number) => boolean {
  let opening: boolean | undefined;
  // The spans asked about and their answers (a sentence has few clauses: a list, made on the first question).
  let spans: number[] | undefined;
  return (from, to) => {
    spans ??= [];
    for (let i = 0; i < spans.length; i += 3)
      if (spans[i] === from && spans[i + 1] === to) return spans[i + 2] === 1;
    opening ??= PAST_OPENING.test(text);
    const past = opening || PAST.test(text.slice(from, to));
    spans.push(from, to, past ? 1 : 0);
    return past;
  };
}

/**
 * `clauseAround` for one text asked about many offsets (each predicate of a sentence): the clause boundaries
 * are found once.
 */
export function clauseReader(text: string): (at: number) => [number, number] {
  let bounds: number[] | undefined;
  return (at) => {
    if (bounds === undefined) {
      bounds = [];
      // Each boundary as its start and end offsets (from the text's start: maskClauses moves lastIndex).
      BOUNDARY.lastIndex = 0;
      for (const m of execAll(BOUNDARY, text)) bounds.push(m.index, m.index + m[0].length);
    }
    let start = 0;
    for (let i = 0; i < bounds.length; i += 2) {
      if ((bounds[i] as number) < at) start = bounds[i + 1] as number;
      else return [start, bounds[i] as number];
    }
    return [start, text.length];
  };
}
