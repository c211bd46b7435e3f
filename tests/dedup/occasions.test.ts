import { describe, expect, it } from 'vitest';
import { reportOf } from '../../shared/dedup/index.ts';
import { hanPlaceStems, occasionsOf } from '../../shared/dedup/occasions.ts';
import { FEATURES, pairFeatures } from '../../shared/dedup/pair.ts';
import { extracted, person } from './fixtures.ts';

describe('occasions: what happened, named in any language', () => {
  it('finds one key for the same occasion in four languages', () => {
    expect(
      occasionsOf('The president sent a telegram of condolences over the earthquake in the north.'),
    ).toEqual(['condolence', 'earthquake', 'telegram']);
    expect(occasionsOf('Глава государства выразил соболезнования в связи с землетрясением.')).toEqual([
      'condolence',
      'earthquake',
    ]);
    expect(occasionsOf('Мемлекет басшысы жер сілкінісіне байланысты көңіл айтты.')).toEqual([
      'condolence',
      'earthquake',
    ]);
    expect(occasionsOf('主席致唁电，对地震遇难者表示深切哀悼。')).toEqual(['condolence', 'earthquake']);
  });

  it('names the opening of a culture centre in four languages', () => {
    expect(occasionsOf('The two leaders opened a cultural centre in the capital.')).toContain(
      'culture_centre',
    );
    expect(occasionsOf('В столице открылся культурный центр страны.')).toContain('culture_centre');
    expect(occasionsOf('Елордада елдің мәдениет орталығы ашылды.')).toContain('culture_centre');
    expect(occasionsOf('该国文化中心在首都揭牌。')).toContain('culture_centre');
  });

  it('keeps to whole words: the Russian verb «стать» is no article, «статью» is', () => {
    expect(occasionsOf('Казахстан может стать транзитным хабом.')).toEqual([]);
    expect(occasionsOf('Министр опубликовал статью в газете.')).toEqual(['article']);
  });

  it('reads Chinese places as Latin name stems, not the SCO as Shanghai', () => {
    expect(hanPlaceStems('双方在阿克托别举行会谈。')).toContain('aktob');
    expect(hanPlaceStems('上海合作组织成员国')).toEqual([]);
    expect(hanPlaceStems('A text in Latin letters about Aktobe')).toEqual([]);
  });
});

describe('occasion features of a pair', () => {
  const tokayev = [person('Kassym-Jomart Tokayev', 'President', 'KZ')];
  const rep = (key: string, lang: string, text: string) =>
    reportOf(extracted({ kind: 'statement', eventDate: null, participants: tokayev }), {
      key,
      published: null,
      lang,
      title: '',
      text,
    });
  const at = (name: (typeof FEATURES)[number]) => FEATURES.indexOf(name);

  it('shares an occasion across scripts and tells two occasions apart', () => {
    const ru = rep('a', 'ru', 'Президент направил телеграмму соболезнования после наводнения.');
    const kk = rep('b', 'kk', 'Президент су тасқынына байланысты көңіл айтты.');
    const article = rep('c', 'kk', 'Президент газетке мақала жариялады.');
    const same = pairFeatures(ru, kk);
    const other = pairFeatures(ru, article);
    expect(same[at('occasionShared')]).toBe(1);
    expect(same[at('occasionDiffer')]).toBe(0);
    expect(other[at('occasionShared')]).toBe(0);
    expect(other[at('occasionDiffer')]).toBe(1);
  });

  it('tells two condolences apart by the disaster each mourns, in any script', () => {
    const flood = rep('a', 'ru', 'Президент направил телеграмму соболезнования в связи с наводнением.');
    const quake = rep('b', 'en', 'The President sent a telegram of condolences after the earthquake.');
    const flood2 = rep('c', 'kk', 'Президент су тасқынына байланысты көңіл айтып, жеделхат жолдады.');
    const apart = pairFeatures(flood, quake);
    expect(apart[at('occasionShared')]).toBe(0);
    expect(apart[at('occasionDiffer')]).toBe(1);
    const same = pairFeatures(flood, flood2);
    expect(same[at('occasionShared')]).toBe(1);
    expect(same[at('occasionDiffer')]).toBe(0);
  });

  it('tells two openings apart by the institution opened, in any script', () => {
    const consulate = rep(
      'a',
      'ru',
      'Президент принял участие в церемонии открытия генерального консульства.',
    );
    const centre = rep('b', 'kk', 'Президент мәдениет орталығының ашылу рәсіміне қатысты.');
    const centre2 = rep('c', 'en', 'The President attended the opening ceremony of the cultural centre.');
    const apart = pairFeatures(consulate, centre);
    expect(apart[at('occasionShared')]).toBe(0);
    expect(apart[at('occasionDiffer')]).toBe(1);
    const same = pairFeatures(centre, centre2);
    expect(same[at('occasionShared')]).toBe(1);
    expect(same[at('occasionDiffer')]).toBe(0);
  });

  it('treats a report stored before occasions existed as unknown, not as a different occasion', () => {
    const ru = rep('a', 'ru', 'Президент выразил соболезнования.');
    const { occasions: _gone, ...old } = rep('d', 'ru', 'Президент выразил соболезнования.');
    const f = pairFeatures(ru, old);
    expect(f[at('occasionShared')]).toBe(0);
    expect(f[at('occasionDiffer')]).toBe(0);
  });
});

describe('the Telegram messenger', () => {
  it('is not a telegram sent', () => {
    expect(occasionsOf('Обозреватель в Telegram-канале описал ужин двух лидеров.')).toEqual([]);
    expect(occasionsOf('A reporter posted on his Telegram channel that the talks ran late.')).toEqual([]);
    expect(occasionsOf('Бұл туралы тілші Telegram арнасында жазды.')).toEqual([]);
  });

  it('leaves telegrams of condolence and congratulation read', () => {
    expect(occasionsOf('The President sent a telegram of condolence to the Chairman.')).toContain('telegram');
    expect(occasionsOf('Telegram of congratulations to the Premier')).toContain('telegram');
  });
});
