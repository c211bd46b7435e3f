import { describe, expect, it } from 'vitest';
import { distinctiveTokens } from '../../shared/dedup/fingerprints.ts';
import { hanPlaceStems } from '../../shared/dedup/occasions.ts';
import { placeNameStems, placeWordStems } from '../../shared/dedup/place-names.ts';

describe('places a text names, as language-free keys', () => {
  it('reads a place in any script and case form as the stems of its English name', () => {
    expect(placeNameStems('Делегация Синьцзян-Уйгурского автономного района прибыла')).toContain('xinji');
    expect(placeNameStems('Делегация из Шыңжаң келді')).toContain('xinji');
    expect(placeNameStems('Переговоры прошли в Пекине')).toContain('beiji');
  });

  it('leaves generic words of a place name out', () => {
    expect(placeWordStems('East Kazakhstan Region')).not.toContain('regio');
    expect(placeWordStems('East Kazakhstan Region')).toContain('east');
  });

  it('reads Han forms of regions, not only of cities', () => {
    expect(hanPlaceStems('新疆维吾尔自治区代表团访问东哈萨克斯坦州')).toEqual(
      expect.arrayContaining(['xinji', 'east']),
    );
  });

  it('makes a Russian and an English report share the place names their exonyms hide', () => {
    const ru = distinctiveTokens('Аким встретился с делегацией Синьцзяна из Урумчи');
    const en = distinctiveTokens('The akim met a delegation of Xinjiang from Urumqi');
    const shared = ru.filter((t) => en.includes(t));
    expect(shared).toEqual(expect.arrayContaining(['urumq', 'xinji']));
  });
});
