/**
 * Officials named by initials and surname, the usual form of Russian and Kazakh official releases («төрағасы
 * М.Б. Отыншиев», «заместитель акима Д.Б.Сапанов», «Сапанов Д.Б.»). Like other unknown names they count only
 * next to a role phrase; the surname is put back into the nominative (Russian -ым/-у, Kazakh case endings).
 */
import { execAll } from './exec-all.ts';
import { foldCyrillic } from './gazetteer/index.ts';
import { isKazakhSentence, withoutKazakhEnding } from './kk-names.ts';
import { type NameHit, overlaps, roleFor } from './names-hit.ts';
import { isRuStop } from './names-ru.ts';
import { cyrillicWordToLatin } from './translit.ts';

const UP = 'А-ЯЁӘҒҚҢӨҰҮҺІ';
const LOW = 'а-яёәғқңөұүһі';
/** One or two initials, each a capital and a full stop, before or after a surname of three letters or more. */
const INITIALS = `(?:[${UP}]\\.\\s?){1,2}`;
const SURNAME = `[${UP}][${LOW}]{2,}(?:-[${UP}][${LOW}]+)?`;
const BEFORE = new RegExp(`(?<![${UP}${LOW}.])(${INITIALS})\\s?(${SURNAME})(?![${LOW}])`, 'gu');
const AFTER = new RegExp(
  `(?<![${UP}${LOW}])(${SURNAME})\\s(${INITIALS.replace('\\s?', '')})(?![${UP}${LOW}])`,
  'gu',
);
/** A cheap test first: most sentences hold no capital followed by a full stop. */
const HINT = new RegExp(`[${UP}]\\.`, 'u');
/** Russian case forms of a Russian-style surname that no nominative has (-овым, -ову, -ове). */
const RU_OBLIQUE = /(?<=(?:ов|ев|ёв|ин|ын))(?:ым|у|е)$/;

/** The surname in the nominative: a Kazakh sentence's case ending or a Russian oblique ending taken off. */
function surnameNominative(word: string, kazakh: boolean): string {
  return kazakh ? withoutKazakhEnding(word) : word.replace(RU_OBLIQUE, '');
}

/** Initials as Latin letters with their stops («М.Б.» → "M.B."). */
function latinInitials(initials: string): string {
  return initials
    .replace(/\s/g, '')
    .split('.')
    .filter((x) => x !== '')
    .map((x) => `${cyrillicWordToLatin(x)}.`)
    .join('');
}

/** Names written with initials next to a role phrase, added to `hits` (Russian and Kazakh sentences). */
export function findInitialNames(sentence: string, hits: NameHit[]): void {
  if (!HINT.test(sentence)) return;
  const kazakh = isKazakhSentence(sentence);
  for (const [re, surnameFirst] of [
    [BEFORE, false],
    [AFTER, true],
  ] as const) {
    for (const m of execAll(re, sentence)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const initials = (surnameFirst ? m[2] : m[1]) ?? '';
      const written = (surnameFirst ? m[1] : m[2]) ?? '';
      if (isRuStop(written) || overlaps(hits, start, end)) continue;
      const role = roleFor(sentence, start, end, 'ru');
      if (!role) continue;
      const surname = surnameNominative(written, kazakh);
      hits.push({
        name: `${latinInitials(initials)} ${cyrillicWordToLatin(surname)}`,
        start,
        end,
        known: null,
        role,
        cyrTokens: [foldCyrillic(surname)],
      });
    }
  }
}
