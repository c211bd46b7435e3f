import { describe, expect, it } from 'vitest';
import { pairwiseF1 } from '../../shared/dedup/index.ts';

const m = (entries: Array<[string, string | null]>) => new Map(entries);

describe('pairwiseF1', () => {
  const gold = m([
    ['a', 'x'],
    ['b', 'x'],
    ['c', 'x'],
    ['d', 'y'],
    ['e', null],
  ]);

  it('is 1 for a perfect clustering, whatever the label names', () => {
    const s = pairwiseF1(
      gold,
      m([
        ['a', 'ev_1'],
        ['b', 'ev_1'],
        ['c', 'ev_1'],
        ['d', 'ev_2'],
        ['e', null],
      ]),
    );
    expect(s).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
      goldPairs: 3,
      predictedPairs: 3,
      correctPairs: 3,
    });
  });

  it('loses recall when an event is split and precision when two are merged', () => {
    const split = pairwiseF1(
      gold,
      m([
        ['a', 'ev_1'],
        ['b', 'ev_1'],
        ['c', 'ev_3'],
        ['d', 'ev_2'],
      ]),
    );
    expect(split.precision).toBe(1);
    expect(split.recall).toBeCloseTo(1 / 3);
    const merged = pairwiseF1(
      gold,
      m([
        ['a', 'ev_1'],
        ['b', 'ev_1'],
        ['c', 'ev_1'],
        ['d', 'ev_1'],
      ]),
    );
    expect(merged.recall).toBe(1);
    expect(merged.precision).toBeCloseTo(3 / 6);
    expect(merged.f1).toBeCloseTo((2 * 0.5 * 1) / 1.5);
  });

  it('counts an irrelevant article clustered with a relevant one as a wrong pair', () => {
    const s = pairwiseF1(
      gold,
      m([
        ['a', 'ev_1'],
        ['b', 'ev_1'],
        ['c', 'ev_1'],
        ['d', 'ev_2'],
        ['e', 'ev_2'],
      ]),
    );
    expect(s.predictedPairs).toBe(4);
    expect(s.precision).toBeCloseTo(3 / 4);
  });

  it('scores 1 when neither side has a pair', () => {
    expect(pairwiseF1(m([['a', 'x']]), m([['a', 'ev_1']])).f1).toBe(1);
  });
});
