import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Sentences written for these tests in the style of Kazakh outlets; real officials, invented occasions. */
const extract = (text: string, title?: string, published: string | null = '2024-06-12') =>
  extractArticle({ id: 'k', lang: 'kk', published: published as string, title, text });

describe('Kazakh event kinds of regional and ministry reports (issue 19)', () => {
  it('tells a led delegation touring companies on a working trip as the visit («бастаған делегация»)', () => {
    const r = extract(
      'Облыс әкімі Ермек Көшербаев бастаған делегация Шыңжаңға іс-сапармен барды. Делегация мүшелері Үрімжідегі бірнеше ірі зауыттың жұмысымен танысты.',
      'Шығыс Қазақстан облысының делегациясы Қытайда келіссөздер жүргізді',
    );
    expect(r.event?.kind).toBe('visit');
  });

  it('keeps a trip whose headline names one meeting that meeting', () => {
    const r = extract(
      'Облыс әкімі Ермек Көшербаев бастаған делегацияның Қытайға жұмыс сапары жалғасуда. Әкім Ганьсу провинциясының губернаторымен кездесті.',
      'Облыс әкімі Ганьсу провинциясының губернаторымен кездесті',
    );
    expect(r.event?.kind).toBe('meeting');
  });

  it('makes the opening ceremony of a centre `other`, not a forum («ашылу рәсіміне қатысты»)', () => {
    const r = extract(
      'Премьер-Министр Олжас Бектенов пен ҚХР Мемлекеттік кеңесінің вице-премьері Дин Сюэсян Астанада Қазақстан-Қытай логистикалық орталығының ашылу рәсіміне қатысты. Орталық екі ел арасындағы жүк тасымалын арттырады.',
    );
    expect(r.event?.kind).toBe('other');
  });

  it('makes a vice minister answering questions at the press centre a statement', () => {
    const r = extract(
      'Орталық коммуникациялар қызметінде вице-министрге Қазақстан мен Қытай арасындағы шекаралас өзендер туралы бірнеше сауал қойылды. Вице-министр Серік Жұманиязов Қытаймен Ертіс өзенінің суын бөлу туралы келіссөздер жалғасып жатқанын айтты.',
    );
    expect(r.event?.kind).toBe('statement');
    expect(r.event?.participants.map((p) => p.name)).toEqual(['Serik Zhumaniyazov']);
  });

  it('dates a report without a page date by its dateline that gives the year', () => {
    const r = extract(
      'Үрімжі, 2024 жылғы 14 мамыр – Премьер-Министрдің орынбасары Серік Жұманғарин Шыңжаң төрағасы Эркин Туниязбен кездесті.',
      undefined,
      null,
    );
    expect(r.event?.eventDate).toBe('2024-05-14');
  });
});
