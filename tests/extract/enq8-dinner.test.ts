import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** One article of our own (sentences written for these tests). */
const article = (lang: string, title: string, text: string) =>
  extractArticle({
    id: 't',
    url: null,
    outlet: 'Example',
    published: '2024-05-07',
    lang,
    title,
    text,
  } as never);

describe('a dinner or private reception of the two leaders', () => {
  it('is a bilateral meeting (en)', () => {
    const r = article(
      'en',
      'Xi hosts dinner for Tokayev',
      'Chinese leader Xi Jinping and Kazakh leader Kassym-Jomart Tokayev spent the evening together in Beijing, a source said.',
    );
    expect(r.relevant).toBe(true);
    expect(r.event?.kind).toBe('meeting');
  });

  it('makes the report relevant (ru)', () => {
    const r = article(
      'ru',
      'Си Цзиньпин пригласил Токаева на личный приём',
      'Вечер прошел в Пекине в теплой обстановке, рассказал источник.',
    );
    expect(r.relevant).toBe(true);
  });

  it('reads an informal dinner of the two as a meeting (ru)', () => {
    const r = article(
      'ru',
      'Лидеры поужинали вместе',
      'Президент Казахстана Касым-Жомарт Токаев и Председатель КНР Си Цзиньпин провели неформальный ужин в Сиане.',
    );
    expect(r.event?.kind).toBe('meeting');
  });
});
