/**
 * The one gazetteer of places: every city and region the rules know, with its country and its spellings in
 * Latin, Russian and Kazakh. Location, names, roles, relevance and the clusterer all read it from here.
 */
import { KK, KK_TAIL, RU_A, RU_HARD, RU_SOFT } from './place-forms.ts';
import type { Place } from './place-types.ts';
import { CN_PLACES } from './places-cn.ts';
import { CN_PLACES_MORE } from './places-cn-more.ts';
import { KZ_PLACES } from './places-kz.ts';
import { WORLD_PLACES } from './places-world.ts';

export type { Place } from './place-types.ts';

/** A city: English spelling, country, other spellings (Latin and Cyrillic, in any case form's stem). */
export interface City {
  name: string;
  country: string;
  variants: string[];
}

/** Every place: Kazakhstan, China, then third-country capitals and summit hosts. */
export const PLACES: Place[] = [...KZ_PLACES, ...CN_PLACES, ...CN_PLACES_MORE, ...WORLD_PLACES];

/** Cities (capitals included) where Kazakh–Chinese events happen, and third-country summit venues. */
export const CITIES: City[] = PLACES.filter((p) => p.kind !== 'region').map((p) => ({
  name: p.name,
  country: p.country,
  variants: p.aliases,
}));

/** Capitals a visit "to <country>" implies when no city is named. */
export const CAPITALS: Record<string, string> = Object.fromEntries(
  PLACES.filter((p) => p.kind === 'capital').map((p) => [p.country, p.name]),
);

/** Folds a place name for lookup: lower case, no diacritics (Ürümqi), Kazakh letters as Russian, ё as е. */
export function foldPlace(s: string): string {
  return (
    s
      .normalize('NFD')
      // Latin diacritics only: NFD splits Cyrillic й and ё too, which must survive.
      .replace(/([a-z])[\u0300-\u036f]+/gi, '$1')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[’ʼ`]/g, "'")
      .replace(/[ә]/g, 'а')
      .replace(/[ғ]/g, 'г')
      .replace(/[қ]/g, 'к')
      .replace(/[ң]/g, 'н')
      .replace(/[ө]/g, 'о')
      .replace(/[ұү]/g, 'у')
      .replace(/[һ]/g, 'х')
      .replace(/[і]/g, 'и')
      .replace(/ё/g, 'е')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const byAlias = new Map<string, Place>();
for (const p of PLACES) {
  byAlias.set(foldPlace(p.name), p);
  for (const a of p.aliases) if (!byAlias.has(foldPlace(a))) byAlias.set(foldPlace(a), p);
}

/**
 * Endings to strip when a word is not a listed form, longest first, in folded letters: Kazakh suffixes
 * (Алматыдағы, Астананың, Бейжіңде) and Russian case endings (Пекине, Астаной, Ташкентом).
 */
const ENDINGS = [
  ...new Set(
    [...KK.flatMap((k) => [k, ...KK_TAIL.map((t) => k + t)]), ...RU_A, ...RU_SOFT, ...RU_HARD].map(foldPlace),
  ),
].sort((a, b) => b.length - a.length);

/** The place an alias names, in any listed spelling or a case form of one, or undefined. */
export function lookupPlace(alias: string): Place | undefined {
  const f = foldPlace(alias).replace(/'s$/, '');
  const hit = byAlias.get(f);
  if (hit) return hit;
  if (!/[а-я]/.test(f)) return undefined;
  for (const e of ENDINGS) {
    if (!f.endsWith(e) || f.length - e.length < 3) continue;
    const stem = f.slice(0, -e.length);
    // The nominative may end in a vowel or soft sign the case form replaced: Астаной → Астан → Астана.
    for (const nom of [stem, `${stem}а`, `${stem}ь`, `${stem}й`, `${stem}я`]) {
      const p = byAlias.get(nom);
      if (p) return p;
    }
  }
  return undefined;
}

/**
 * The canonical English city name for any alias or case form (Nur-Sultan → Astana, Alma-Ata → Almaty,
 * Peking → Beijing, «Пекине» → Beijing, «Алматыда» → Almaty), or null for unknown names and for regions.
 */
export function canonicalCity(alias: string): string | null {
  const p = lookupPlace(alias);
  return p && p.kind !== 'region' ? p.name : null;
}
