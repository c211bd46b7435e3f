/**
 * Patterns for places, generated from the gazetteer: no rule module pastes a city regex of its own. Russian
 * case forms and Kazakh suffixes are generated from each Cyrillic alias, so «Пекине», «Астаной», «Бейжіңде»
 * and «Алматыдағы» match without being listed, while «семейный» does not match «Семей».
 */
import { alternation, fragment, WB_END, WB_START } from '../lexicon/build.ts';
import type { Place } from './place-types.ts';
import { PLACES } from './places.ts';

/** Russian endings by the nominative's last letter (the letter itself is replaced). */
const RU_A = ['а', 'я', 'ы', 'и', 'е', 'у', 'ю', 'ой', 'ей', 'ою'];
const RU_SOFT = ['ь', 'й', 'и', 'я', 'ю', 'е', 'ем', 'ём', 'ью'];
/** Endings after a final consonant (kept): Ташкента, Пекином, Шымкенте. */
const RU_HARD = ['а', 'у', 'е', 'ом', 'ем', 'ы'];
/** Kazakh case and derivation suffixes (both vowel harmonies), optionally chained with -ғы/-гі. */
const KK = [
  'да',
  'де',
  'та',
  'те',
  'ға',
  'ге',
  'қа',
  'ке',
  'на',
  'не',
  'а',
  'е',
  'ны',
  'ні',
  'ды',
  'ді',
  'ты',
  'ті',
  'дан',
  'ден',
  'тан',
  'тен',
  'нан',
  'нен',
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'мен',
  'пен',
  'бен',
  'лық',
  'лік',
  'дық',
  'дік',
  'тық',
  'тік',
];
const KK_TAIL = ['ғы', 'гі', 'қы', 'кі'];

const CYR = /[а-яёәғқңөұүһі]/i;
const opt = (xs: readonly string[], upper: boolean): string =>
  alternation(upper ? xs.map((x) => x.toUpperCase()) : xs);

/** A Cyrillic alias with its case forms, as a regex source (no boundaries). */
function cyrForms(alias: string, upper: boolean): string {
  const a = upper ? alias.toUpperCase() : alias;
  const last = alias.at(-1)?.toLowerCase() ?? '';
  const kk = `(?:${opt(KK, upper)}${opt(KK_TAIL, upper)}?)?`;
  if (last === 'а' || last === 'я') return `${fragment(a.slice(0, -1))}${opt(RU_A, upper)}${kk}`;
  if (last === 'ь' || last === 'й') return `${fragment(a.slice(0, -1))}${opt(RU_SOFT, upper)}${kk}`;
  if (/[бвгджзклмнпрстфхцчшщңғқ]/.test(last)) return `${fragment(a)}${opt(RU_HARD, upper)}?${kk}`;
  // Vowel endings (Алматы, Актау, Чэнду, Токио) do not decline in Russian; Kazakh still adds suffixes.
  return `${fragment(a)}${kk}`;
}

/** A Latin alias, as written or in capitals (datelines), with a possessive allowed by the boundary. */
function latinForms(alias: string, upper: boolean): string {
  return fragment(upper ? alias.toUpperCase() : alias);
}

/**
 * Regex source matching a place's names, case-sensitively as written or in capitals (so "Oral" is a city and
 * "oral" is not), and its adjectives case-insensitively in any case (handled by listing both casings).
 */
function placeSource(p: Place): string[] {
  const out: string[] = [];
  for (const a of p.aliases) {
    const forms = CYR.test(a) ? cyrForms : latinForms;
    out.push(forms(a, false), forms(a, true));
  }
  for (const adj of p.adjectives ?? []) {
    const cap = adj.charAt(0).toUpperCase() + adj.slice(1);
    out.push(fragment(adj), fragment(cap), fragment(adj.toUpperCase()));
  }
  return out;
}

/**
 * One regex for the places that pass `filter` (e.g. all Kazakh places), whole words only, built once by the
 * caller at module load. Add `global` for counting with matchAll.
 */
export function placesRegex(filter: (p: Place) => boolean, opts: { global?: boolean } = {}): RegExp {
  const sources = PLACES.filter(filter)
    .flatMap(placeSource)
    .sort((a, b) => b.length - a.length);
  const body = sources.length > 0 ? sources.join('|') : '(?!)';
  return new RegExp(`${WB_START}(?:${body})${WB_END}`, `u${opts.global ? 'g' : ''}`);
}
