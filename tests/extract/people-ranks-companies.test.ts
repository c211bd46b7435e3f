import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { quotedRanges } from '../../shared/extract/participation-quotes.ts';
import { roleBefore } from '../../shared/extract/roles.ts';
import { buildDoc } from '../../shared/extract/sentences.ts';

/** Participants (name, English role, side) of a text written for these tests. */
function people(text: string, lang: 'en' | 'ru') {
  const r = extractArticle({ id: 't', text, lang, published: '2025-03-04' });
  return {
    part: r.event?.participants.map((p) => [p.name, p.role, p.country]) ?? [],
    mentioned: r.event?.mentioned.map((p) => p.name) ?? [],
  };
}

describe('military ranks between a post and a name', () => {
  it('reads a Russian name after «министр обороны генерал-лейтенант …» in any case form', () => {
    const r = people(
      'АСТАНА, 4 марта. Состоялась встреча министра обороны генерал-лейтенанта Арслана Темирбекова с Послом КНР в Казахстане Ли Вэнем. Обсуждено казахстанско-китайское военное сотрудничество.',
      'ru',
    );
    expect(r.part.map((p) => p[0])).toContain('Arslan Temirbekov');
    expect(r.part.find((p) => p[0] === 'Arslan Temirbekov')?.[1]).toBe('Minister of Defence');
  });

  it('reads both chiefs of staff, ranks and forces being part of each post', () => {
    const r = people(
      'ПЕКИН, 4 марта. Начальник Генерального штаба Вооруженных сил РК генерал-майор Болат Сарсенбаев провел переговоры с командующим Сухопутными войсками НОАК генерал-полковником Гао Миньцзе. Стороны обсудили казахстанско-китайские учения.',
      'ru',
    );
    expect(r.part).toEqual(
      expect.arrayContaining([
        ['Bolat Sarsenbayev', 'Chief of the General Staff', 'KZ'],
        ['Gao Minjie', 'Commander', 'CN'],
      ]),
    );
  });

  it('keeps a rank out of an English name ("Forces Major" is nobody)', () => {
    const r = people(
      'BEIJING, March 4. Chief of the General Staff of the Armed Forces Major General Bolat Sarsenbayev held talks in Beijing on Tuesday on Kazakhstan-China military cooperation.',
      'en',
    );
    expect(r.part.map((p) => p[0])).toEqual(['Bolat Sarsenbayev']);
  });

  it('keeps surnames that begin with a rank word', () => {
    const r = people(
      'АСТАНА, 4 марта. Аким Павлодарской области Сергей Майоров встретился с вице-губернатором провинции Ганьсу Чжан Ли. Обсуждено казахстанско-китайское сотрудничество.',
      'ru',
    );
    expect(r.part.map((p) => p[0])).toContain('Sergey Mayorov');
  });
});

describe('company names in nested quotes', () => {
  const text =
    'Председатель правления АО «НК «Темир жолы» Ерлан Садыков провел переговоры с гендиректором компании «Синь Тун» Ма Цзюнем.';

  it('reads the role over the nested company name and the side from it', () => {
    expect(roleBefore('Председатель правления АО "НК "Казахстан темир жолы" ', 'ru')).toEqual({
      raw: 'Председатель правления АО "НК "Казахстан темир жолы"',
      country: 'KZ',
    });
  });

  it('closes the quote of a legal form and its nested name with one mark', () => {
    const s = buildDoc(null, text).sentences;
    const ranges = quotedRanges(s)[0] ?? [];
    const nameAt = s[0]?.text.indexOf('Ерлан') ?? -1;
    expect(ranges.some(([a, b]) => a <= nameAt && nameAt < b)).toBe(false);
  });

  it('makes both heads of companies participants of the talks', () => {
    const r = people(
      `АСТАНА, 4 марта. ${text} Стороны обсудили казахстанско-китайские грузоперевозки.`,
      'ru',
    );
    expect(r.part.map((p) => p[0])).toEqual(expect.arrayContaining(['Yerlan Sadykov', 'Ma Jun']));
    expect(r.mentioned).not.toContain('Ma Jun');
  });
});
