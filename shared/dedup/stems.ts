import { cyrillicWordToLatin } from '../extract/translit.ts';
import { nameSkeleton } from './names.ts';

const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * One word in the Latin skeleton every script and spelling of it maps to, cut to a stem so that case endings
 * fall off: «Нуртлеуа» and "Nurtleu" share a stem, as do "Kosherbayev" and «Кошербаевым».
 */
export function latinStem(word: string, length: number): string {
  const latin = CYRILLIC.test(word) ? cyrillicWordToLatin(word) : word;
  const folded = latin
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return nameSkeleton(folded).slice(0, length);
}
