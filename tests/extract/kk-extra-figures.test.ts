import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Sentences written for these tests in the style of Kazakh outlets; real officials, invented figures. */
const MEETING = 'Астанада Премьер-Министр Олжас Бектенов ҚХР Вице-премьері Дин Сюэсянмен кездесті.';
const figures = (text: string) =>
  extractArticle({
    id: 'k',
    lang: 'kk',
    published: '2024-06-12',
    text: `${MEETING} ${text}`,
  }).event?.figures.map((f) => [f.metric, f.value, f.unit]);

describe('Kazakh money figures (issue 19)', () => {
  it('reads «АҚШ доллары» and «теңге» with their case endings as currencies', () => {
    expect(figures('Бірінші кезеңде қытайлық компания 420 миллион АҚШ долларын инвестициялайды.')).toEqual([
      ['investment', 420000000, 'USD'],
    ]);
    expect(
      figures('Қытайлық серіктестер аудан кәсіпорындарына 75 миллиард теңгеден астам қаржы салды.'),
    ).toEqual([['investment', 75000000000, 'KZT']]);
  });

  it('reads the noun after a sum with a decimal comma («12,6 млн. АҚШ доллары болатын зауыт»)', () => {
    expect(
      figures('Қытай компаниясымен бірлесіп құны 12,6 млн. АҚШ доллары болатын кірпіш зауыты салынды.'),
    ).toEqual([['investment', 12600000, 'USD']]);
    expect(figures('Осы күні құны 3,2 миллиард доллар болатын 18 бірлескен жоба жүзеге асуда.')).toEqual([
      ['project_portfolio', 3200000000, 'USD'],
      ['project_count', 18, 'projects'],
    ]);
  });

  it('makes a sum after «құны» an investment when the sentence names a plant, and «млн. тонна» no money', () => {
    expect(
      figures(
        'Қытайлық компанияның қатысуымен құны 45,5 млн. АҚШ доллары, қуаттылығы жылына 2 млн. тонна цемент өндіретін зауыт ашылды.',
      ),
    ).toEqual([['investment', 45500000, 'USD']]);
  });

  it('reads a count after its noun and «саны» («кәсіпорындар саны 3 мың 200-ден асады»)', () => {
    expect(figures('Елімізде қытай капиталы бар кәсіпорындар саны 3 мың 200-ден асады.')).toEqual([
      ['other', 3200, 'companies'],
    ]);
    expect(figures('Қытайдағы кәсіпорындар саны өсті.')).toEqual([]);
  });
});
