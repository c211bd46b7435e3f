import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { capitaliseAcronyms } from '../../shared/extract/kk-arabic-names.ts';

/** Sentences written for these tests (Kazakh agency style); names of real officials, invented occasions. */
const extract = (text: string, title?: string) =>
  extractArticle({ id: 'k', lang: 'kk', published: '2025-03-12', text, ...(title ? { title } : {}) });
const names = (r: ReturnType<typeof extract>) => r.event?.participants.map((p) => p.name).sort();

describe('Kazakh kind and speakers (round 8)', () => {
  it('reads a surname built on «сапар» (Сапаров) as a name, not a trip; a press comment is a statement', () => {
    const r = extract(
      'АСТАНА. Ауыл шаруашылығы министрі Айдарбек Сапаров Мәжілістегі жиыннан кейін журналистерге Қытайға жөнелтілетін бидай туралы түсініктеме берді.',
      'Қазақ бидайы Қытай нарығында',
    );
    expect(r.event?.kind).toBe('statement');
    expect(names(r)).toContain('Aidarbek Saparov');
  });

  it('takes a second official who clarifies («… нақтылады») as a speaker of the briefing', () => {
    const r = extract(
      'Ауыл шаруашылығы министрі Айдарбек Сапаров брифингте Қытай нарығына ет экспорты туралы түсініктеме берді. Вице-министр Ермек Кенжеханұлы екі елдің ветеринарлық талаптары келісілгенін нақтылады.',
    );
    expect(names(r)).toEqual(['Aidarbek Saparov', 'Yermek Kenzhekhanuly']);
  });

  it('reads «артып келеді» (keeps growing) as duration, not a visit to come; words made known at a meeting give a meeting', () => {
    const r = extract(
      'ҮРІМЖІ. Қытайға сапарлап баратын қазақстандық туристер саны жыл сайын артып келеді. Бұл туралы Шыңжаң үкіметі өкілдерінің Жетісу облысының делегациясымен кездесу барысында мәлім болды.',
      'Шыңжаң мен Жетісу туризмді дамытпақ',
    );
    expect(r.event?.kind).toBe('meeting');
  });

  it('keeps a visit to come a preview («сапармен келеді»)', () => {
    const r = extract('ҚХР Төрағасы Си Цзиньпин келесі аптада Астанаға мемлекеттік сапармен келеді.');
    expect(r.event?.kind).toBe('visit');
  });
});

describe('Kazakh signing during a business trip', () => {
  it('reads documents a delegation signed «іссапар барысында» as the visit, its later talks as items of it', () => {
    const r = extract(
      'Түркістан облысының делегациясы Шанхайға екі күндік іссапар барысында 9 жобаны қамтитын меморандумдарға қол қойды. Сапар барысында делегация мүшелері жергілікті компаниялармен келіссөздер жүргізді.',
      'Түркістан делегациясы Шанхайда',
    );
    expect(r.event?.kind).toBe('visit');
  });
});

describe('Kazakh Arabic script (töte) acronyms', () => {
  it('gives known acronyms their capitals after conversion, not words that only begin like one', () => {
    expect(
      capitaliseAcronyms('қазақстанның қхр-дағы елшілігі тмд елдерінің өкілдерін қрым туралы хабардар етті'),
    ).toBe('қазақстанның ҚХР-дағы елшілігі ТМД елдерінің өкілдерін қрым туралы хабардар етті');
  });
});
