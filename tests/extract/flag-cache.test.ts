import { describe, expect, it } from 'vitest';
import { flagCache } from '../../shared/extract/flag-cache.ts';

describe('flagCache', () => {
  it('computes a text once for the default flags however they are passed', () => {
    const seen: string[] = [];
    const f = flagCache(
      (t: string, a: boolean, b: boolean) => {
        seen.push(`${t}/${a}/${b}`);
        return `${t}:${a}:${b}`;
      },
      false,
      true,
    );
    expect(f('Talks were held.')).toBe('Talks were held.:false:true');
    expect(f('Talks were held.', false)).toBe('Talks were held.:false:true');
    expect(f('Talks were held.', false, true)).toBe('Talks were held.:false:true');
    expect(seen).toEqual(['Talks were held./false/true']);
  });

  it('keeps the other flag combinations apart', () => {
    const f = flagCache((t: string, a: boolean, b: boolean) => `${t}:${a}:${b}`, false, true);
    expect(f('x', true)).toBe('x:true:true');
    expect(f('x', true, false)).toBe('x:true:false');
    expect(f('x', false, false)).toBe('x:false:false');
  });

  it('stays bounded: a full map is cleared and computed again', () => {
    let calls = 0;
    const f = flagCache(
      (t: string) => {
        calls++;
        return t.length;
      },
      false,
      false,
      2,
    );
    for (const t of ['a', 'bb', 'ccc', 'a']) f(t);
    expect(calls).toBe(4);
  });
});
