/** An author's byline opening a text: the piece is a signed article (an op-ed), which is a statement. */

import { execAll } from './exec-all.ts';
import { alternation, WB_END } from './lexicon/build.ts';
import { KIND_EN } from './lexicon/en/kind.ts';
import { KIND_KK } from './lexicon/kk/kind.ts';
import { KIND_RU } from './lexicon/ru/kind.ts';
import { caseless } from './pack-words.ts';

const PACKS = [KIND_EN, KIND_RU, KIND_KK];

/**
 * An author's byline before the text: "By Zhang Wei, Ambassador …", or the newspaper style with the surname
 * in capitals «Чжан ХАНЬХУЭЙ, Чрезвычайный и Полномочный Посол КНР». The name is read case-sensitively,
 * the role after it not.
 */
const BYLINE_NAME = new RegExp(
  `(?:^|\\s)(?:(?:${alternation(PACKS.flatMap((p) => [...p.bylineLead]).flatMap((w) => [w, w[0]?.toUpperCase() + w.slice(1)]))})\\s+[\\p{Lu}][\\p{L}'-]+(?:\\s+[\\p{Lu}][\\p{L}'-]+){1,2}|[\\p{Lu}][\\p{Ll}'-]+\\s+\\p{Lu}{3,}),\\s+`,
  'gu',
);
/** Run on folded text without `i` (pack-words `caseless`): its `iu` form cost milliseconds to compile. */
const BYLINE_ROLE = caseless(`^${alternation(PACKS.flatMap((p) => [...p.bylineRoles]))}${WB_END}`, 'iu', {
  raw: true,
});

/** True when the text opens with an author's byline (see BYLINE_NAME). */
export function isByline(text: string): boolean {
  for (const m of execAll(BYLINE_NAME, text))
    if (BYLINE_ROLE.test(text.slice((m.index ?? 0) + m[0].length))) return true;
  return false;
}
