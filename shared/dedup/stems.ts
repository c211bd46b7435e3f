import { cyrillicWordToLatin } from '../extract/translit.ts';
import { nameSkeleton } from './names.ts';

const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * One word in the Latin skeleton every script and spelling of it maps to, cut to a stem so that case endings
 * fall off: «Нуртлеуа» and "Nurtleu" share a stem, as do "Kosherbayev" and «Кошербаевым».
 */
export function latinStem(word: string, length: number): string {
  let memo = memos.get(length);
  if (!memo) {
    memo = new Map();
    memos.set(length, memo);
  }
  const known = memo.get(word);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const stem = computeStem(word, length);
  memo.set(word, stem);
  return stem;
}

/** Stems of the words seen so far, per stem length: news reuse a small vocabulary, stemmed in every report. */
const memos = new Map<number, Map<string, string>>();
const MEMO_LIMIT = 20_000;

function computeStem(word: string, length: number): string {
  const latin = CYRILLIC.test(word) ? cyrillicWordToLatin(word) : word;
  const folded = latin
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return nameSkeleton(folded).slice(0, length);
}
