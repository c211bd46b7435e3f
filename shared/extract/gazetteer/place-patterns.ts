/**
 * Patterns for places, generated from the gazetteer: no rule module pastes a city regex of its own. Russian
 * case forms and Kazakh suffixes are generated from each Cyrillic alias, so «Пекине», «Астаной», «Бейжіңде»
 * and «Алматыдағы» match without being listed, while «семейный» does not match «Семей».
 */
import { alternation, fragment, WB_END, WB_START } from '../lexicon/build.ts';
import { declension, KK, KK_TAIL } from './place-forms.ts';
import type { Place } from './place-types.ts';
import { PLACES } from './places.ts';

const opt = (xs: readonly string[], upper: boolean): string =>
  alternation(upper ? xs.map((x) => x.toUpperCase()) : xs);

/** A Cyrillic alias with its case forms, as a regex source (no boundaries). */
function cyrForms(alias: string, upper: boolean): string {
  const d = declension(alias);
  if (!d) return fragment(upper ? alias.toUpperCase() : alias);
  const stem = fragment(upper ? d.stem.toUpperCase() : d.stem);
  const ru = d.ru.length === 0 ? '' : `${opt(d.ru, upper)}${d.bare ? '?' : ''}`;
  return `${stem}${ru}(?:${opt(KK, upper)}${opt(KK_TAIL, upper)}?)?`;
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
    const forms = declension(a) ? cyrForms : latinForms;
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
