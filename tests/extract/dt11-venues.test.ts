import { describe, expect, it } from 'vitest';
import { resolveLocation } from '../../shared/extract/location.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';
import { zhDatesIn } from '../../shared/extract/zh/dates.ts';
import { resolveZhLocation } from '../../shared/extract/zh/place.ts';
import { buildZhDoc } from '../../shared/extract/zh/text.ts';

/** Lead paragraphs, one sentence each (sentences written for these tests). */
const lead = (...texts: string[]): Sentence[] =>
  texts.map((text, i) => ({ text, para: i, zone: i < 2 ? 'lead' : 'body' }));

describe('a wire dateline told in local time (issue 19)', () => {
  it('is the venue when the event clause counts the day in local time', () => {
    const ru = lead(
      'Алматы, 5 марта /Синьхуа/ -- Во вторник по местному времени министр торговли КНР провел переговоры с казахстанским коллегой.',
    );
    expect(resolveLocation(ru, 'meeting', { outlet: 'example.cn (Синьхуа)' })).toBe('Almaty');
    const en = lead(
      'ALMATY, March 5 (Xinhua) -- The Chinese commerce minister held talks with his Kazakh counterpart on Tuesday local time.',
    );
    expect(resolveLocation(en, 'meeting', { outlet: 'example.cn (Xinhua)' })).toBe('Almaty');
  });

  it('stays no venue without the local-time cue', () => {
    const ru = lead(
      'Алматы, 5 марта /Синьхуа/ -- Во вторник министр торговли КНР провел переговоры с казахстанским коллегой.',
    );
    expect(resolveLocation(ru, 'meeting', { outlet: 'example.cn (Синьхуа)' })).toBeNull();
  });
});

describe('a meeting within a trip to a country (issue 19)', () => {
  it('is held in the city of that country the next sentences name, not in its capital', () => {
    const s = lead(
      'Президент Казахстана в рамках рабочего визита в Китай встретился с Председателем КНР.',
      'Президент прибыл в китайский город Ухань по приглашению китайской стороны.',
    );
    expect(resolveLocation(s, 'meeting')).toBe('Wuhan');
  });

  it('falls back on the capital when no city of it is named', () => {
    const s = lead(
      'Президент Казахстана в рамках рабочего визита в Китай встретился с Председателем КНР.',
      'Стороны обсудили торговлю.',
    );
    expect(resolveLocation(s, 'meeting')).toBe('Beijing');
  });
});

describe('a capital named by its country (issue 19)', () => {
  it("is that country's capital city, in Russian case forms, Kazakh and English", () => {
    expect(resolveLocation(lead('В столице Казахстана министры провели переговоры.'), 'meeting')).toBe(
      'Astana',
    );
    expect(resolveLocation(lead('Министры провели переговоры в китайской столице.'), 'meeting')).toBe(
      'Beijing',
    );
    expect(resolveLocation(lead('Министр прибыл в столицу КНР, где провел переговоры.'), 'meeting')).toBe(
      'Beijing',
    );
    expect(resolveLocation(lead('Елордада министрлер келіссөз жүргізді.'), 'meeting')).toBe('Astana');
    expect(resolveLocation(lead('The ministers held talks in the Kazakh capital.'), 'meeting')).toBe(
      'Astana',
    );
  });

  it('is no venue when the words speak of money', () => {
    expect(
      resolveLocation(lead('The ministers held talks on attracting Chinese capital.'), 'meeting'),
    ).toBeNull();
  });
});

describe('Chinese dates and venues (issues 12, 19)', () => {
  it("skips a quoted speaker's «今天»: it counts from the day they spoke", () => {
    expect(zhDatesIn('“今天是个好日子。”他说。', '2024-05-20')).toEqual([]);
    expect(zhDatesIn('"今天我们举行会谈"，他说。', '2024-05-20')).toEqual([]);
    expect(zhDatesIn('今天，两国外长举行会谈。', '2024-05-20').map((d) => d.date)).toEqual(['2024-05-20']);
  });

  it('puts a trip to a country in the city it arrived in, else in the capital', () => {
    const arrived = buildZhDoc(
      '国家主席开始国事访问，首站抵达哈萨克斯坦',
      '国家主席3日开始访问，首站抵达哈萨克斯坦。\n据报道，主席当天下午抵达阿拉木图，开始访问。',
    );
    expect(resolveZhLocation(arrived, 'visit').location).toBe('Almaty');
    const bare = buildZhDoc(
      '国家主席抵达哈萨克斯坦',
      '国家主席3日抵达哈萨克斯坦开始国事访问。\n两国关系良好。',
    );
    expect(resolveZhLocation(bare, 'visit').location).toBe('Astana');
  });

  it('takes no venue from a trip still to come', () => {
    const ahead = buildZhDoc('总统将访问中国', '总统将于下月访问中国。\n两国关系良好。');
    expect(resolveZhLocation(ahead, 'visit').location).toBeNull();
  });
});
