import { describe, expect, it } from 'vitest';
import { EventClusterer, reportOf } from '../../shared/dedup/index.ts';
import { extracted, person } from './fixtures.ts';

const kz = person('Kairat Saduakasov', 'President', 'KZ');
const cn = person('Zhou Mingliang', 'President', 'CN');
const ev = (eventDate: string | null, location: string | null, figures = extracted().figures) =>
  extracted({ kind: 'meeting', eventDate, location, participants: [kz, cn], figures });
const turnover = [
  { metric: 'trade_turnover' as const, value: 13_400_000_000, unit: 'USD', year: 2020, text: '' },
];

describe('a report with no date at all', () => {
  // two meetings of the same two presidents, a year apart, and a report of the second with no date whose
  // dateline names the first one's city: who met and where fits both, the figure only the second
  const first = reportOf(ev('2020-05-12', 'Astana'), {
    key: 'a1',
    published: '2020-05-12',
    lang: 'en',
    text: 'President Saduakasov held talks with President Zhou in Astana on the railway plan.',
  });
  const second = reportOf(ev('2021-06-03', 'Beijing', turnover), {
    key: 'b1',
    published: '2021-06-03',
    lang: 'en',
    text: 'Presidents Saduakasov and Zhou met in Beijing. Trade reached 13.4 billion dollars last year.',
  });
  const undated = reportOf(ev(null, 'Astana', turnover), {
    key: 'c1',
    published: null,
    lang: 'en',
    text: 'ASTANA. President Saduakasov held talks with Zhou. Trade reached 13.4 billion dollars last year.',
  });

  it('fits both meetings of the same people', () => {
    const clusterer = new EventClusterer();
    const a = clusterer.decide(undated, [{ id: 'A', reports: [first] }]);
    const b = clusterer.decide(undated, [{ id: 'B', reports: [second] }]);
    expect(a.target?.id).toBe('A');
    expect(b.target?.id).toBe('B');
  });

  it('joins the one its content agrees with, not the one that only shares who and where', () => {
    const placement = new EventClusterer().decide(undated, [
      { id: 'A', reports: [first] },
      { id: 'B', reports: [second] },
    ]);
    expect(placement.target?.id).toBe('B');
  });
});
