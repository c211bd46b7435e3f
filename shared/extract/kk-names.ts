/** Kazakh case endings on names written in running text, taken off to get the name itself. */
import { OBLIQUE_ENDINGS } from './lexicon/kk/people.ts';

const KAZAKH = /[әғқңөұүһі]/i;
/** Genitive, dative, ablative, comitative: no name ends so. */
const OBLIQUE = new RegExp(`(?:${OBLIQUE_ENDINGS.join('|')})$`);
/** Accusative and locative only after a Russian-style surname ending («Толғанбаевты», «Ахметовада» is rare). */
const AFTER_SURNAME = /(?<=(?:ов|ев|ин|ын|ова|ева|ина))(?:ты|ті|ды|ді|ны|ні|та|те|да|де)$/;

/** True for a sentence written in Kazakh letters (a Russian one never has them, but for quoted names). */
export function isKazakhSentence(sentence: string): boolean {
  return KAZAKH.test(sentence);
}

/**
 * The word without a Kazakh case ending («Толғанбаевпен» → Толғанбаев, «Чжэнмен» → Чжэн), unchanged when it
 * has none or when the rest would be too short to be a name. Ask only of words of Kazakh sentences.
 */
export function withoutKazakhEnding(word: string): string {
  const bare = word.replace(OBLIQUE, '').replace(AFTER_SURNAME, '');
  return bare.length < 3 ? word : bare;
}
