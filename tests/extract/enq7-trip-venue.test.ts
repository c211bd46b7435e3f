import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { resolveLocation } from '../../shared/extract/location.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** Paragraphs, one sentence each (sentences written for these tests). */
const paras = (...texts: string[]): Sentence[] =>
  texts.map((text, i) => ({ text, para: i, zone: i < 2 ? 'lead' : 'body' }));

describe('a meeting told within a trip', () => {
  it('takes the city the trip went to when the meeting sentence names none (ru)', () => {
    const s = paras(
      'Аким Павлодарской области встретился с губернатором провинции Ганьсу.',
      'Стороны обсудили поставки зерна и логистику.',
      'Аким региона посетил с рабочим визитом город Ланьчжоу, центр провинции Ганьсу.',
    );
    expect(resolveLocation(s, 'meeting', { outlet: 'Example' })).toBe('Lanzhou');
  });

  it('takes the city the trip went to when the meeting sentence names none (en)', () => {
    const s = paras(
      'The akim of Kostanay region met the governor of Heilongjiang province.',
      'They talked about grain exports.',
      'The akim visited the city of Harbin on a working trip.',
    );
    expect(resolveLocation(s, 'meeting', { outlet: 'Example' })).toBe('Harbin');
  });

  it('keeps the venue of the meeting sentence over the trip', () => {
    const s = paras(
      'The akim of Kostanay region and the Heilongjiang governor held talks in Harbin on Monday.',
      'Earlier the delegation visited the city of Daqing.',
    );
    expect(resolveLocation(s, 'meeting', { outlet: 'Example' })).toBe('Harbin');
  });

  it('does not take a trip still to come', () => {
    const s = paras(
      'The akim of Kostanay region met the Chinese consul general.',
      'The akim will visit the city of Harbin next month.',
    );
    expect(resolveLocation(s, 'meeting', { outlet: 'Example' })).toBeNull();
  });
});

describe('photo credits are not the lead', () => {
  it('skips a credit line naming a foreign site before the lead (relevance, place)', () => {
    const text = [
      'Фото с сайта english.example.ru, фото - Новости Example от 03.05.2019 10:15',
      'Аким Туркестанской области встретился с губернатором провинции Цзянсу господином Ли Ганом.',
      'Аким Туркестанской области посетил с рабочим визитом город Нанкин. Стороны обсудили сотрудничество регионов.',
    ].join('\n\n');
    const r = extractArticle({
      id: 't1',
      lang: 'ru',
      title: 'Аким Туркестанской области побывал с рабочим визитом в китайской провинции Цзянсу',
      published: '2019-05-03',
      text,
    });
    expect(r.relevant).toBe(true);
    expect(r.event?.location).toBe('Nanjing');
  });
});
