/**
 * Chinese personal names → English spelling: the gazetteer's Han forms first (the spelling officials use,
 * «托卡耶夫» → Kassym-Jomart Tokayev), then, for a Chinese name the gazetteer lacks, its pinyin reading with the
 * surname first («王小明» → Wang Xiaoming), from the pack's table of readings (generated with pinyin-pro, whose
 * whole dictionary would take a third of the ingest bundle), surnames read as surnames (单 Shan, 曾 Zeng).
 */
import { type GazetteerPerson, lookupLatin } from '../gazetteer/index.ts';
import { ZH_FORMS_EXTRA7 } from '../gazetteer/people-extra-zh7.ts';
import { ZH_FORMS_EXTRA8, ZH_ONLY_PEOPLE8 } from '../gazetteer/people-extra-zh8.ts';
import { ZH_FORMS_KZ } from '../gazetteer/people-kz-zh.ts';
import { ZH_FORMS_KZ_MORE } from '../gazetteer/people-kz-zh-more.ts';
import { ZH_ONLY_PEOPLE } from '../gazetteer/people-more-zh.ts';
import { ZH_FORMS } from '../gazetteer/people-zh.ts';
import {
  COMPOUND_SURNAMES_ZH,
  NAME_ENDS_ZH,
  NAME_PREPOSITIONS_ZH,
  NAME_STOPS_ZH,
  NOT_NAMES_ZH,
  SURNAMES_ZH,
  VERBS_AFTER_NAMES_ZH,
} from '../lexicon/zh/people.ts';
import { READINGS_ZH, SURNAME_READINGS_ZH } from '../lexicon/zh/readings.ts';
import { TRANSLIT_FOLD_ZH } from '../lexicon/zh/translit.ts';
import { continuesName, isTranslit } from './foreign-names.ts';

/** Every Han form with its gazetteer entry, longest first (so «纳扎尔巴耶娃» wins over «纳扎尔巴耶夫»'s prefix). */
export const ZH_PEOPLE: Array<[form: string, person: GazetteerPerson]> = [
  ...Object.entries({ ...ZH_FORMS, ...ZH_FORMS_KZ }).flatMap(([name, forms]) => {
    const p = lookupLatin(name);
    return p ? forms.map((f): [string, GazetteerPerson] => [f, p]) : [];
  }),
  // Variant forms of the same officials: a second list, since a key can stand only once in ZH_FORMS_KZ.
  // Entries joined, not objects spread: the round-8 list repeats keys of the earlier ones.
  ...[ZH_FORMS_KZ_MORE, ZH_FORMS_EXTRA7, ZH_FORMS_EXTRA8]
    .flatMap((forms) => Object.entries(forms))
    .flatMap(([name, forms]) => {
      const p = lookupLatin(name);
      return p ? forms.map((f): [string, GazetteerPerson] => [f, p]) : [];
    }),
  ...[...ZH_ONLY_PEOPLE, ...ZH_ONLY_PEOPLE8].flatMap(({ zh, ...p }) =>
    zh.map((f): [string, GazetteerPerson] => [f, p]),
  ),
].sort((a, b) => b[0].length - a[0].length);

/** A gazetteer person found in a text, where. */
export interface ZhNameHit {
  person: GazetteerPerson;
  at: number;
  end: number;
}

/** The gazetteer people a text names, in order, each occurrence once (a longer form hides a shorter inside it). */
export function gazetteerNamesIn(text: string): ZhNameHit[] {
  const hits: ZhNameHit[] = [];
  // Matched in the folded text (same length, same positions): one listed form finds its spelling variants.
  for (const m of foldTranslit(text).matchAll(FORMS_RE)) {
    const form = m[0];
    const at = m.index;
    // A transliteration inside a longer one («穆罕别托夫» in «努尔穆罕别托夫») is another person's name.
    if (isTranslit(form[0]) && (isTranslit(text[at - 1]) || continuesName(text, at + form.length))) continue;
    const person = FORM_PERSON.get(form);
    if (person) hits.push({ person, at, end: at + form.length });
  }
  return hits;
}

