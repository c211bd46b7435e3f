import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../shared/eval/real.ts';
import { nameMatch } from '../../shared/eval/real-judge.ts';
import { round3, scoreReal } from '../../shared/eval/real-score.ts';

describe('the real-report scorer counts as score.py', () => {
  it('rounds like Python: exact ties (odd sixteenths) to even, everything else to nearest', () => {
    expect([1, 3, 5, 7, 9, 11, 13, 15].map((k) => round3(k / 16))).toEqual([
      0.062, 0.188, 0.312, 0.438, 0.562, 0.688, 0.812, 0.938,
    ]);
    expect(round3(2 / 3)).toBe(0.667);
    expect(round3(0.7235)).toBe(0.724); // stored just above the tie, so it is no tie at all
    expect(round3(1)).toBe(1);
  });

  it('matches names by token subsets or two shared tokens, folding accents and case', () => {
    expect(nameMatch('Kassym-Jomart Tokayev', 'Tokayev')).toBe(true);
    expect(nameMatch('Wang Yi', 'wang yi')).toBe(true);
    expect(nameMatch('Roman Sklyar', 'Román Sklyar Vasilyevich')).toBe(true);
    expect(nameMatch('Li Qiang', 'Li Keqiang')).toBe(false);
    expect(nameMatch('A B', '')).toBe(false);
  });

  it('hashes folds with 32-bit FNV-1a', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });

  it('scores relevance on all rows, the rest on gold-relevant ones, and pairs only non-null ids', () => {
    const rows = [
      {
        id: 'a',
        text: '',
        gold: { relevant: true, kind: 'meeting', eventDate: '2025-04-02', location: 'Astana', cluster: 'x' },
      },
      {
        id: 'b',
        text: '',
        gold: {
          relevant: true,
          kind: 'meeting',
          eventDate: '2025-04-02',
          location: 'Nur-Sultan',
          cluster: 'x',
          eventDateAlt: ['2025-04-03'],
        },
      },
      { id: 'c', text: '', gold: { relevant: false } },
    ];
    const ext = new Map<string, Record<string, unknown>>([
      ['a', { relevant: true, event: { kind: 'meeting', eventDate: '2025-04-02', location: 'Nur-Sultan' } }],
      ['b', { relevant: true, event: { kind: 'visit', eventDate: '2025-04-03', location: 'Astana' } }],
      ['c', { relevant: true, event: {} }],
    ]);
    const cl = new Map([
      ['a', { eventId: 'e1' }],
      ['b', { eventId: null }],
    ]);
    const s = scoreReal(rows, ext, cl);
    expect(s.rel.tp_fp_fn).toEqual([2, 1, 0]);
    expect(s.kind_acc).toBe(0.5);
    expect(s.date_acc).toBe(0.5);
    expect(s.date_traps_taken).toBe(1);
    expect(s.location_acc).toBe(1);
    expect(s.cluster.tp_fp_fn).toEqual([0, 0, 1]);
  });
});
