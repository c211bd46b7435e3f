/**
 * The gazetteer's people: every official once, with spellings in each script and dated roles, and the look-ups by
 * name. Kept apart from the places so that the API (which only resolves people) does not bundle the place tables.
 */

import { memoizeString } from '../memo.ts';
import { CN_PEOPLE } from './people-cn.ts';
import { CN_PEOPLE_MORE } from './people-cn-more.ts';
import { EXTRA_PEOPLE_EN7 } from './people-extra-en7.ts';
import { PEOPLE_EXTRA_EN7B } from './people-extra-en7b.ts';
import { KK_FORMS, KK_PEOPLE } from './people-kk.ts';
import { KZ_PEOPLE } from './people-kz.ts';
import { KZ_PEOPLE_MORE } from './people-kz-more.ts';
import { OTHER_PEOPLE } from './people-other.ts';
import { REGIONAL_PEOPLE } from './people-regional.ts';
import { REGIONAL_PEOPLE_MORE } from './people-regional-more.ts';
import type { GazetteerPerson } from './types.ts';

/** A known official and one of their dated roles. */
export type { GazetteerPerson, RoleSpan } from './types.ts';

/**
 * One entry per official: files written for different concerns (regional heads, Kazakh spellings) may name the
 * same person, so their spellings and dated roles are joined under the first entry's name and country.
 */
function joinByName(list: GazetteerPerson[]): GazetteerPerson[] {
  const byName = new Map<string, GazetteerPerson>();
  for (const p of list) {
    const had = byName.get(p.name);
    if (!had) {
      byName.set(p.name, { ...p, cyr: [...p.cyr], roles: [...p.roles], alt: p.alt ? [...p.alt] : undefined });
      continue;
    }
    const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])];
    had.cyr = union(had.cyr, p.cyr);
    if (had.alt || p.alt) had.alt = union(had.alt, p.alt);
    const roleKeys = new Set(had.roles.map((r) => JSON.stringify(r)));
    for (const r of p.roles) if (!roleKeys.has(JSON.stringify(r))) had.roles.push(r);
  }
  return [...byName.values()];
}

/** Every known official (third-country leaders last: they are known only to be kept out of the event). */
export const PEOPLE: GazetteerPerson[] = joinByName([
  ...KZ_PEOPLE,
  ...KZ_PEOPLE_MORE,
  ...CN_PEOPLE,
  ...CN_PEOPLE_MORE,
  ...REGIONAL_PEOPLE,
  ...REGIONAL_PEOPLE_MORE,
  ...EXTRA_PEOPLE_EN7,
  ...KK_PEOPLE,
  ...OTHER_PEOPLE,
  ...PEOPLE_EXTRA_EN7B,
]).map((p) => (KK_FORMS[p.name] ? { ...p, cyr: [...p.cyr, ...(KK_FORMS[p.name] ?? [])] } : p));

/** Folds Kazakh-specific Cyrillic letters to their Russian look-alikes and ё to е, lower case. */
export function foldCyrillic(s: string): string {
  return cyrFolded(s);
}
// Names, people and relevance rules fold the same sentences again and again: each is folded once.
const cyrFolded = memoizeString(
  (s: string) => s.toLowerCase().replace(KK_LETTERS, (c) => KK_FOLD[c] ?? c),
  2000,
);
const KK_FOLD: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};
const KK_LETTERS = /[әғқңөұүһіё]/g;

/**
 * Folds a Latin name for comparison: lower case, no diacritics, no apostrophes, y/i and double letters merged, and
 * q read as k (Kazakh-Latin spellings: Qasym-Jomart Toqayev is Kassym-Jomart Tokayev), ı as i.
 */
export function foldLatin(s: string): string {
  return latinFolded(s);
}
// Names come back in every sentence that mentions them: each spelling is folded once.
const latinFolded = memoizeString((s: string) => fold(s), 4000);

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/-/g, ' ')
    .replace(/q/g, 'k')
    .replace(/ı/g, 'i')
    .replace(/ye/g, 'e')
    .replace(/y/g, 'i')
    .replace(/(.)\1/g, '$1')
    .trim();
}

const byLatin = new Map<string, GazetteerPerson>();
const byCyr = new Map<string, GazetteerPerson>();
const bySurname = new Map<string, GazetteerPerson[]>();
for (const p of PEOPLE) {
  for (const n of [p.name, ...(p.alt ?? [])]) byLatin.set(foldLatin(n), p);
  for (const n of p.cyr) byCyr.set(foldCyrillic(n), p);
  // Kazakh names end with the surname; Chinese names start with it (too common alone to resolve by).
  if (p.country !== 'CN') {
    const sur = foldLatin(p.name.split(' ').at(-1) ?? '');
    bySurname.set(sur, [...(bySurname.get(sur) ?? []), p]);
  }
}

/** The known person with this Latin full name (any listed spelling), if any. */
export function lookupLatin(name: string): GazetteerPerson | undefined {
  return byLatin.get(foldLatin(name));
}

/** The known person with this Cyrillic full name (nominative), if any. */
export function lookupCyrillic(name: string): GazetteerPerson | undefined {
  return byCyr.get(foldCyrillic(name));
}

/** The single known non-Chinese person with this surname (Latin), if exactly one. */
export function lookupSurname(surname: string): GazetteerPerson | undefined {
  const hits = bySurname.get(foldLatin(surname));
  return hits?.length === 1 ? hits[0] : undefined;
}

/** The role a known person held in a year (their latest role when the year is unknown). */
export function roleInYear(p: GazetteerPerson, year: number | null): string | null {
  if (year === null) return p.roles[0]?.[0] ?? null;
  const hit = p.roles.find(([, from, to]) => from <= year && (to === null || year <= to));
  return hit ? hit[0] : null;
}

/**
 * The one known person whose name this one cuts short ("Xi Ji" at the end of an excerpt → Xi Jinping): all words
 * but the last equal, the last a prefix of at least two letters.
 */
export function lookupTruncated(name: string): GazetteerPerson | undefined {
  const toks = foldLatin(name).split(/\s+/);
  const last = toks.at(-1) ?? '';
  if (toks.length < 2 || last.length < 2) return undefined;
  const hits = PEOPLE.filter((p) => {
    const t = foldLatin(p.name).split(/\s+/);
    return (
      t.length === toks.length &&
      t.slice(0, -1).join(' ') === toks.slice(0, -1).join(' ') &&
      (t.at(-1) ?? '').startsWith(last)
    );
  });
  return hits.length === 1 ? hits[0] : undefined;
}
