/** The word-list test read from one walk along a text's words answers exactly as the list's pattern does. */
import { describe, expect, it } from 'vitest';
import { wordsRegex } from '../../shared/extract/lexicon/build.ts';
import { wordTest } from '../../shared/extract/word-index.ts';

const LISTS: { entries: string[]; caseSensitive?: boolean }[] = [
  { entries: ['trade', 'trades', 'turnover'] },
  { entries: ['invest*', 'инвестиц*', 'инвестор'] },
  { entries: ['power plant*', 'electricity', 'электроэнерг*'] },
  { entries: ['Belt and Road', 'One Belt, One Road', 'BRI'] },
  { entries: [String.raw`/Central Asia\s*[-–]\s*China/`, 'C+C5'] },
  { entries: ['UN', 'ШОС', 'C5'], caseSensitive: true },
  { entries: ['Trans-Caspian', 'Middle Corridor', 'транзит*'] },
  { entries: ['ai', 'digital*', 'цифров*'] },
];

const SENTENCES = [
  'Bilateral trade between the two countries rose by a fifth last year.',
  'TRADE TURNOVER grew, the Investors said; investment2025 is not a word of the list.',
  'The sides discussed the Middle Corridor and a new power plants programme in Pavlodar.',
  'Стороны обсудили инвестиционные проекты и электроэнергетику.',
  'The C+C5 format and the Central Asia – China summit were named; the UN and the un-named were too.',
  'Lab AI tools and a digitalisation roadmap, а также цифровизация.',
  'Trans-Caspian routes and transit corridors: транзитный потенциал.',
  'Nothing here: a cultural festival opened in the city centre.',
  'The Kelvin sign \u212Aazakhstan and the long s in \u017Ftate make the pattern answer itself.',
  'BRI, the Belt and Road Initiative, and ШОС and шос.',
];

describe('wordTest', () => {
  const tests = LISTS.map((l) => ({
    re: wordsRegex(l.entries, { caseSensitive: l.caseSensitive }),
    test: wordTest(l.entries, { caseSensitive: l.caseSensitive }),
  }));

  it('answers as the pattern does on written sentences', () => {
    for (const s of SENTENCES) {
      for (const { re, test } of tests) expect(test(s), `${re.source} on ${s}`).toBe(re.test(s));
    }
  });

  it('finds whole words and stems, not parts of words', () => {
    const trade = wordTest(['trade', 'invest*']);
    expect(trade('Trade grew.')).toBe(true);
    expect(trade('Tradewinds blew.')).toBe(false);
    expect(trade('Investors came.')).toBe(true);
    expect(trade('investors2 came.')).toBe(false);
    expect(trade('reinvested funds')).toBe(false);
  });

  it('answers as the pattern does on random mixes of words', () => {
    const words = [
      'trade',
      'Trades',
      'turnover',
      'invest',
      'investment',
      'investment9',
      'инвестиции',
      'power',
      'plants',
      'Belt',
      'and',
      'Road',
      'BRI',
      'Central',
      'Asia',
      '–',
      'China',
      'C+C5',
      'C5',
      'UN',
      'ШОС',
      'Trans-Caspian',
      'Middle',
      'Corridor',
      'транзит',
      'ai',
      'AI',
      'digital',
      ',',
      '.',
      '-',
      'x',
      '7',
      // Ⱥ lower-cases out of the boundary's letters (the text and its lower case split words apart); İ folds oddly.
      'Ⱥ',
      'İ',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let n = 0; n < 400; n++) {
      const len = 1 + (next() % 12);
      const parts = Array.from({ length: len }, () => words[next() % words.length]);
      const text = parts.join(next() % 3 === 0 ? '' : ' ');
      for (const { re, test } of tests) expect(test(text), `${re.source} on ${text}`).toBe(re.test(text));
    }
  });
});
