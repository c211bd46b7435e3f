/**
 * Names in Kazakh texts of the Arabic script (töte), which has no capital letters: after conversion to Cyrillic
 * (./kk-script.ts) a name is as lower-case as the words around it, and the name rules look for capitals. Right
 * after a role word («… төрағасының орынбасары сун хунмей», «облыс әкімі бейбіт исабаев») two words that read
 * as a Chinese name (a common surname and a Palladius given name) or a Kazakh one (a surname ending) are given
 * their capitals back.
 */
import { ROLE_LINE_KK } from './lexicon/kk/lead.ts';
import { ARABIC_ACRONYMS_KK } from './lexicon/kk/scripts.ts';
import { alternation, regex } from './pack-words.ts';
import { CHINESE_SURNAMES_CYR, palladiusWordToPinyin } from './translit.ts';

/** A role word, then two lower-case words (the candidate name). */
const AFTER_ROLE = regex(
  `(^|\\s)(${alternation(ROLE_LINE_KK.roleEnd)}),?\\s+(\\p{Ll}{2,})\\s+(\\p{Ll}{2,}(?:-\\p{Ll}+)?)`,
  'giu',
);
/** Kazakh and Russian-style surname endings, with or without a Kazakh case ending after them. */
const KAZAKH_SURNAME = /(?:ов|ев|өв|ова|ева|ин|ина|ұлы|улы|қызы)(?:тың|тің|пен|бен|қа|ке|ты|ті)?$/u;

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * A Chinese name word as Palladius writes it: töte has one letter for «е» and «э», and none for the soft sign, so
 * «чжен» is «чжэн» and a surname «сун» is «сунь» when only that one is common.
 */
function palladius(word: string, surname: boolean): string {
  const w = word.replace(/(?<=[бпмфдтнлгкхжчшцсзр])е/gu, 'э');
  return surname && !CHINESE_SURNAMES_CYR.has(w) && CHINESE_SURNAMES_CYR.has(`${w}ь`) ? `${w}ь` : w;
}

/** Two lower-case words after a role as a Chinese name in Palladius spelling, or null (see the module comment). */
function chineseName(first: string, second: string): [string, string] | null {
  const sur = palladius(first, true);
  const given = palladius(second, false);
  return CHINESE_SURNAMES_CYR.has(sur) && palladiusWordToPinyin(given) !== null ? [sur, given] : null;
}

/** The converted text of a töte article with the names after role words capitalised. */
export function capitaliseNamesAfterRoles(text: string): string {
  return text.replace(AFTER_ROLE, (whole, pre: string, role: string, first: string, second: string) => {
    // The words keep their letters (the gazetteer's Kazakh forms are written so); only the capitals come back.
    if (chineseName(first, second)) return `${pre}${role} ${cap(first)} ${cap(second)}`;
    return first.length >= 3 && KAZAKH_SURNAME.test(second)
      ? `${pre}${role} ${cap(first)} ${cap(second)}`
      : whole;
  });
}

/** A known acronym as a whole word (a case ending may follow after a hyphen: «қхр-дағы»). */
const ACRONYM = regex(`(?<!\\p{L})(?:${ARABIC_ACRONYMS_KK.join('|')})(?!\\p{L})`, 'gu');

/** The converted text of a töte article with its known acronyms in capitals («қхр» → «ҚХР»). */
export function capitaliseAcronyms(text: string): string {
  return text.replace(ACRONYM, (a) => a.toUpperCase());
}
