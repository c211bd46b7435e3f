/**
 * Kazakh (and other foreign) names in Chinese transliteration, read back to Latin: «州长伊萨巴耶夫» → Isabayev,
 * «茹曼加林» → Serik Zhumangarin when the gazetteer knows the surname (l and r both tried, since Chinese writes
 * them alike). A Chinese text writes most officials by surname only, so a surname the gazetteer does not know
 * stays a surname: better the name as written than a guessed first name.
 */
import { type GazetteerPerson, PEOPLE } from '../gazetteer/index.ts';
import { ZH_ONLY_PEOPLE } from '../gazetteer/people-more-zh.ts';
import {
  GIVEN_NAMES_KZ,
  TRAILING_NOT_NAME_ZH,
  TRANSLIT_ALTERNATES_ZH,
  TRANSLIT_RUNS_ZH,
  TRANSLIT_ZH,
  WORDS_AFTER_NAMES_ZH,
} from '../lexicon/zh/translit.ts';

/** The dots that join the parts of a transliterated name («高吾孜·努尔穆罕别托夫»). */
const DOTS = '·•・‧∙';
/** Each transliteration character → its Latin reading, from the pack's groups. */
const READ = new Map<string, string>();
for (const group of TRANSLIT_ZH.trim().split(' ')) {
  const [latin, chars] = group.split(':');
  for (const c of chars ?? '') READ.set(c, latin ?? '');
}
/** Whether a character is one Chinese uses to transliterate foreign names. */
export const isTranslit = (c: string | undefined) => c !== undefined && READ.has(c);

/** The common words after names, one sticky pattern tried at a position. */
const WORDS_AFTER = new RegExp(WORDS_AFTER_NAMES_ZH.join('|'), 'y');

/**
 * Whether the character at `i` goes on the name before it: a transliteration character, but not one opening a
 * common word («通过», «拜会») nor a lone «日» ending the run («努雷舍夫日前», «…17日电»: a day, since no Kazakh
 * or Russian surname ends in -zh).
 */
export function continuesName(text: string, i: number): boolean {
  const c = text[i];
  if (!isTranslit(c)) return false;
  WORDS_AFTER.lastIndex = i;
  if (WORDS_AFTER.test(text)) return false;
  return !(TRAILING_NOT_NAME_ZH.includes(c as string) && !isTranslit(text[i + 1]));
}
/** A name part longer than this is a run of place words, not one name. */
const MAX_PART = 10;

/** The transliterated name at `from`: parts of transliteration characters joined by dots or hyphens. */
export function foreignNameAt(text: string, from: number): { han: string; end: number } | null {
  let end = from;
  let part = 0;
  while (end < text.length) {
    const c = text[end] as string;
    if (continuesName(text, end) && part < MAX_PART) {
      part++;
      end++;
    } else if ((DOTS.includes(c) || c === '-') && part >= 2 && isTranslit(text[end + 1])) {
      part = 0;
      end++;
    } else break;
  }
  // Skip blanks around a dot: «努苏波娃 · 阿» is written with spaces on some pages.
  const han = text.slice(from, end).trim();
  return han.replace(/[·•・‧∙-]/g, '').length >= 3 ? { han, end } : null;
}

/** Runs read as a whole, longest first, in one pattern built once. */
const RUNS = new Map(TRANSLIT_RUNS_ZH);
const RUN_RE = new RegExp(`${[...RUNS.keys()].sort((a, b) => b.length - a.length).join('|')}|[^]`, 'g');
const ALTERNATES = new Map(TRANSLIT_ALTERNATES_ZH);

/**
 * Latin reading of one transliterated part, with the spelling rules of Kazakh names in English; `pick` chooses
 * the reading of each ambiguous character in turn (its first reading when absent).
 */
