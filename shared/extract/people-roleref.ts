/**
 * People named by their role only in the event clause: "The Head of State received Dai Houliang", «Премьер-министр
 * провел встречу …». The role stands for the one person of the article who holds it.
 */

import { execAll } from './exec-all.ts';
import { wordsRegex } from './lexicon/build.ts';
import { ROLE_REFERENCES_EN } from './lexicon/en/people.ts';
import { ROLE_REFERENCES_RU } from './lexicon/ru/people.ts';
import { regex } from './pack-words.ts';
import { countryOfRole } from './roles.ts';

/** What the resolver needs of a person (see Acc in people.ts). */
interface Holder {
  role: string | null;
  country: string | null;
}

const REFS = Object.entries(ROLE_REFERENCES_EN).map(
  ([role, en]) => [role, wordsRegex([...en, ...(ROLE_REFERENCES_RU[role] ?? [])], { global: true })] as const,
);
/** A name right after the role word ("President Tokayev", "President of China Xi Jinping"): not a bare reference. */
const NAMED_AFTER =
  /^\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+)*?(?:Kazakhstan|China)\s+)?(?:[A-Z][a-z]|[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі])/u;
/** The holder's country written after the role: "President of Kazakhstan", «Президент Казахстана». */
const OF_COUNTRY = regex(
  String.raw`^\s+(?:of\s+(?:the\s+)?)?(?:people's republic of |republic of )?(?:kazakhstan|china|prc|казахстана|кнр|китая|рк)(?![\p{L}])`,
  'iu',
);
const VICE = /(?:vice|deputy|вице|заместител)[\s-]*$/i;

function holds(p: Holder, role: string): boolean {
  if (!p.role) return false;
  if (/vice|deputy|first president/i.test(p.role)) return false;
  return role === 'President'
    ? /president|head of state/i.test(p.role)
    : /prime minister|premier/i.test(p.role);
}

/** Bare role references in a sentence: [start, end, holder] for each one the article's people resolve. */
export function roleReferences<T extends Holder>(
  text: string,
  lang: 'en' | 'ru',
  people: T[],
): Array<[number, number, T]> {
  const out: Array<[number, number, T]> = [];
  for (const [role, re] of REFS) {
    for (const m of execAll(re, text)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (NAMED_AFTER.test(text.slice(end)) || VICE.test(text.slice(Math.max(0, start - 12), start)))
        continue;
      const of = OF_COUNTRY.exec(text.slice(end))?.[0] ?? '';
      // The words just before the role, not across a full stop ("… Ван И. Президент попросил": «Китая» there
      // is the guest's, not the President's).
      const lead = text.slice(Math.max(0, start - 20), start);
      const stop = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('! '), lead.lastIndexOf('? '));
      const window = lead.slice(stop + 1) + text.slice(start, end) + of;
      const side = countryOfRole(window, lang);
      const candidates = people.filter((p) => holds(p, role) && (side === null || p.country === side));
      const pick =
        candidates.length === 1 ? candidates[0] : candidates.filter((p) => p.country === 'KZ').at(0);
      if (pick && (candidates.length === 1 || candidates.filter((p) => p.country === 'KZ').length === 1))
        out.push([start, end, pick]);
    }
  }
  return out;
}
