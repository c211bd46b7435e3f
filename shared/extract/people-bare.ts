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

/** Russian case endings a surname takes («Бектенова», «Бектеновым», «Бектенову»). */
const RU_ENDING = '(?:а|у|ым|ом|е|ой|ую|ы|ых)?';
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Surname patterns by surname: the same officials recur from article to article, and compiling a `\p{L}` pattern
 * costs more than running it (matchAll clones it, so sharing one is safe). Bounded, cleared when full.
 */
const PATTERNS = new Map<string, RegExp>();
function cached(key: string, build: () => RegExp): RegExp {
  let re = PATTERNS.get(key);
  if (re === undefined) {
    if (PATTERNS.size >= 2000) PATTERNS.clear();
    re = build();
    PATTERNS.set(key, re);
  }
  return re;
}

/** Bare surnames of `people` outside the `covered` spans of each sentence. */
export function findBareSurnames<T extends Named>(
  sentences: Sentence[],
  covered: Array<Array<[number, number]>>,
  people: T[],
): Array<BareSurname<T>> {
  // `last`/`cyrLast` are the literal cores of the patterns: a cheap `includes` rules out most sentences first.
  const forms: Array<{ acc: T; latin: RegExp | null; cyr: RegExp | null; last: string; cyrLast: string }> =
    [];
  for (const acc of people) {
    if (acc.country === 'CN' || acc.country === null) continue;
    const last = acc.name.split(/\s+/).at(-1) ?? '';
    const latin = /^[A-Z][a-z'-]{4,}$/.test(last)
      ? cached(`l:${last}`, () => new RegExp(`(?<![\\p{L}-])${escapeRe(last)}(?![\\p{L}-])`, 'gu'))
      : null;
    const cyrLast = acc.cyrTokens.at(-1) ?? '';
    const cyr =
      cyrLast.length >= 5
        ? cached(
            `c:${cyrLast}`,
            () => new RegExp(`(?<![\\p{L}-])${escapeRe(cyrLast)}${RU_ENDING}(?![\\p{L}-])`, 'gu'),
          )
        : null;
    if (latin || cyr) forms.push({ acc, latin, cyr, last, cyrLast });
  }
  const out: Array<BareSurname<T>> = [];
  if (forms.length === 0) return out;
  for (const [k, s] of sentences.entries()) {
    let folded: string | undefined;
    for (const f of forms) {
      const latinHit = f.latin !== null && s.text.includes(f.last);
      if (f.cyr && folded === undefined) folded = foldCyrillic(s.text);
      const cyrHit = f.cyr !== null && folded?.includes(f.cyrLast) === true;
      if (!latinHit && !cyrHit) continue;
      const hits = [
        ...(latinHit && f.latin ? s.text.matchAll(f.latin) : []),
        // The fold keeps every letter in place, so its offsets are the text's; a capital shows a name.
        ...(cyrHit && f.cyr && folded !== undefined
          ? [...folded.matchAll(f.cyr)].filter((m) => /\p{Lu}/u.test(s.text[m.index ?? 0] ?? ''))
          : []),
      ];
      for (const m of hits) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (covered[k]?.some(([a, b]) => start < b && a < end)) continue;
        covered[k]?.push([start, end]);
        out.push({ acc: f.acc, sentence: k, start, end });
      }
    }
  }
  return out;
}
