import { describe, expect, it } from 'vitest';
import { EventClusterer, reportOf } from '../../shared/dedup/index.ts';
import { extracted, person } from './fixtures.ts';

// the same two principals, the same boilerplate words, a year apart: only the dates tell the meetings apart
const kz = person('Serikbol Amanov', 'President', 'KZ');
const cn = person('Liang Haoran', 'Chairman', 'CN');
const text =
  'President Amanov held talks with Chairman Liang in Astana on the anniversary of diplomatic relations. The ' +
  'sides praised the comprehensive strategic partnership, noted that Kazakh-Chinese trade reached 31.2 billion ' +
  'dollars and agreed to expand cooperation in trade, transport, energy and the Khorgos dry port.';
const trade = [
  { metric: 'trade_turnover' as const, value: 31_200_000_000, unit: 'USD', year: null, text: '' },
];
const report = (key: string, published: string | null) =>
  reportOf(extracted({ kind: 'meeting', location: 'Astana', participants: [kz, cn], figures: trade }), {
    key,
    published,
    lang: 'en',
    text,
  });

describe('the cluster-level date constraint', () => {
  const clusterer = new EventClusterer();
  const y2019 = report('a2019', '2019-09-11');
  const y2020 = report('b2020', '2020-09-10');
  const undated = report('c', null);

  it('refuses a cluster holding a report a year away from this one, whatever the text shares', () => {
    expect(clusterer.decide(y2020, [{ id: 'A', reports: [y2019] }]).target).toBeNull();
    expect(clusterer.decide(y2020, [{ id: 'A', reports: [undated, y2019] }]).target).toBeNull();
  });

  it('lets an undated report join one year, never chain both', () => {
    const placement = clusterer.decide(undated, [
      { id: 'A', reports: [y2019] },
      { id: 'B', reports: [y2020] },
    ]);
    expect(placement.target).not.toBeNull();
    expect(placement.absorbed).toEqual([]);
  });

  it('still joins reports published a few days apart', () => {
    const later = report('d', '2019-09-13');
    expect(clusterer.decide(later, [{ id: 'A', reports: [y2019] }]).target?.id).toBe('A');
  });
});

describe('years an undated report looks back on', () => {
  const clusterer = new EventClusterer();
  const y2019 = report('a2019', '2019-09-11');
  const undated = (key: string, extra: string) =>
    reportOf(extracted({ kind: 'meeting', location: 'Astana', participants: [kz, cn], figures: trade }), {
      key,
      published: null,
      lang: 'en',
      text: `${text} ${extra}`,
    });

  it('keeps a report that recalls a later year out of an earlier year’s cluster', () => {
    const later = undated('u1', 'The leaders recalled their talks in Beijing in 2020.');
    expect(clusterer.decide(later, [{ id: 'A', reports: [y2019] }]).target).toBeNull();
  });

  it('does not count targets and plans’ spans as years looked back on', () => {
    const target = undated('u2', 'They aim to double trade by 2030 under the 2021–2025 programme.');
    expect(target.years).toEqual([]);
    expect(clusterer.decide(target, [{ id: 'A', reports: [y2019] }]).target?.id).toBe('A');
  });
});

describe('a report with no date at all', () => {
  it('needs more than who took part to join: every year’s meeting of the same people has that', () => {
    const met = reportOf(extracted({ kind: 'meeting', participants: [kz, cn] }), {
      key: 'm1',
      published: '2019-09-11',
      lang: 'en',
      text: 'President Amanov and Chairman Liang discussed the railway corridor and wheat exports.',
    });
    const vague = reportOf(extracted({ kind: 'other', participants: [kz, cn] }), {
      key: 'v1',
      published: null,
      lang: 'en',
      text: 'Amanov thanked Liang for the warm hospitality of the Chinese side.',
    });
    expect(new EventClusterer().decide(vague, [{ id: 'A', reports: [met] }]).target).toBeNull();
  });
});
