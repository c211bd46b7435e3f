/**
 * Cyrillic spellings of a known person matched token by token, with Russian declension and Kazakh case suffixes.
 *
 * WHY not a pattern: the pattern `(?<![а-яё])(?:spelling|…)(?![а-яё])` with each token as
 * `stem(?:endings)(?:thirty Kazakh suffixes)?` finds the same spans, but V8 compiles such a pattern to machine code
 * on its second run at a cost of about a millisecond per person, and every article brings people the last did
 * not (issue 12: a fifth of cold extraction time went into compiling them). This matcher walks the same
 * alternatives in the same order, with the same backtracking, so the first match at the leftmost start is the
 * pattern's.
 */

import { isSpaceCode } from '../text.ts';
import { foldCyrillic } from './people.ts';

/** Kazakh case suffixes (folded to Russian letters): Тоқаевпен, Си Цзиньпинге, Нуртлеудің; in pattern order. */
const KK_SUFFIXES = [
  ...['мен', 'пен', 'бен', 'нен', 'ден', 'тен', 'дан', 'тан', 'нан', 'га', 'ге', 'ка', 'ке', 'на', 'не'],
  ...['нын', 'нин', 'дын', 'дин', 'тын', 'тин', 'ды', 'ди', 'ты', 'ти', 'ны', 'ни', 'да', 'де', 'та', 'те'],
  '',
];
/** Russian declension of a given name or surname, by how the name ends (see tokenOf). */
const CN_SOFT = ['ь', 'я', 'ю', 'ем', 'е'];
const CN_YOT = ['й', 'я', 'ю', 'ем', 'е'];
const CN_HARD = ['а', 'у', 'ом', 'е', ''];
const KZ_A = ['а', 'ой', 'ы', 'е', 'у'];
const KZ_HARD = ['а', 'у', 'ом', 'ым', 'ем', 'е', ''];
const NONE = [''];
const CONSONANT_END = /[бвгджзклмнпрстфхцчшщ]$/;

/** One token of a spelling: a literal stem, then one of its endings (in order; '' = none), then a suffix. */
interface Token {
  stem: string;
  endings: readonly string[];
}

/** The stem and endings of one written token of a name; `chinese` names decline as Russian declines them. */
function tokenOf(tok: string, chinese: boolean): Token {
  const t = foldCyrillic(tok);
  if (chinese) {
    // Russian declines Chinese given names: Си Цзиньпином, Хань Чуня, Хань Чунем; and those in й: Ма Синжуя.
    if (t.endsWith('ь')) return { stem: t.slice(0, -1), endings: CN_SOFT };
    if (t.endsWith('й')) return { stem: t.slice(0, -1), endings: CN_YOT };
    return { stem: t, endings: CONSONANT_END.test(t) ? CN_HARD : NONE };
  }
  if (t.endsWith('а')) return { stem: t.slice(0, -1), endings: KZ_A };
  return { stem: t, endings: CONSONANT_END.test(t) ? KZ_HARD : NONE };
}

const isRussianLetter = (c: number): boolean => (c >= 0x430 && c <= 0x44f) || c === 0x451;

/** The end of a match of tokens[k…] at `pos` (spaces between tokens, no Russian letter after), or -1. */
function matchFrom(s: string, tokens: readonly Token[], k: number, pos: number): number {
  const tok = tokens[k] as Token;
  if (!s.startsWith(tok.stem, pos)) return -1;
  const afterStem = pos + tok.stem.length;
  const last = k === tokens.length - 1;
  for (const e of tok.endings) {
    if (!s.startsWith(e, afterStem)) continue;
    const afterEnding = afterStem + e.length;
    for (const x of KK_SUFFIXES) {
      if (!s.startsWith(x, afterEnding)) continue;
      const end = afterEnding + x.length;
      if (last) {
        if (!isRussianLetter(s.charCodeAt(end))) return end;
        continue;
      }
      // `\s+` is greedy: the longest run of spaces first, then shorter ones.
      let q = end;
      while (q < s.length && isSpaceCode(s.charCodeAt(q))) q++;
      for (let r = q; r > end; r--) {
        const found = matchFrom(s, tokens, k + 1, r);
        if (found >= 0) return found;
      }
    }
  }
  return -1;
}

/** The Cyrillic spellings of one person, matched in a folded sentence (foldCyrillic). */
export class CyrMatcher {
  private readonly spellings: Token[][];
  /** Literal first stems: a match starts where one of them does. */
  private readonly heads: string[];

  /** `spellings` as the gazetteer writes them (any case, Kazakh letters); `chinese` for Chinese names. */
  constructor(spellings: readonly string[], chinese: boolean) {
    this.spellings = spellings.map((c) => c.split(/\s+/).map((t) => tokenOf(t, chinese)));
    this.heads = this.spellings.map((t) => t[0]?.stem ?? '');
  }

  /** The matches, left to right and not overlapping, as [start, end] offsets into the folded sentence. */
  all(s: string): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    let i = this.next(s, 0);
    while (i >= 0 && i <= s.length) {
      let end = -1;
      if (i === 0 || !isRussianLetter(s.charCodeAt(i - 1)))
        for (const tokens of this.spellings) {
          end = matchFrom(s, tokens, 0, i);
          if (end >= 0) break;
        }
      // An empty match moves on by one, as a global pattern's loop does.
      if (end >= 0) out.push([i, end]);
      i = this.next(s, end > i ? end : i + 1);
    }
    return out;
  }

  /** The first offset from `from` where some spelling's first stem starts (-1: none). */
  private next(s: string, from: number): number {
    if (from > s.length) return -1;
    let best = -1;
    for (const h of this.heads) {
      const at = s.indexOf(h, from);
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    return best;
  }
}
