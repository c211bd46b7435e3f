import { describe, expect, it } from 'vitest';
import {
  CAPITALS,
  CITIES,
  canonicalCity,
  lookupPlace,
  PLACES,
  placesRegex,
} from '../../shared/extract/gazetteer/index.ts';
import { findPlaces } from '../../shared/extract/gazetteer/place-matcher.ts';

const kz = placesRegex((p) => p.country === 'KZ', { global: true });
const cn = placesRegex((p) => p.country === 'CN', { global: true });
const hits = (re: RegExp, t: string) => [...t.matchAll(re)].map((m) => m[0]);

describe('gazetteer of places', () => {
  it('maps every alias and case form to the canonical English city', () => {
    expect(canonicalCity('Nur-Sultan')).toBe('Astana');
    expect(canonicalCity('Нур-Султане')).toBe('Astana');
    expect(canonicalCity('Астаной')).toBe('Astana');
    expect(canonicalCity('Alma-Ata')).toBe('Almaty');
    expect(canonicalCity('Алматыдағы')).toBe('Almaty');
    expect(canonicalCity('Peking')).toBe('Beijing');
    expect(canonicalCity('Бейжіңде')).toBe('Beijing');
    expect(canonicalCity('Ürümqi')).toBe('Urumqi');
    expect(canonicalCity('Xi’an')).toBe("Xi'an");
    expect(canonicalCity('Самарканде')).toBe('Samarkand');
  });

  it('knows regions but does not call them cities', () => {
    expect(lookupPlace('Синьцзяне')).toMatchObject({ name: 'Xinjiang', country: 'CN', kind: 'region' });
    expect(canonicalCity('Xinjiang')).toBeNull();
    expect(canonicalCity('Springfield')).toBeNull();
  });

  it('keeps the exports other rules read: CITIES with their variants, capitals of both sides', () => {
    const astana = CITIES.find((c) => c.name === 'Astana');
    expect(astana?.variants).toEqual(expect.arrayContaining(['Astana', 'Nur-Sultan', 'Астане', 'Акорда']));
    expect(CITIES.some((c) => c.name === 'Xinjiang')).toBe(false);
    expect(CAPITALS.KZ).toBe('Astana');
    expect(CAPITALS.CN).toBe('Beijing');
    // One entry per canonical name: the clusterer folds on it.
    expect(new Set(PLACES.map((p) => p.name)).size).toBe(PLACES.length);
  });
});

describe('place finder generated from the gazetteer', () => {
  it('finds every alias of every place as that place', () => {
    for (const p of PLACES) {
      for (const a of p.aliases) {
        expect(lookupPlace(a), a).toBe(p);
        expect(
          findPlaces(`Встреча в ${a} прошла.`).map((h) => h.place.name),
          a,
        ).toEqual([p.name]);
      }
    }
  });

  it('finds names in case forms and counts a name of several words once', () => {
    expect(
      findPlaces('В Нур-Султане, потом в Санкт-Петербурге и Уфе; then St. Petersburg.').map((h) => h.text),
    ).toEqual(['Нур-Султане', 'Санкт-Петербурге', 'Уфе', 'St. Petersburg']);
    expect(findPlaces('oral talks and семейный бизнес')).toEqual([]);
  });
});

describe('place patterns generated from the gazetteer', () => {
  it('matches Russian case forms and Kazakh suffixes without listing them', () => {
    expect(hits(kz, 'Переговоры в Петропавловске и Шымкенте, затем в Астане')).toEqual([
      'Петропавловске',
      'Шымкенте',
      'Астане',
    ]);
    expect(hits(cn, 'Делегация Бейжіңде және Үрімжіде болды, потом в Пекине')).toEqual([
      'Бейжіңде',
      'Үрімжіде',
      'Пекине',
    ]);
    expect(hits(kz, 'Алматыдағы форум')).toEqual(['Алматыдағы']);
  });

  it('matches region adjectives but not words that merely start like a city', () => {
    expect(hits(kz, 'аким Карагандинской области')).toEqual(['Карагандинской']);
    expect(hits(kz, 'семейный бизнес, семейная пара')).toEqual([]);
    expect(hits(kz, 'в Семее')).toEqual(['Семее']);
  });

  it('reads Latin names as written or in capitals, not as lower-case words', () => {
    expect(hits(kz, 'Petropavlovsk, PETROPAVLOVSK and Oral')).toEqual([
      'Petropavlovsk',
      'PETROPAVLOVSK',
      'Oral',
    ]);
    expect(hits(kz, 'an oral agreement')).toEqual([]);
    expect(hits(cn, "Kazakhstan's consulate in Ürümqi and Xi'an")).toEqual(['Ürümqi', "Xi'an"]);
  });
});
