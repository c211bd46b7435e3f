import { describe, expect, it } from 'vitest';
import { EventClusterer, reportOf } from '../../shared/dedup/index.ts';
import { extracted, person } from './fixtures.ts';

const kz = person('Aidar Temirkhanov', 'President', 'KZ');
const cn = person('Gao Minghui', 'President', 'CN');
const ev = (eventDate: string | null) =>
  extracted({ kind: 'meeting', eventDate, location: 'Beijing', participants: [kz, cn] });
const undated = (key: string, text: string) => reportOf(ev(null), { key, published: null, lang: 'en', text });

describe('days written in a report', () => {
  it('reads a day after a name, and Chinese month-day dates', () => {
    expect(undated('a', 'Председатель Гао Минхуэй 9 апреля провёл переговоры.').days).toEqual(['04-09']);
    expect(undated('b', '高明辉主席9月12日在北京会见了特米尔哈诺夫总统。').days).toEqual(['09-12']);
    expect(undated('c', 'The presidents met on October 3 and 4.').days).toEqual(['10-03']);
  });
});

describe('an undated report naming a day of the year far from the cluster’s date', () => {
  const dated = reportOf(ev('2026-09-02'), {
    key: 'd1',
    published: '2026-09-02',
    lang: 'en',
    text: 'President Temirkhanov held talks with President Gao in Beijing on the new rail corridor.',
  });
  const talk = 'President Temirkhanov held talks with President Gao in Beijing on the new rail corridor';

  it('is refused, either arrival order', () => {
    const far = undated('u1', `${talk} on 14 September.`);
    const c = new EventClusterer();
    expect(c.decide(far, [{ id: 'A', reports: [dated] }]).target).toBeNull();
    expect(c.decide(dated, [{ id: 'B', reports: [far] }]).target).toBeNull();
  });

  it('joins when a written day is within the week, or no day is written', () => {
    const c = new EventClusterer();
    expect(
      c.decide(undated('u2', `${talk} on 3 September.`), [{ id: 'A', reports: [dated] }]).target?.id,
    ).toBe('A');
    expect(c.decide(undated('u3', `${talk}.`), [{ id: 'A', reports: [dated] }]).target?.id).toBe('A');
  });
});

describe('Kazakh months in the Latin alphabet', () => {
  it('are read as days of the year', () => {
    const r = reportOf(extracted({ kind: 'visit', eventDate: null }), {
      key: 'lat',
      published: null,
      lang: 'kk',
      text: 'Qytai tóraghasy 21 qyrkúiekte Astanagha keledi, al 3 shildede kelissóz ótti.',
    });
    expect(r.days).toEqual(['07-03', '09-21']);
  });
});
