/**
 * Quoted stretches and unquoted first-person speech of an article: names there are a speaker's words, not people
 * at the event (read by ./people.ts with the clause evidence of ./participation.ts).
 */

import { wordsRegex } from './lexicon/build.ts';
import { RELEASE_QUOTE_EN } from './lexicon/en/kind.ts';
import * as EN from './lexicon/en/people.ts';
import { RELEASE_QUOTE_RU } from './lexicon/ru/kind.ts';
import * as RU from './lexicon/ru/people.ts';
import type { Sentence } from './sentences.ts';

const QUOTE_MARK = /[«»“”„"]/;
const FIRST_PERSON = wordsRegex([...EN.FIRST_PERSON_EN, ...RU.FIRST_PERSON_RU], { caseSensitive: false });
const FIRST_PERSON_CASED = wordsRegex(EN.FIRST_PERSON_CASED_EN, { caseSensitive: true });

/**
 * Paragraphs of speech that lost their quote marks: written in the first person ("we", «наши страны») outside
 * any quotation. Names there are the speaker's words, not people at the event.
 */
export function speechParagraphs(sentences: Sentence[], quotes: Array<Array<[number, number]>>): Set<number> {
  const out = new Set<number>();
  for (const [k, s] of sentences.entries()) {
    if (s.zone === 'title' || out.has(s.para)) continue;
    let rest = s.text;
    for (const [a, b] of [...(quotes[k] ?? [])].reverse()) rest = rest.slice(0, a) + rest.slice(b);
    if (FIRST_PERSON.test(rest) || FIRST_PERSON_CASED.test(rest)) out.add(s.para);
  }
  return out;
}

/**
 * True when the speaker of an unquoted first-person paragraph is already talking before `start` of sentence `k`
 * ("We welcome China's success. Addressing the forum, President Xi said …"): a third person's words there are
 * reported by the speaker, not spoken at the event. Quoted stretches are left out, as in speechParagraphs.
 */
export function speakerTalksBefore(
  sentences: Sentence[],
  quotes: Array<Array<[number, number]>>,
  k: number,
  start: number,
): boolean {
  const para = sentences[k]?.para;
  for (let i = k; i >= 0 && sentences[i]?.para === para; i--) {
    let rest = (sentences[i]?.text ?? '').slice(0, i === k ? start : undefined);
    for (const [a, b] of [...(quotes[i] ?? [])].reverse())
      if (b <= rest.length) rest = rest.slice(0, a) + rest.slice(b);
    if (FIRST_PERSON.test(rest) || FIRST_PERSON_CASED.test(rest)) return true;
  }
  return false;
}

/** A legal form or abbreviation alone after an opening mark (АО, НК, ТОО, АО НК): a company name follows. */
const LEGAL_FORM = /^\s*[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]{1,5}(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]{1,5})?\s*$/;

/** True for an opening mark at `i` right after a quoted legal form (АО «НК «…): one quote, not a closed one. */
function opensNested(text: string, i: number, lastOpen: number): boolean {
  const ch = text[i];
  if (ch !== '"' && ch !== '«') return false;
  const prev = text[i - 1] ?? ' ';
  const next = text[i + 1] ?? ' ';
  return (prev === ' ' || prev === '\u00a0') && next !== ' ' && LEGAL_FORM.test(text.slice(lastOpen + 1, i));
}

/**
 * Quoted stretches of each sentence (paragraph by paragraph, so a quote opened in one sentence covers the next):
 * names inside a quote are words of the speaker, not people at the event.
 */
export function quotedRanges(sentences: Sentence[]): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  let stack: string[] = [];
  let para = Number.NaN;
  for (const s of sentences) {
    if (s.para !== para || s.zone === 'title') stack = [];
    para = s.para;
    const ranges: Array<[number, number]> = [];
    let open = stack.length > 0 ? 0 : -1;
    let lastOpen = -1;
    // Most sentences have no quotation mark at all: nothing opens or closes there.
    if (!QUOTE_MARK.test(s.text)) {
      if (open >= 0) ranges.push([0, s.text.length]);
      out.push(ranges);
      continue;
    }
    for (let i = 0; i < s.text.length; i++) {
      const ch = s.text[i];
      // A doubled straight quote (""When …) is one mark, as CSV-escaped copies write it.
      if (ch === '"' && s.text[i - 1] === '"') continue;
      // «АО «НК «Қазақстан темір жолы»: Russian writes one closing mark for the nested names of a company after
      // its legal form; the inner opening mark (after a space, before a letter) continues the outer quote.
      if (stack.length > 0 && opensNested(s.text, i, lastOpen)) {
        lastOpen = i;
        continue;
      }
      // „…“ (Russian) closes with “, which opens a quote everywhere else.
      const closesLow = ch === '“' && stack.at(-1) === '„';
      if (!closesLow && (ch === '«' || ch === '“' || ch === '„' || (ch === '"' && stack.at(-1) !== '"'))) {
        if (stack.length === 0) open = i;
        lastOpen = i;
        stack.push(ch);
      } else if (closesLow || ch === '»' || ch === '”' || (ch === '"' && stack.at(-1) === '"')) {
        if (stack.length === 0) continue;
        stack.pop();
        if (stack.length === 0 && open >= 0) {
          ranges.push([open, i + 1]);
          open = -1;
        }
      }
    }
    if (stack.length > 0 && open >= 0) ranges.push([open, s.text.length]);
    out.push(releaseQuoted(s.text, ranges));
  }
  return out;
}

/** An official release quoted by the outlet («"…", – говорится в сообщении», "…," the ministry said in a statement). */
const RELEASE = wordsRegex([...RELEASE_QUOTE_EN, ...RELEASE_QUOTE_RU]);
/** Literal pre-test for RELEASE: each of its entries holds one of these words. */
const RELEASE_HINT = /сообщени|релиз|пресс-служб|statement|press/i;

/**
 * The quotes of a sentence without those of an official release: the release is the outlet's account of the
 * event in the officials' words (who met whom), not a speaker's remark, so its names are read as narration.
 */
function releaseQuoted(text: string, ranges: Array<[number, number]>): Array<[number, number]> {
  if (ranges.length === 0 || !RELEASE_HINT.test(text)) return ranges;
  const m = RELEASE.exec(text);
  if (!m) return ranges;
  // Everything quoted before the attribution is the release (straight quotes nested in it split it in pieces).
  const at = m.index;
  const last = ranges.filter(([, b]) => b <= at).at(-1);
  if (!last || text.slice(last[1], at).length > 12) return ranges;
  return ranges.filter(([, b]) => b > at);
}
