import { describe, expect, it } from 'vitest';
import { memoize, memoizeString } from '../../shared/extract/memo.ts';

describe('memoize', () => {
  it('computes each sentence and each set of flags once, alone and with flags apart', () => {
    const calls: string[] = [];
    const f = memoize((text: string, flag?: boolean, other?: boolean) => {
      calls.push(`${text}|${flag}|${other}`);
      return `${text.length}:${flag}:${other}`;
    });
    expect(f('The envoy met the minister.')).toBe('27:undefined:undefined');
    expect(f('The envoy met the minister.')).toBe('27:undefined:undefined');
    expect(f('The envoy met the minister.', true)).toBe('27:true:undefined');
    expect(f('The envoy met the minister.', true, false)).toBe('27:true:false');
    expect(f('The envoy met the minister.', true)).toBe('27:true:undefined');
    expect(calls).toHaveLength(3);
  });

  it('stays bounded: full, it starts afresh and computes again', () => {
    let n = 0;
    const f = memoize((text: string, flag?: boolean) => `${text}${flag ?? ''}${++n}`, 2);
    expect(f('a')).toBe('a1');
    expect(f('b', true)).toBe('btrue2');
    expect(f('c')).toBe('c3');
    expect(f('a')).toBe('a4');
    expect(f('c')).toBe('c3');
  });
});

describe('memoizeString', () => {
  it('computes each string once until full', () => {
    let n = 0;
    const f = memoizeString((s) => `${s}${++n}`, 2);
    expect([f('x'), f('x'), f('y'), f('z'), f('x')]).toEqual(['x1', 'x1', 'y2', 'z3', 'x4']);
  });
});
