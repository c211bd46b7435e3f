/**
 * The folds every index term goes through, on both sides: a key built at write time and one built from a query
 * can only meet if they are folded the same way. Used by index-terms.ts (names, tokens) and index-concepts.ts
 * (the cross-language glossary).
 */

/** Latin fold: no diacritics, lower case, y/i, ye/e, kh/h, dzh/j and doubled letters merged (outlets differ). */
export function foldToken(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’ʼ]/g, '')
    .replace(/dzh|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ye/g, 'e')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Whether a word is written in Cyrillic (Russian or Kazakh). */
export function isCyrillic(w: string): boolean {
  return /[\u0400-\u04ff]/.test(w);
}

/** Folds Kazakh letters to their Russian look-alikes and ё to е, so Cyrillic spellings compare equal. */
export function foldCyrillic(s: string): string {
  return s
    .toLowerCase()
    .replace(
      /[әғқңөұүһіё]/g,
      (c) => ({ ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ё: 'е' })[c] ?? c,
    )
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** Words of a text: letters and digits, any script (hyphenated names are split). */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * A light stem of a folded token: a plural `s` and final vowels go, so that Russian case endings after
 * transliteration (Астане/Астана → astan) and English plurals (talks/talk) meet. Short words stay whole.
 */
export function stem(token: string): string {
  let t = token;
  if (t.length > 4 && t.endsWith('s') && !t.endsWith('ss')) t = t.slice(0, -1);
  const bare = t.replace(/[aeiou]+$/, '');
  return bare.length >= 4 ? bare : t;
}
