import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Sentences written for these tests in the style of Kazakh outlets; the figures are invented. */
const lead = 'Қасым-Жомарт Тоқаев ҚХР Төрағасы Си Цзиньпинмен келіссөз жүргізді. ';
const extract = (text: string) =>
  extractArticle({ id: 'k', lang: 'kk', published: '2024-03-10', text: lead + text });
const figures = (text: string) => extract(text).event?.figures.map((f) => [f.metric, f.value, f.unit]);
const agreements = (text: string) => extract(text).event?.agreements.map((a) => `${a.docType}/${a.status}`);

describe('Kazakh counts and scale words', () => {
  it('reads «мың» after digits and after spelled-out numbers, with the unit counted', () => {
    expect(figures('Қазақстанда қытай капиталы бар 4 мың компания жұмыс істейді.')).toEqual([
      ['other', 4000, 'companies'],
    ]);
    expect(figures('Қытай капиталы қатысатын үш мыңға жуық кәсіпорын тіркелген.')).toEqual([
      ['other', 3000, 'companies'],
    ]);
    expect(figures('Биыл Қытайға 730 мың тонна астық жөнелтілді.')).toEqual([['other', 730000, 'tonnes']]);
  });

  it('adds what follows the thousands («5 мың 300», «екі мың бес жүз») and reads «млн», spaced digits', () => {
    expect(figures('Елімізде қытай капиталының қатысуымен 5 мың 300 компания тіркелген.')).toEqual([
      ['other', 5300, 'companies'],
    ]);
    expect(figures('Қазір Қытайда екі мың бес жүз қазақстандық студент оқиды.')).toEqual([
      ['other', 2500, 'students'],
    ]);
    expect(figures('Өткен айда Қытайға 1,4 млн тонна бидай экспортталды.')).toEqual([
      ['other', 1400000, 'tonnes'],
    ]);
    expect(figures('Қытайдың жоғары оқу орындарында 14 200 қазақстандық студент білім алуда.')).toEqual([
      ['other', 14200, 'students'],
    ]);
  });

  it('reads a hyphenated case on digits («1200-ден астам»), «бар» counts and a longer description', () => {
    expect(figures('Қазір елімізде 1200-ден астам қытай компаниясы бар.')).toEqual([
      ['other', 1200, 'companies'],
    ]);
    expect(figures('Қазір Қытайда 2 мың қазақстандық студент бар.')).toEqual([['other', 2000, 'students']]);
    expect(figures('Елімізде 3 мыңнан астам қытай капиталы бар кәсіпорын тіркелген.')).toEqual([
      ['other', 3000, 'companies'],
    ]);
    expect(figures('Биыл Қытайға 900 мың тонна мұнай жеткізілді.')).toEqual([['other', 900000, 'tonnes']]);
    expect(figures('2015 жылдан бері қытайлық кәсіпорындар елімізде жаңа зауыттар салды.')).toEqual([]);
  });

  it('leaves a target («2030 жылға қарай») and a growth rate out', () => {
    expect(
      figures(
        '2030 жылға қарай екі ел арасындағы жүк тасымалы 40 миллион тоннаға жетеді. Тауар айналымы 9 пайызға өсті.',
      ),
    ).toEqual([]);
  });
});

describe('Kazakh signings to come', () => {
  it('reads «қол қоюды жоспарлап отыр» and «қол қойылмақшы» as planned', () => {
    expect(agreements('Тараптар көлік туралы келісімге қол қоюды жоспарлап отыр.')).toEqual([
      'agreement/planned',
    ]);
    expect(agreements('Алдағы уақытта су ресурстары жөніндегі хаттамаға қол қойылмақшы.')).toEqual([
      'protocol/planned',
    ]);
  });

  it('reads an adopted joint statement («бірлескен мәлімдеме қабылдады») as signed', () => {
    expect(agreements('Келіссөз қорытындысында тараптар бірлескен мәлімдеме қабылдады.')).toEqual([
      'joint_statement/signed',
    ]);
  });
});

describe('Kazakh signings concluded or held as a ceremony', () => {
  it('reads «келісім жасасты» as signed and «келісім-шарт» as a contract', () => {
    expect(agreements('Тараптар су ресурстары саласындағы ынтымақтастық туралы келісім жасасты.')).toEqual([
      'agreement/signed',
    ]);
    expect(
      agreements(
        'Кездесуде теміржол компаниялары арасында жүк тасымалы жөніндегі келісім-шартқа қол қойылды.',
      ),
    ).toEqual(['contract/signed']);
  });
});

describe('Kazakh perfect of signing', () => {
  it('reads a sentence-final «қол қойылған» as signed, and not when an earlier year sets it', () => {
    expect(agreements('Кездесу барысында цифрлық сауда туралы меморандумға қол қойылған.')).toEqual([
      'memorandum/signed',
    ]);
    expect(agreements('2016 жылы тараптар цифрлық сауда туралы меморандумға қол қойылған.')).toEqual([]);
    expect(agreements('Тараптар цифрлық сауда туралы келісімге қол қою көзделген.')).toEqual([
      'agreement/planned',
    ]);
  });
});

describe('Kazakh counts with spaced thousands and hyphenated descriptions', () => {
  it('reads «4 700-дей қазақ-қытай бірлескен кәсіпорны» as about 4,700 companies', () => {
    const r = extractArticle({
      id: 'k',
      lang: 'kk',
      published: '2024-05-20',
      text: 'Қасым-Жомарт Тоқаев Си Цзиньпинмен кездесті. Бүгінде елімізде 3 900-дей қазақ-қытай бірлескен кәсіпорны жұмыс істейді.',
    });
    expect(r.event?.figures.map((f) => [f.metric, f.value])).toEqual([['other', 3900]]);
  });
});

describe('Kazakh value of a list of projects', () => {
  const figs = (text: string) =>
    extractArticle({ id: 'k', lang: 'kk', published: '2024-05-20', text: lead + text }).event?.figures.map(
      (f) => [f.metric, f.value],
    );

  it('reads the value of counted projects («… доллар болатын 40 бірлескен жоба») as their portfolio', () => {
    expect(figs('Жалпы құны 12 миллиард доллар болатын 40 бірлескен жоба іске асырылуда.')).toEqual([
      ['project_portfolio', 12_000_000_000],
      ['project_count', 40],
    ]);
  });

  it('keeps one project’s cost out of the portfolio', () => {
    expect(figs('Құны 2 миллиард доллар болатын зауыт жобасы іске қосылды.')?.map((f) => f[0])).not.toContain(
      'project_portfolio',
    );
  });
});
