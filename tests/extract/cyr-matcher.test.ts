import { describe, expect, it } from 'vitest';
import { CyrMatcher } from '../../shared/extract/gazetteer/cyr-matcher.ts';
import { foldCyrillic } from '../../shared/extract/gazetteer/index.ts';

/** The pattern the matcher replaces (match.ts before issue 12's speed pass): the reference for its spans. */
const KK =
  '(?:мен|пен|бен|нен|ден|тен|дан|тан|нан|га|ге|ка|ке|на|не|нын|нин|дын|дин|тын|тин|ды|ди|ты|ти|ны|ни|да|де|та|те)?';
function tokenPattern(tok: string, chinese: boolean): string {
  const t = foldCyrillic(tok);
  if (chinese) {
    if (t.endsWith('ь')) return `${t.slice(0, -1)}(?:ь|я|ю|ем|е)${KK}`;
    if (t.endsWith('й')) return `${t.slice(0, -1)}(?:й|я|ю|ем|е)${KK}`;
    if (/[бвгджзклмнпрстфхцчшщ]$/.test(t)) return `${t}(?:а|у|ом|е)?${KK}`;
    return `${t}${KK}`;
  }
  if (/а$/.test(t)) return `${t.slice(0, -1)}(?:а|ой|ы|е|у)${KK}`;
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(t)) return `${t}(?:а|у|ом|ым|ем|е)?${KK}`;
  return `${t}${KK}`;
}
function reference(spellings: string[], chinese: boolean, s: string): Array<[number, number]> {
  const alt = spellings.map((c) =>
    c
      .split(/\s+/)
      .map((t) => tokenPattern(t, chinese))
      .join('\\s+'),
  );
  const re = new RegExp(`(?<![а-яё])(?:${alt.join('|')})(?![а-яё])`, 'g');
  return [...s.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

const people: Array<[string[], boolean]> = [
  [['Ерлан Сейтказиев', 'Сейтказиев Ерлан'], false],
  [['Айгүл Бекмұхамбетова'], false],
  [['Лю Цзиньхуэй'], true],
  [['Чэнь Минь', 'Чэнь Минь-юань'], true],
  [['Ма Хунтай'], true],
];
const sentences = [
  'встреча с ерланом сейтказиевым прошла в алматы.',
  'ерлан сейтказиевпен кездесті, сейтказиев ерлан айтты.',
  'айгүл бекмұхамбетовой вручили награду; айгуль бекмухамбетова',
  'переговоры с лю цзиньхуэем и лю  цзиньхуэя, лю цзиньхуэйге',
  'чэнь минем, чэнь минь-юань, чэнь миня и чэнь минов, чэнь миньдин',
  'с ма хунтаем, ма хунтайдың, ма хунтаи, прима хунтай',
  'сейтказиевы ерлана не ерлан сейтказиевская',
];

describe('Cyrillic spellings of known people', () => {
  it('finds the spans the declension pattern finds, declined and with Kazakh suffixes', () => {
    for (const [spellings, chinese] of people) {
      const m = new CyrMatcher(spellings, chinese);
      for (const raw of sentences) {
        const s = foldCyrillic(raw);
        expect(m.all(s), `${spellings[0]} in ${raw}`).toEqual(reference(spellings, chinese, s));
      }
    }
  });

  it('needs whole words and the declension the name takes', () => {
    const m = new CyrMatcher(['Ерлан Сейтказиев'], false);
    expect(m.all(foldCyrillic('ерланом сейтказиевым'))).toEqual([[0, 20]]);
    expect(m.all(foldCyrillic('ерлан сейтказиевская'))).toEqual([]);
    expect(m.all(foldCyrillic('берлан сейтказиев'))).toEqual([]);
    const cn = new CyrMatcher(['Лю Цзиньхуэй'], true);
    expect(cn.all(foldCyrillic('с лю цзиньхуэем'))).toEqual([[2, 15]]);
  });
});
