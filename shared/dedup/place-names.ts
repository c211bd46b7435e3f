import { findPlaces } from '../extract/gazetteer/place-matcher.ts';
import { latinStem } from './stems.ts';

/**
 * Places a text names, as language-free keys: the Latin stems of the gazetteer's English name of each place
 * found (any script, any case form: «Синьцзян-Уйгурского», «Шыңжаң», "XUAR" → `xinji`), so that two
 * reports in different languages meet on the places they name. A capitalised word's own transliteration
 * (`distinctiveTokens`) only meets where exonyms agree; «Пекин» and "Beijing", «Урумчи» and "Urumqi" do not.
 */

/** Words of place names that name no place ("East Kazakhstan Region" is told apart by "East"). */
const GENERIC = new Set(['region', 'prefecture', 'city', 'oblast']);

/** Stems of each canonical place name, built on first use (a few hundred places recur in every report). */
const stemsOfName = new Map<string, readonly string[]>();

/** The Latin stems of a canonical place name: its words of three letters or more, generic words left out. */
export function placeWordStems(name: string): string[] {
  let known = stemsOfName.get(name);
  if (!known) {
    known = name
      .split(/[^\p{L}]+/u)
      .filter((w) => !GENERIC.has(w.toLowerCase()))
      .map((w) => latinStem(w, 5))
      .filter((s) => s.length >= 3);
    stemsOfName.set(name, known);
  }
  return [...known];
}

/** Cyrillic letters: Russian and Kazakh exonyms are what `distinctiveTokens` cannot meet in English. */
const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * The stems of the English names of the gazetteer places a Cyrillic text names (unique, in first-seen
 * order). A Latin text's capitalised place names are these stems already (Chinese ones are read by
 * `hanPlaceStems`), so only Russian and Kazakh texts pay for the look-up.
 */
export function placeNameStems(text: string): string[] {
  if (!CYRILLIC.test(text)) return [];
  const out = new Set<string>();
  for (const hit of findPlaces(text)) for (const s of placeWordStems(hit.place.name)) out.add(s);
  return [...out];
}
