/**
 * A name found in a sentence and what every finder of ./names.ts and ./names-unknown.ts asks about it: the
 * spelling the text uses, overlap with names found before, the role phrase next to it.
 */

import type { GazetteerPerson } from './gazetteer/index.ts';
import { type RoleContext, roleAfter, roleBefore } from './roles.ts';

/** A name occurrence in a sentence. */
export interface NameHit {
  /** Canonical Latin name (English spelling). */
  name: string;
  start: number;
  end: number;
  known: GazetteerPerson | null;
  role: RoleContext | null;
  /** Folded Cyrillic tokens of the name as written, for resolving later surname-only mentions. */
  cyrTokens: string[];
}
/** The listed spelling the text uses ("Karim Masimov" where the text says so): reports are scored as written. */
export function asWritten(matched: string, p: GazetteerPerson): string {
  const m = matched.replace(/\s+/g, ' ');
  const listed = spellingsOf(p).get(m.toLowerCase());
  if (listed) return listed;
  // A Kazakh-Latin spelling ("Toqayev") is another script's, not an English variant: the English name stands.
  if (/q/i.test(m) && !/q/i.test(p.name)) return p.name;
  // A variant spelling the list lacks ("Sagintaev"): keep the text's, unless it is shouted in capitals.
  return /[a-z]/.test(m) ? m : p.name;
}

/**
 * A known person's listed spellings by their lower case (the first listed wins), made on the person's first hit:
 * every hit used to lower-case each spelling again.
 */
const SPELLINGS = new WeakMap<GazetteerPerson, Map<string, string>>();
function spellingsOf(p: GazetteerPerson): Map<string, string> {
  let byLower = SPELLINGS.get(p);
  if (!byLower) {
    byLower = new Map();
    for (const n of [p.name, ...(p.alt ?? [])])
      if (!byLower.has(n.toLowerCase())) byLower.set(n.toLowerCase(), n);
    SPELLINGS.set(p, byLower);
  }
  return byLower;
}

/** True when [start, end) overlaps a name already found. */
export function overlaps(hits: NameHit[], start: number, end: number): boolean {
  return hits.some((h) => start < h.end && h.start < end);
}

/** The role phrase before or after a name in its sentence, if any. */
export function roleFor(sentence: string, start: number, end: number, lang: 'en' | 'ru'): RoleContext | null {
  // A role phrase is short: looking at a window keeps long sentences cheap.
  return (
    roleBefore(sentence.slice(Math.max(0, start - 250), start), lang) ??
    roleAfter(sentence.slice(end, end + 250), lang)
  );
}
