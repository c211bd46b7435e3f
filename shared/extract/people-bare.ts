/**
 * A bare surname of someone the article already named in full ("Bektenov and Li Qiang held talks",
 * «Султангазиев и Жэнь обсудили»): the same person, with the clause around it as evidence. Chinese surnames
 * are left out (one syllable, shared by many officials); so are short ones that may be plain words.
 */
import { foldCyrillic } from './gazetteer/index.ts';
import type { Sentence } from './sentences.ts';

/** The fields of a person found so far that the matcher needs (see Acc in people.ts). */
interface Named {
  name: string;
  country: string | null;
  cyrTokens: string[];
}

/** One bare-surname occurrence of a person found earlier. */
export interface BareSurname<T extends Named> {
  acc: T;
  sentence: number;
  start: number;
  end: number;
}

/** Russian case endings a surname takes («Бектенова», «Бектеновым», «Бектенову»), tried in this order. */
const RU_ENDINGS = ['а', 'у', 'ым', 'ом', 'е', 'ой', 'ую', 'ы', 'ых', ''];

/**
 * A letter or hyphen just before / at an offset (whole code points, as `[\p{L}-]` under the `u` flag reads them).
 * Two shared sticky patterns instead of one compiled pattern per surname: compiling a `\p{L}` pattern costs more
 * than running it, and each article brings surnames the last did not (issue 12: a tenth of cold extraction time).
 */
const LETTER_BEFORE = /(?<=[\p{L}-])/uy;
const LETTER_AT = /[\p{L}-]/uy;
function letterBefore(text: string, i: number): boolean {
  LETTER_BEFORE.lastIndex = i;
  return LETTER_BEFORE.test(text);
}
function letterAt(text: string, i: number): boolean {
  LETTER_AT.lastIndex = i;
  return LETTER_AT.test(text);
}

/**
 * The whole-word occurrences of `word` in `text`, left to right and not overlapping, each as [start, end]: the
 * first of `endings` (in order) after which no letter follows, as the pattern `(?<![\p{L}-])word(?:endings)?
 * (?![\p{L}-])` finds them.
 */
function wordSpans(text: string, word: string, endings: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = text.indexOf(word);
  while (i >= 0) {
    let end = -1;
    if (!letterBefore(text, i)) {
      const stem = i + word.length;
      for (const e of endings)
        if (text.startsWith(e, stem) && !letterAt(text, stem + e.length)) {
          end = stem + e.length;
          break;
        }
    }
    if (end >= 0) out.push([i, end]);
    i = text.indexOf(word, end >= 0 ? end : i + 1);
  }
  return out;
}
const NO_ENDING = [''];
/** A Latin surname long enough not to be a plain word. */
const LATIN_SURNAME = /^[A-Z][a-z'-]{4,}$/;

/** Bare surnames of `people` outside the `covered` spans of each sentence. */
export function findBareSurnames<T extends Named>(
  sentences: Sentence[],
  covered: Array<Array<[number, number]>>,
  people: T[],
): Array<BareSurname<T>> {
  // `last`/`cyrLast` are the literal cores of the patterns: a cheap `includes` rules out most sentences first.
  const forms: Array<{ acc: T; last: string | null; cyrLast: string | null }> = [];
  for (const acc of people) {
    if (acc.country === 'CN' || acc.country === null) continue;
    const word = acc.name.split(/\s+/).at(-1) ?? '';
    const last = LATIN_SURNAME.test(word) ? word : null;
    const cyrWord = acc.cyrTokens.at(-1) ?? '';
    const cyrLast = cyrWord.length >= 5 ? cyrWord : null;
    if (last !== null || cyrLast !== null) forms.push({ acc, last, cyrLast });
  }
  const out: Array<BareSurname<T>> = [];
  if (forms.length === 0) return out;
  for (const [k, s] of sentences.entries()) {
    let folded: string | undefined;
    for (const f of forms) {
      const latinHit = f.last !== null && s.text.includes(f.last);
      if (f.cyrLast !== null && folded === undefined) folded = foldCyrillic(s.text);
      const cyrHit = f.cyrLast !== null && folded?.includes(f.cyrLast) === true;
      if (!latinHit && !cyrHit) continue;
      const hits = [
        ...(latinHit && f.last !== null ? wordSpans(s.text, f.last, NO_ENDING) : []),
        // The fold keeps every letter in place, so its offsets are the text's; a capital shows a name.
        ...(cyrHit && f.cyrLast !== null && folded !== undefined
          ? wordSpans(folded, f.cyrLast, RU_ENDINGS).filter(([a]) => /\p{Lu}/u.test(s.text[a] ?? ''))
          : []),
      ];
      for (const [start, end] of hits) {
        if (covered[k]?.some(([a, b]) => start < b && a < end)) continue;
        covered[k]?.push([start, end]);
        out.push({ acc: f.acc, sentence: k, start, end });
      }
    }
  }
  return out;
}
