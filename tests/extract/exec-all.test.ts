import { describe, expect, it } from 'vitest';
import { execAll } from '../../shared/extract/exec-all.ts';

const asPairs = (ms: RegExpMatchArray[]) => ms.map((m) => [m[0], m.index]);

describe('execAll gives what matchAll gives', () => {
  it('finds every match with its groups and offsets', () => {
    const re = /(\d+)\s*(km|kg)/g;
    const text = 'Loads of 12 kg and 40km, then 7 kg.';
    expect(asPairs(execAll(re, text))).toEqual(asPairs([...text.matchAll(re)]));
    expect(execAll(re, text)[1]?.[2]).toBe('km');
  });

  it('moves past empty matches, by whole code points under the u flag', () => {
    const re = /x*/gu;
    const text = 'ax😀xx';
    expect(asPairs(execAll(re, text))).toEqual(asPairs([...text.matchAll(re)]));
  });

  it('starts at the pattern lastIndex and leaves it as it was', () => {
    const re = /a/g;
    re.lastIndex = 2;
    expect(execAll(re, 'aaaa').map((m) => m.index)).toEqual([2, 3]);
    expect(re.lastIndex).toBe(2);
  });

  it('refuses a pattern that is not global, like matchAll', () => {
    expect(() => execAll(/a/, 'a')).toThrow(TypeError);
  });
});
