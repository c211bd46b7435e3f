import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { placeHits } from '../../shared/extract/venues.ts';

/** Names of the participants and the mentioned of an article (texts written for these tests). */
function people(lang: 'en' | 'ru', text: string) {
  const e = extractArticle({ id: 'x', lang, published: '2024-06-06', text }).event;
  return {
    part: (e?.participants ?? []).map((p) => p.name).sort(),
    ment: (e?.mentioned ?? []).map((p) => p.name).sort(),
    loc: e?.location ?? null,
  };
}

describe('a month before the verb sets a sentence in another time', () => {
  it('makes the people of an earlier signing only mentioned (en)', () => {
    const r = people(
      'en',
      [
        'Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev in Astana on Wednesday to discuss trade.',
        'No new documents were signed, although Kazakh Prime Minister Olzhas Bektenov in February signed loan deals in Beijing with Chinese Premier Li Qiang.',
      ].join('\n\n'),
    );
    expect(r.part).toEqual(['Kassym-Jomart Tokayev', 'Xi Jinping']);
    expect(r.ment).toEqual(['Li Qiang', 'Olzhas Bektenov']);
    expect(r.loc).toBe('Astana');
  });

  it('makes the people of an earlier trip only mentioned (ru)', () => {
    const r = people(
      'ru',
      [
        'Президент Казахстана Касым-Жомарт Токаев провел переговоры с Председателем КНР Си Цзиньпином в Астане.',
        'Стороны отметили, что премьер-министр Олжас Бектенов в феврале посетил Пекин, где встретился с премьером Госсовета КНР Ли Цяном.',
      ].join('\n\n'),
    );
    expect(r.part).toEqual(['Kassym-Jomart Tokayev', 'Xi Jinping']);
    expect(r.ment).toContain('Li Qiang');
  });

  it('keeps a month with a day as the event date, not another time', () => {
    const r = people(
      'en',
      'Kazakh Foreign Minister Murat Nurtleu in June 5 talks met Chinese Foreign Minister Wang Yi in Beijing.',
    );
    expect(r.part).toEqual(['Murat Nurtleu', 'Wang Yi']);
  });
});

describe('a weekday after a city is a date, not part of a name', () => {
  it('reads "in Astana Thursday" as the venue', () => {
    expect(placeHits('The two leaders met in Astana Thursday, pledging closer ties.')[0]).toMatchObject({
      city: 'Astana',
      role: 'venue',
    });
    // A proper name that starts with a city stays a name.
    expect(placeHits('He spoke at the Astana International Forum.')).toEqual([]);
  });
});
