import { describe, expect, it } from 'vitest';
import { isThirdCountryWord, thirdCountryOf } from '../../shared/extract/third-countries.ts';

describe('third country of a role phrase', () => {
  it('reads a country word in any case, English or Russian', () => {
    expect(thirdCountryOf('Vietnamese President')).toBe('VN');
    expect(thirdCountryOf('VIETNAMESE PRESIDENT')).toBe('VN');
    expect(thirdCountryOf('посол Японии в Казахстане')).toBe('JP');
    expect(thirdCountryOf('Президент РОССИИ')).toBe('RU');
  });

  it('takes the country named first, whole words only', () => {
    expect(thirdCountryOf('Uzbek and Russian ministers')).toBe('UZ');
    expect(thirdCountryOf('Russian and Uzbek ministers')).toBe('RU');
    expect(thirdCountryOf('Prussian King')).toBeNull();
    expect(thirdCountryOf('Chinese Premier')).toBeNull();
  });

  it('reads acronyms with their case only', () => {
    expect(thirdCountryOf('US President')).toBe('US');
    expect(thirdCountryOf('told us the President')).toBeNull();
  });
});

describe('third-country words', () => {
  it('takes a country word, its stem forms and its possessive', () => {
    expect(isThirdCountryWord('russian')).toBe(true);
    expect(isThirdCountryWord("russia's")).toBe(true);
    expect(isThirdCountryWord('japan’s')).toBe(true);
    expect(isThirdCountryWord('u.s.')).toBe(true);
  });

  it('leaves out other words and part-words', () => {
    expect(isThirdCountryWord('rus')).toBe(false);
    expect(isThirdCountryWord('prussia')).toBe(false);
    expect(isThirdCountryWord('china')).toBe(false);
  });
});