export function readBack(han: string, pick: readonly number[] = []): string {
  let k = 0;
  const read = (c: string) => {
    const alt = ALTERNATES.get(c);
    return alt ? (alt[pick[k++] ?? 0] ?? alt[0]) : (READ.get(c) ?? '');
  };
  const raw = (han.match(RUN_RE) ?? []).map((c) => (c === '-' ? '-' : (RUNS.get(c) ?? read(c)))).join('');
  // «罕别» is written for -mb- (Nurmukhambetov): Chinese has no m before b or p.
  // A syllable's final n before a syllable opening with n is one sound: «先诺» -seno- (Duissenova's -sen-o-).
  const s = raw.replace(/n(?=[bp])/g, 'm').replace(/nn/g, 'n');
  return s.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}

/** Every reading of a part, one per choice for its ambiguous characters (at most 2 of them: 4 readings). */
function readings(han: string): string[] {
  const n = Math.min(2, [...han].filter((c) => ALTERNATES.has(c)).length);
  const out: string[] = [];
  for (let mask = 0; mask < 1 << n; mask++) out.push(readBack(han, [mask & 1, (mask >> 1) & 1]));
  return out;
}

/** The other liquid: Chinese writes l and r alike («尔» is both -l and -r at a syllable's end). */
const SWAP: Record<string, string> = { l: 'r', r: 'l', L: 'R', R: 'L' };

/** The reading with each l tried as r and each r as l (at most 3 places: 8 spellings), as read first. */
function spellings(latin: string): string[] {
  const at = [...latin.matchAll(/[lr]/gi)].map((m) => m.index).slice(0, 3);
  const out: string[] = [];
  for (let mask = 0; mask < 1 << at.length; mask++) {
    const cs = [...latin];
    at.forEach((i, k) => {
      if (mask & (1 << k)) cs[i] = SWAP[cs[i] as string] ?? (cs[i] as string);
    });
    out.push(cs.join(''));
  }
  return out;
}

/** Kazakh and Chinese officials by lower-cased surname (the last word of the English name). */
const BY_SURNAME = new Map<string, GazetteerPerson[]>();
for (const p of [...PEOPLE, ...ZH_ONLY_PEOPLE]) {
  if (p.country !== 'KZ' && p.country !== 'CN') continue;
  const surname = (p.name.split(' ').at(-1) ?? '').toLowerCase();
  BY_SURNAME.set(surname, [...(BY_SURNAME.get(surname) ?? []), p]);
}
const GIVEN = new Map(GIVEN_NAMES_KZ.map((g) => [g.toLowerCase(), g]));

/** A read-back name: the gazetteer's person when exactly one has that surname, else the reading itself. */
export interface ForeignName {
  name: string;
  person: GazetteerPerson | null;
}

/**
 * The English form of a transliterated name: one gazetteer official with that surname → that official; a
 * dotted name with a known Kazakh first name → «First Surname»; else the surname as read back.
 */
export function englishOfForeign(han: string): ForeignName {
  const parts = han.split(/\s*[·•・‧∙]\s*/).filter(Boolean);
  const last = parts.at(-1) ?? '';
  const surname = readBack(last);
  const options = readings(last).flatMap(spellings);
  const found = options.flatMap((s) => BY_SURNAME.get(s.toLowerCase()) ?? []);
  if (found.length === 1 && found[0]) return { name: found[0].name, person: found[0] };
  const spelled = options.find((s) => BY_SURNAME.has(s.toLowerCase())) ?? surname;
  const given =
    parts.length > 1
      ? spellings(readBack(parts[0] ?? ''))
          .map((g) => GIVEN.get(g.toLowerCase()))
          .find(Boolean)
      : undefined;
  return { name: given ? `${given} ${spelled}` : spelled, person: null };
}

/**
 * A two-character transliteration after a Kazakh title («国务秘书卡林»), too short to read on its own: taken only
 * when exactly one gazetteer official has that surname.
 */
export function shortKnownAt(text: string, from: number): { han: string; end: number } | null {
  const han = text.slice(from, from + 2);
  if (han.length < 2 || ![...han].every((c) => isTranslit(c)) || continuesName(text, from + 2)) return null;
  return englishOfForeign(han).person ? { han, end: from + 2 } : null;
}
