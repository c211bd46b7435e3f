import { ZH_NOT_PLACES, ZH_PLACE_FORMS, ZH_REGION_FORMS } from '../extract/gazetteer/places-zh.ts';
import { wordsRegex } from '../extract/lexicon/build.ts';
import { OCCASIONS_EN } from '../extract/lexicon/en/occasions.ts';
import { NOT_OCCASIONS_KK, OCCASIONS_KK } from '../extract/lexicon/kk/occasions.ts';
import { NOT_OCCASIONS_RU, OCCASIONS_RU } from '../extract/lexicon/ru/occasions.ts';
import { OCCASIONS_ZH } from '../extract/lexicon/zh/occasions.ts';
import { placeWordStems } from './place-names.ts';

/**
 * Language-independent content of a report for clustering across scripts: the occasions it names (a
 * condolence, an award, an article: one English key whatever the language, from the `occasions` packs) and,
 * for Chinese text, the places it names as Latin name stems (Chinese has no capitals, so the distinctive
 * names other languages give `names` are missing there). Text similarity only compares two texts of one
 * language; these meet across all of them.
 */

/** One pattern per occasion key, every language's forms together (a report may quote another script). */
const OCCASION_PATTERNS: Array<[key: string, pattern: RegExp]> = (() => {
  const keys = new Set(
    [OCCASIONS_EN, OCCASIONS_RU, OCCASIONS_KK, OCCASIONS_ZH].flatMap((p) => Object.keys(p)),
  );
  return [...keys]
    .sort()
    .map((k): [string, RegExp] => [
      k,
      wordsRegex([
        ...(OCCASIONS_EN[k] ?? []),
        ...(OCCASIONS_RU[k] ?? []),
        ...(OCCASIONS_KK[k] ?? []),
        ...(OCCASIONS_ZH[k] ?? []),
      ]),
    ]);
})();

/**
 * The Telegram messenger, not a telegram sent: «в Telegram-канале», "on his Telegram channel", «Telegram
 * арнасында», "via Telegram". The English forms of `telegram` meet every script, so a channel a report cites
 * would read as a message of condolence or congratulation and set it apart from the meeting it relays.
 */
const MESSENGER =
  /Telegram(?:[-‑ ]?(?:канал|channel|арна|мессенджер|messenger|chat|чат)\p{L}*)|(?<=(?:^|[^\p{L}])(?:в|во|через|in|on|via|through|на)\s+)Telegram(?!\p{L})/gu;

/** Phrases that hold an occasion's word without naming the occasion (a slogan, an era), blanked before reading. */
const NOT_OCCASIONS = wordsRegex([...NOT_OCCASIONS_KK, ...NOT_OCCASIONS_RU], { global: true });

/** The occasion keys a text names, sorted. */
export function occasionsOf(text: string): string[] {
  const t = (text.includes('Telegram') ? text.replace(MESSENGER, ' ') : text).replace(NOT_OCCASIONS, ' ');
  const out: string[] = [];
  for (const [key, pattern] of OCCASION_PATTERNS) if (pattern.test(t)) out.push(key);
  return out;
}

/**
 * Occasion keys of which one happening names one only: the disaster a message mourns is an earthquake or a
 * flood or a crash, not two of them; the institution a ceremony opens is a consulate or a culture centre.
 * Two reports that each name a member of one family, and no member in common, tell of two happenings however
 * much else they share (a condolence telegram to the same leader; "opening" and the same president cutting
 * the ribbon, years apart, in reports that give no date).
 */
export const EXCLUSIVE_OCCASIONS: readonly (readonly string[])[] = [
  ['air_crash', 'earthquake', 'explosion', 'flood'],
  ['consulate', 'culture_centre'],
];

/**
 * Whether two sorted occasion lists name different members of one exclusive family and none in common
 * (see EXCLUSIVE_OCCASIONS): then the shared generic occasions (condolence, telegram) say nothing.
 */
export function occasionsClash(a: readonly string[], b: readonly string[]): boolean {
  for (const family of EXCLUSIVE_OCCASIONS) {
    const x = family.filter((k) => a.includes(k));
    const y = family.filter((k) => b.includes(k));
    if (x.length > 0 && y.length > 0 && !x.some((k) => y.includes(k))) return true;
  }
  return false;
}

const HAN = /\p{Script=Han}/u;

/** Han place forms with the Latin name stem of their place, longest form first (built once). */
const HAN_PLACES: Array<[form: string, stems: string[]]> = Object.entries({
  ...ZH_PLACE_FORMS,
  ...ZH_REGION_FORMS,
})
  .flatMap(([name, forms]) => {
    const stems = placeWordStems(name);
    return forms.map((f): [string, string[]] => [f, stems]);
  })
  .sort((a, b) => b[0].length - a[0].length);

/**
 * The places a Chinese text names, as the Latin name stems `names` holds for other languages (so «甘肃» and
 * "Gansu" and «Ганьсу» meet). Empty for a text without Han characters.
 */
export function hanPlaceStems(text: string): string[] {
  if (!HAN.test(text)) return [];
  // names that hold a place's form without naming the place («上海合作组织» is the SCO, not Shanghai)
  let t = text;
  for (const phrase of ZH_NOT_PLACES) if (t.includes(phrase)) t = t.split(phrase).join(' ');
  const out = new Set<string>();
  for (const [form, stems] of HAN_PLACES) if (t.includes(form)) for (const s of stems) out.add(s);
  return [...out];
}
