/**
 * Kazakh group inflection: the case of «X мен Y-ға» sits on Y only, so a name right before a conjunction takes
 * the case of the group's last word (up to five words on, within the clause).
 */
import { CONJUNCTIONS_KK, DATIVE_ENDINGS_KK } from './lexicon/kk/coordination.ts';

/** Kazakh letters after an ending: the ending must close its word. Lower case only (endings are never capitals). */
const LETTER_AFTER = '(?![а-яәғқңөұүһіё])';
/** A conjunction, then up to four more words of the group, the last one in the dative. Compiled once. */
const GROUP_DATIVE = new RegExp(
  `^\\s+(?:${CONJUNCTIONS_KK.join('|')})\\s+(?:[^\\s,.;:!?«»"]+\\s+){0,4}?[^\\s,.;:!?«»"]+(?:${DATIVE_ENDINGS_KK.join('|')})${LETTER_AFTER}`,
);

/** Whether the name whose text is followed by `after` belongs to a coordinated group in the dative. */
export function groupDative(after: string): boolean {
  return GROUP_DATIVE.test(after.slice(0, 120));
}
