/**
 * Chinese personal names → English spelling: the gazetteer's Han forms first (the spelling officials use,
 * «托卡耶夫» → Kassym-Jomart Tokayev), then, for a Chinese name the gazetteer lacks, its pinyin reading with the
 * surname first («王小明» → Wang Xiaoming), from the pack's table of readings (generated with pinyin-pro, whose
 * whole dictionary would take a third of the ingest bundle), surnames read as surnames (单 Shan, 曾 Zeng).
 */
import { type GazetteerPerson, lookupLatin } from '../gazetteer/index.ts';
import { ZH_FORMS_KZ } from '../gazetteer/people-kz-zh.ts';
import { ZH_ONLY_PEOPLE } from '../gazetteer/people-more-zh.ts';
import { ZH_FORMS } from '../gazetteer/people-zh.ts';
import {
  COMPOUND_SURNAMES_ZH,
  NAME_ENDS_ZH,
  NAME_STOPS_ZH,
  NOT_NAMES_ZH,
  SURNAMES_ZH,
} from '../lexicon/zh/people.ts';
import { READINGS_ZH, SURNAME_READINGS_ZH } from '../lexicon/zh/readings.ts';
import { continuesName, isTranslit } from './foreign-names.ts';

/** Every Han form with its gazetteer entry, longest first (so «纳扎尔巴耶娃» wins over «纳扎尔巴耶夫»'s prefix). */
export const ZH_PEOPLE: Array<[form: string, person: GazetteerPerson]> = [
  ...Object.entries({ ...ZH_FORMS, ...ZH_FORMS_KZ }).flatMap(([name, forms]) => {
    const p = lookupLatin(name);
    return p ? forms.map((f): [string, GazetteerPerson] => [f, p]) : [];
  }),
  ...ZH_ONLY_PEOPLE.flatMap(({ zh, ...p }) => zh.map((f): [string, GazetteerPerson] => [f, p])),
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
  for (const m of text.matchAll(FORMS_RE)) {
    const form = m[0];
    const at = m.index;
    // A transliteration inside a longer one («穆罕别托夫» in «努尔穆罕别托夫») is another person's name.
    if (isTranslit(form[0]) && (isTranslit(text[at - 1]) || continuesName(text, at + form.length))) continue;
    const person = FORM_PERSON.get(form);
    if (person) hits.push({ person, at, end: at + form.length });
  }
  return hits;
}

/** Every form in one pattern, longest first: one scan of a sentence, a longer form winning where both start. */
const FORMS_RE = new RegExp(
  ZH_PEOPLE.map(([form]) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);
const FORM_PERSON = new Map<string, GazetteerPerson>();
for (const [form, person] of ZH_PEOPLE) if (!FORM_PERSON.has(form)) FORM_PERSON.set(form, person);

const STOPS = new Set(NAME_STOPS_ZH);
const ENDS = new Set(NAME_ENDS_ZH);
const SURNAMES = new Set(SURNAMES_ZH);
const HAN = /[\u4e00-\u9fff]/;

/**
 * The Han name written right after a title, at `from`: two or three characters (four with a two-character
 * surname), ending before a verb or particle. Null when what follows is no plausible name.
 */
export function nameAfter(text: string, from: number): string | null {
  let end = from;
  while (end < text.length && HAN.test(text[end] as string) && end - from < 4) {
    if (end - from >= 2 && (STOPS.has(text[end] as string) || ENDS.has(text[end] as string))) break;
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
