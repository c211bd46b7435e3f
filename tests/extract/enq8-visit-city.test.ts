import { describe, expect, it } from 'vitest';
import { resolveLocation } from '../../shared/extract/location.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** Paragraphs, one sentence each (sentences written for these tests). */
const paras = (...texts: string[]): Sentence[] =>
  texts.map((text, i) => ({ text, para: i, zone: i < 2 ? 'lead' : 'body' }));

describe('a visit to a country whose body names a city of it', () => {
  it('takes the city the body names over the implied capital (ru)', () => {
    const s = paras(
      'Аким Костанайской области с делегацией посетил Китайскую Народную Республику.',
      'Цель поездки - привлечение инвестиций в регион.',
      'На переговорах в Харбине подписаны три соглашения.',
    );
    expect(resolveLocation(s, 'visit', { outlet: 'Example' })).toBe('Harbin');
  });

  it('takes the city of a later part of the trip (en)', () => {
    const s = paras(
      'The Kazakh Minister of Trade arrived in China on a working visit.',
      'Talks with the Chinese commerce minister are planned.',
      'In Guangzhou the minister will also open a trade fair.',
    );
    expect(resolveLocation(s, 'visit', { outlet: 'Example' })).toBe('Guangzhou');
  });

  it('keeps the capital when the body names only a city of another country', () => {
    const s = paras(
      'The Kazakh Minister of Trade arrived in China on a working visit.',
      'Last year the minister held talks in Almaty with Chinese investors.',
    );
    expect(resolveLocation(s, 'visit', { outlet: 'Example' })).toBe('Beijing');
  });

  it('reads a Chinese autonomous prefecture as its city', () => {
    const s = paras(
      'Business people of Pavlodar region will travel to Changji Hui Autonomous Prefecture next week.',
    );
    expect(resolveLocation(s, 'visit', { outlet: 'Example' })).toBe('Changji');
  });
});
