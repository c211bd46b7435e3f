import { describe, expect, it } from 'vitest';
import { listMemo } from '../../shared/dedup/list-memo.ts';
import type { Report } from '../../shared/dedup/report.ts';

/** Stand-ins for reports: the memo only compares them by identity. */
const report = (key: string) => ({ key }) as unknown as Report;

describe('listMemo', () => {
  const counting = () => {
    const calls: number[] = [];
    const size = listMemo((members) => {
      calls.push(members.length);
      return members.map((m) => m.key).join(',');
    });
    return { calls, size };
  };

  it('computes a member list once until it grows, then again', () => {
    const { calls, size } = counting();
    const members = [report('a'), report('b')];
    expect(size(members)).toBe('a,b');
    expect(size(members)).toBe('a,b');
    members.push(report('c'));
    expect(size(members)).toBe('a,b,c');
    expect(calls).toEqual([2, 3]);
  });

  it('keeps apart two lists of the same reports', () => {
    const { calls, size } = counting();
    const [a, b] = [report('a'), report('b')];
    size([a, b]);
    size([b, a]);
    expect(calls).toEqual([2, 2]);
  });

  it('answers a new one-report list of the last report from memory, and another report anew', () => {
    const { calls, size } = counting();
    const [a, b] = [report('a'), report('b')];
    expect(size([a])).toBe('a');
    expect(size([a])).toBe('a');
    expect(size([b])).toBe('b');
    expect(size([a])).toBe('a');
    expect(calls).toEqual([1, 1, 1]);
  });

  it('computes an empty list every time without keeping it', () => {
    const { calls, size } = counting();
    expect(size([])).toBe('');
    expect(size([])).toBe('');
    expect(calls).toEqual([0, 0]);
  });
});
