/**
 * Kazakh spellings of Chinese officials derived from the gazetteer's own forms, so that every Chinese name is
 * found in Kazakh texts without listing each one by hand: the Xinjiang press spells the pinyin its own way
 * («Ма Шиңжуй», «Ши Жиңпиң»), and texts converted from the Arabic script or written in Kazakh drop the soft
 * sign and the э of the Russian spelling («Ван Илин» for «Ван Илинь», «Ханхуей» for «Ханьхуэй»).
 */
import { PINYIN_FINALS, PINYIN_INITIALS } from '../lexicon/kk/pinyin.ts';
import type { GazetteerPerson } from './types.ts';

/** One pinyin syllable at the start of a lower-case string: its Kazakh spelling and its length, or null. */
function syllable(s: string, first: boolean): { kk: string; len: number } | null {
  const initial = PINYIN_INITIALS.find(([p]) => s.startsWith(p));
  const head = initial ? initial[0] : '';
  // A syllable without an initial opens a word only (inside one, pinyin writes an apostrophe): «an», «ou», «er».
  if (!initial && (!first || !/^[aoe]/.test(s))) return null;
  const rest = s.slice(head.length);
  const final = PINYIN_FINALS.find(([p]) => rest.startsWith(p));
  if (!final) return null;
  let kk = final[1];
  // «y» before a final that is no i-final makes it iotated: yang → яң, you → ю, yu → ү.
  if (head === 'y' && final[0].startsWith('u')) kk = `ү${kk.slice(1)}`;
  else if (head === 'y' && final[0] === 'ou') kk = 'ю';
  else if (head === 'y' && final[0].startsWith('a')) kk = `я${kk.slice(1)}`;
  // After j, q, x «u» is ü: kept as у, which the matcher folds with ү anyway.
  return { kk: (initial ? initial[1] : '') + kk, len: head.length + final[0].length };
}

/** A pinyin word («Xingrui») as Kazakh Cyrillic («Шиңжуй»), or null when it is no run of pinyin syllables. */
function pinyinWord(word: string): string | null {
  let s = word.toLowerCase();
  let out = '';
  let first = true;
  while (s.length > 0) {
    // Greedy with one step back: «Quanguo» is quan+guo (not quang+uo), «Xingrui» xing+rui.
    const atStart = first;
    const a = syllable(s, atStart);
    if (!a) return null;
    first = false;
    const next = s.slice(a.len);
    if (next.length > 0 && !syllable(next, false) && a.kk.endsWith('ң')) {
      const shorter = syllable(s.slice(0, a.len - 1), atStart);
      if (shorter && syllable(s.slice(a.len - 1), false)) {
        out += shorter.kk;
        s = s.slice(a.len - 1);
        continue;
      }
    }
    out += a.kk;
    s = next;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** «Ma Xingrui» → «Ма Шиңжуй»; null for names that are not pinyin (Uyghur names such as Erkin Tuniyaz). */
export function pinyinToKazakh(name: string): string | null {
  const words = name.split(/\s+/).map(pinyinWord);
  return words.every((w) => w !== null) ? words.join(' ') : null;
}

/** The Kazakh forms to add for a Chinese official: the Xinjiang pinyin spelling and soft-sign-free forms. */
export function derivedKazakhForms(p: GazetteerPerson): string[] {
  if (p.country !== 'CN') return [];
  const out = new Set<string>();
  const xj = pinyinToKazakh(p.name);
  if (xj) out.add(xj);
  // Kazakh vowel harmony writes ы after ш, ж, ч as often as и («Ма Шыңжуй», «Шы Жиңпиң»).
  if (xj && /[шжч]и/i.test(xj)) out.add(xj.replace(/([шжчШЖЧ])и/g, '$1ы'));
  // Kazakh drops the soft sign and writes е for э: «Чжан Ханхуей» for «Чжан Ханьхуэй».
  for (const c of p.cyr) if (/[ьэ]/.test(c)) out.add(c.replaceAll('ь', '').replaceAll('э', 'е'));
  return [...out].filter((f) => !p.cyr.includes(f));
}
