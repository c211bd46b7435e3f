/**
 * An author's post on a line of its own at the top of a Kazakh page («ҚР Премьер-Министрінің орынбасары – Сыртқы
 * істер министрі»), under the author's name: page furniture of the author box, not the lead. Skipping it lets
 * the dateline and the event's sentence below be the lead (where their date and place are read).
 */
import { ROLE_LINE_KK } from './lexicon/kk/lead.ts';
import { alternation, regex } from './pack-words.ts';

const KAZAKH = /[әғқңөұүһі]/i;
/** The line ends in a role word, with no full stop or other sentence end after it. */
const ROLE_END = regex(`(?:^|\\s)${alternation(ROLE_LINE_KK.roleEnd)}\\s*$`, 'iu');
/** At most this many words: a role with its ministry and country, not a sentence about the role-holder. */
const MAX_WORDS = 10;

/** True for a Kazakh line that is only an author's post (see the module comment). */
export function isKazakhRoleLine(text: string): boolean {
  if (!ROLE_END.test(text) || !KAZAKH.test(text)) return false;
  return text.trim().split(/\s+/).length <= MAX_WORDS;
}