/** Each variant character of a transliteration → the one names are matched in. */
const FOLD = new Map(TRANSLIT_FOLD_ZH.split(' ').map((pair) => [pair[0] as string, pair[1] as string]));
const FOLD_RE = new RegExp(`[${[...FOLD.keys()].join('')}]`, 'g');
/** A text with its variant transliteration characters folded (罗 → 洛), character for character. */
export function foldTranslit(text: string): string {
  return text.replace(FOLD_RE, (c) => FOLD.get(c) ?? c);
}

/** Every form in one pattern, longest first: one scan of a sentence, a longer form winning where both start. */
const FORMS_RE = new RegExp(
  ZH_PEOPLE.map(([form]) => foldTranslit(form).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);
const FORM_PERSON = new Map<string, GazetteerPerson>();
for (const [form, person] of ZH_PEOPLE) {
  const folded = foldTranslit(form);
  if (!FORM_PERSON.has(folded)) FORM_PERSON.set(folded, person);
}

const STOPS = new Set(NAME_STOPS_ZH);
const ENDS = new Set(NAME_ENDS_ZH);
const SURNAMES = new Set(SURNAMES_ZH);
const HAN = /[\u4e00-\u9fff]/;
const VERBS_AFTER = new Set(VERBS_AFTER_NAMES_ZH);
const PREPOSITIONS = new Set(NAME_PREPOSITIONS_ZH);

/**
 * The Han name written right after a title, at `from`: two or three characters (four with a two-character
 * surname), ending before a verb or particle. Null when what follows is no plausible name.
 */
export function nameAfter(text: string, from: number): string | null {
  let end = from;
  // A two-character verb right after a two- or three-character name ends it («葛健透露»).
  // A preposition third («张华在致辞中») ends the name before the verb, never joins it.
  const cut = [2, 3].find(
    (n) =>
      VERBS_AFTER.has(text.slice(from + n, from + n + 2)) &&
      !(n === 3 && PREPOSITIONS.has(text[from + 2] as string)),
  );
  while (end < text.length && HAN.test(text[end] as string) && end - from < (cut ?? 4)) {
    if (end - from >= (cut ?? 2) && (STOPS.has(text[end] as string) || ENDS.has(text[end] as string))) break;
    end++;
  }
  const name = text.slice(from, end);
  const compound = COMPOUND_SURNAMES_ZH.some((s) => name.startsWith(s));
  const max = compound ? 4 : 3;
  if (name.length < 2 || name.length > max) return null;
  if (STOPS.has(name[0] as string) || STOPS.has(name[1] as string)) return null;
  if (!compound && !SURNAMES.has(name[0] as string)) return null;
  if (NOT_NAMES_ZH.some((w) => name.startsWith(w))) return null;
  return name;
}

/** Each character's reading, from the pack's «syllable:characters» groups. */
const READING = new Map<string, string>();
for (const group of READINGS_ZH.split(' ')) {
  const [syllable, chars] = group.split(':');
  for (const c of chars ?? '') READING.set(c, (syllable ?? '').replace('v', 'ü'));
}

/**
 * The pinyin reading of a Chinese name in English order and capitals: «欧阳晓» → «Ouyang Xiao». Null when a
 * character is not in the table (a rare character: better no name than a wrong one).
 */
export function pinyinName(han: string): string | null {
  const surnameLen = COMPOUND_SURNAMES_ZH.some((s) => han.startsWith(s)) ? 2 : 1;
  const read = (c: string, surname: boolean) =>
    (surname ? SURNAME_READINGS_ZH[c] : undefined) ?? READING.get(c);
  const syllables = [...han].map((c, i) => read(c, i < surnameLen));
  if (syllables.some((x) => x === undefined)) return null;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const surname = cap(syllables.slice(0, surnameLen).join(''));
  const given = cap(syllables.slice(surnameLen).join(''));
  return given ? `${surname} ${given}` : surname;
}
