import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../shared/extract/gazetteer/place-matcher.ts';

const found = (t: string) => findPlaces(t).map((h) => `${h.text}@${h.index}`);

describe('findPlaces: word starts, stems and endings', () => {
  it('finds a name only where a word starts, and a Latin name only whole', () => {
    expect(found('Talks in Almaty and Urumqi.')).toEqual(['Almaty@9', 'Urumqi@20']);
    expect(found('The Almatyfest and preAlmaty ran.')).toEqual([]);
    expect(found('A pre-Almaty plan.')).toEqual(['Almaty@6']);
  });

  it('cuts a Russian ending of up to nine letters, the longest stem first', () => {
    expect(found('Встреча в Астане и Шымкенте.')).toEqual(['Астане@10', 'Шымкенте@19']);
    expect(found('Астаныыыыыыыыыыыы')).toEqual([]);
  });

  it('needs a capital letter for a name, none for an adjective', () => {
    expect(found('oral talks')).toEqual([]);
    expect(found('In Oral the talks went on.')).toEqual(['Oral@3']);
  });

  it('reads the same with the lower case given by the caller', () => {
    const t = 'Делегация из Пекина прибыла в Алматы; then Beijing.';
    expect(findPlaces(t, t.toLowerCase())).toEqual(findPlaces(t));
    expect(found(t)).toEqual(['Пекина@13', 'Алматы@30', 'Beijing@43']);
  });
});
