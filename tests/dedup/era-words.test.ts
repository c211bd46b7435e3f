import { describe, expect, it } from 'vitest';
import { eraOf } from '../../shared/dedup/eras.ts';
import { EventClusterer, reportOf } from '../../shared/dedup/index.ts';
import { extracted, person } from './fixtures.ts';

describe('words coined in a known year', () => {
  it('bound the years from below in every language', () => {
    expect(eraOf('Trade slowed during the COVID-19 pandemic.')).toEqual([2020, null]);
    expect(eraOf('Пандемия коронавируса сократила перевозки.')).toEqual([2020, null]);
    expect(eraOf('双方在新冠疫情期间保持密切沟通。')).toEqual([2020, null]);
    expect(eraOf('The two heads of state backed the Global Security Initiative.')).toEqual([2022, null]);
    expect(eraOf('Стороны поддержали Глобальную инициативу цивилизаций.')).toEqual([2023, null]);
    expect(eraOf('两国元首同意深化中哈永久全面战略伙伴关系。')).toEqual([2019, null]);
    expect(eraOf('Мемлекет басшысы Жаңа Қазақстанды құру туралы айтты.')).toEqual([2022, null]);
  });

  it('ignore look-alike words and sentences about an earlier year', () => {
    expect(eraOf('новые казахстанские компании вышли на рынок')).toBeNull();
    expect(eraOf('Before the pandemic, in 2019, freight grew by a fifth.')).toBeNull();
  });
});

describe('anniversaries', () => {
  it('count from the founding named nearest the count', () => {
    expect(
      eraOf('They marked the 75th anniversary of the founding of the People’s Republic of China.'),
    ).toEqual([2023, 2024]);
    expect(eraOf('今年是中华人民共和国成立75周年。')).toEqual([2023, 2024]);
    expect(eraOf('Ол Жеңістің 80 жылдығымен құттықтады.')).toEqual([2024, 2025]);
    expect(eraOf('今年是中哈建交33周年。')).toEqual([2024, 2025]);
    expect(eraOf('Он поздравил с 20-летием ШОС.')).toEqual([2020, 2021]);
  });

  it('read a golden anniversary as the era after it, and a count without a founding as nothing', () => {
    expect(eraOf('A golden 30th anniversary of diplomatic relations begins.')).toEqual([2022, null]);
    expect(eraOf('The company marked its 25th anniversary.')).toBeNull();
  });
});

describe('two undated reports of one pair of leaders', () => {
  // the same two presidents, no dates at all: one report names the pandemic as past and writes 2023, the
  // other names the capital's 2019–2022 name; they cannot be one meeting
  const kz = person('Aidar Temirkhanov', 'President', 'KZ');
  const cn = person('Gao Minghui', 'President', 'CN');
  const ev = extracted({ kind: 'meeting', eventDate: null, location: 'Astana', participants: [kz, cn] });
  const talk =
    'President Temirkhanov held talks with President Gao on the new rail corridor and grain exports';
  const late = reportOf(ev, {
    key: 'u1',
    published: null,
    lang: 'en',
    text: `${talk} in Astana. Freight recovered after the pandemic and reached a record in 2023.`,
  });
  const early = reportOf(ev, {
    key: 'u2',
    published: null,
    lang: 'en',
    text: `${talk} in Nur-Sultan.`,
  });
  const same = reportOf(ev, { key: 'u3', published: null, lang: 'en', text: `${talk} in Astana.` });

  it('are kept apart when the years one writes are after the other’s era', () => {
    expect(late.tenure?.[0]).toBe(2020);
    expect(early.tenure).toEqual([2019, 2022]);
    const c = new EventClusterer();
    expect(c.decide(late, [{ id: 'E', reports: [early] }]).target).toBeNull();
    expect(c.decide(early, [{ id: 'L', reports: [late] }]).target).toBeNull();
    expect(c.decide(same, [{ id: 'L', reports: [late] }]).target?.id).toBe('L');
  });
});

describe('numbered meetings', () => {
  it('date SCO councils and Belt and Road Forums to a year either side, in every script', () => {
    expect(eraOf('The premier will attend the 13th prime ministers’ meeting of the SCO.')).toEqual([
      2013, 2015,
    ]);
    expect(eraOf('主席出席上海合作组织成员国元首理事会第二十五次会议。')).toEqual([2024, 2026]);
    expect(eraOf('Президент примет участие в 24-м заседании Совета глав государств ШОС.')).toEqual([
      2023, 2025,
    ]);
    expect(eraOf('The minister attended the second Belt and Road Forum in Beijing.')).toEqual([2018, 2020]);
  });

  it('say nothing of an unnumbered summit', () => {
    expect(eraOf('The leaders met on the sidelines of the SCO summit.')).toBeNull();
  });
});
