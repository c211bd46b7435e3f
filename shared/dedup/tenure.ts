import type { Person } from '../domain/index.ts';
import { type GazetteerPerson, lookupCyrillic, lookupLatin } from '../extract/gazetteer/people.ts';

/**
 * The years a report's event can lie in, read from the people it names in office: a premier, minister,
 * ambassador or akim holds the office only for a known term, so a report of "Premier Li Keqiang" meeting
 * someone cannot be of a year after his term ended. Used for reports with no date at all, which otherwise fit
 * every year's meeting of the same people alike.
 */

/** A feasible year interval: [first year, last year or null while open]. */
export type Tenure = [from: number, to: number | null];

/** Years of slack on each side: a term's first and last years are often off by one in the gazetteer. */
export const TENURE_SLACK = 1;

/** Role wordings that mean the same office (the extractor writes either). */
const ROLE_SYNONYMS: Array<[RegExp, string]> = [
  [/\bforeign minister\b/g, 'minister of foreign affairs'],
  [/\bpm\b/g, 'prime minister'],
  [/\bparty chief\b/g, 'party secretary'],
];

/** A role folded for comparison: lower case, words only, synonyms to one wording. */
function foldRole(role: string): string {
  let r = role
    .toLowerCase()
    .replace(/[^\p{L}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [re, to] of ROLE_SYNONYMS) r = r.replace(re, to);
  return r;
}

/**
 * Whether the role a report gives a person is this gazetteer role: the same words, or one the start of the
 * other at a word boundary ("Premier" of "Premier of the State Council"). A role that merely contains the
 * other ("Deputy Prime Minister" and "Prime Minister") is a different office.
 */
function sameRole(written: string, known: string): boolean {
  const a = foldRole(written);
  const b = foldRole(known);
  if (a === '' || b === '') return false;
  return a === b || b.startsWith(`${a} `) || a.startsWith(`${b} `);
}

/** The gazetteer entry of a participant, by any Latin or Cyrillic spelling of the full name. */
function known(p: Person): GazetteerPerson | undefined {
  return lookupLatin(p.name) ?? lookupCyrillic(p.name);
}

/**
 * The term of the office a participant is named in, when the gazetteer knows that person in that role
 * (null: no role written, an unknown person, or a role the gazetteer does not date; then nothing is known).
 */
export function termOf(p: Person): Tenure | null {
  if (!p.role) return null;
  const g = known(p);
  if (!g) return null;
  const spans = g.roles.filter(([role]) => sameRole(p.role as string, role));
  if (spans.length === 0) return null;
  const from = Math.min(...spans.map(([, f]) => f));
  const to = spans.some(([, , t]) => t === null) ? null : Math.max(...spans.map(([, , t]) => t as number));
  return [from, to];
}

/**
 * The years the event can lie in: the intersection of the terms of the participants named in a dated office
 * (only participants: a person mentioned in a background sentence says nothing of the event's year). Null when
 * no participant's term is known, or when the terms contradict each other (a misread role: then trust none).
 */
export function tenureOf(participants: readonly Person[]): Tenure | null {
  let from: number | null = null;
  let to: number | null = null;
  let any = false;
  for (const p of participants) {
    const t = termOf(p);
    if (!t) continue;
    any = true;
    from = from === null ? t[0] : Math.max(from, t[0]);
    if (t[1] !== null) to = to === null ? t[1] : Math.min(to, t[1]);
  }
  if (!any || from === null) return null;
  if (to !== null && to < from) return null;
  return [from, to];
}

/**
 * The years a report's event can lie in: its participants' terms of office (`tenureOf`, TENURE_SLACK years
 * wider each side) intersected with the era its text's names belong to (`eraOf`, exact). Null when nothing is
 * known, or when the two contradict (one of them misread: trust neither).
 */
export function feasibleYears(term: Tenure | null, era: Tenure | null): Tenure | null {
  const wide: Tenure | null = term
    ? [term[0] - TENURE_SLACK, term[1] === null ? null : term[1] + TENURE_SLACK]
    : null;
  if (!wide || !era) return wide ?? era;
  const from = Math.max(wide[0], era[0]);
  const ends = [wide[1], era[1]].filter((t): t is number => t !== null);
  const to = ends.length > 0 ? Math.min(...ends) : null;
  return to !== null && to < from ? null : [from, to];
}
