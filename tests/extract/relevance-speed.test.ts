import { describe, expect, it } from 'vitest';
import { judgeRelevance } from '../../shared/extract/relevance.ts';
import {
  BILATERAL,
  CN,
  count,
  KZ,
  lower,
  MEET,
  MULTILATERAL,
  RELATION,
  scansLowerCase,
  sideMayAppear,
  sideNamed,
  sidePlaced,
  VISIT,
} from '../../shared/extract/relevance-patterns.ts';
import { buildDoc } from '../../shared/extract/sentences.ts';
import { normalise } from '../../shared/extract/text.ts';

/** Sentences written for these tests: words at line starts, after digits, Han and punctuation, in two scripts. */
const SENTENCES = [
  'Astana and Beijing held bilateral talks on Monday.',
  '中Kazakhstan signed the plan; 2025Китай was not a word.',
  'Президент Казахстана провел встречу с Председателем КНР в Пекине.',
  'The sides met — "Kazakh-Chinese" relations, Sino-Kazakh ties.',
  'Visit of the premier: он посетил Урумчи, a state visit.',
  'Xi\nJinping thanked Tokayev for the visit.',
  'Nothing here but weather and football scores.',
  'Уй, с ним в городе все спокойно.',
];

describe('relevance: pre-checks give the same counts as the scans', () => {
  it('counts every pattern as its bare regex does (the word pre-check only skips texts with no match)', () => {
    for (const s of SENTENCES) {
      for (const re of [...KZ, ...CN, BILATERAL, MULTILATERAL, MEET, RELATION, VISIT]) {
        re.lastIndex = 0;
        const bare = ((scansLowerCase(re) ? lower(s) : s).match(re) ?? []).length;
        expect(count(re, s)).toBe(bare);
      }
    }
  });

  it('finds a side in the whole text exactly when some sentence has it', () => {
    const doc = buildDoc(
      'Weather in the region',
      'Rain is expected in the north.\n\nIn Almaty the temperature will drop to five degrees.',
    );
    const texts = doc.sentences.map((s) => s.text);
    expect(sideMayAppear('KZ', doc.full, texts)).toBe(true);
    expect(sideMayAppear('CN', doc.full, texts)).toBe(false);
  });

  it('asks each sentence for a pattern that looks past its end ("Xi" before a next line\'s "Jinping")', () => {
    const doc = buildDoc(null, 'The talks were chaired by Xi\nJinping said nothing.');
    expect(
      sideMayAppear(
        'CN',
        doc.full,
        doc.sentences.map((s) => s.text),
      ),
    ).toBe(true);
  });
});

describe('relevance: a side only placed where another partner leads is judged absent early', () => {
  const doc = buildDoc(
    'Kazakhstan and Kyrgyzstan hold water talks in Kashgar',
    'The delegations of Kazakhstan and Kyrgyzstan met in Kashgar on Tuesday to discuss shared rivers.\n\nThe sides agreed to meet again in the autumn.',
  );
  const texts = doc.sentences.map((s) => s.text);

  it('tells a side named from a side only placed', () => {
    expect(sideNamed('KZ', doc.full, texts)).toBe(true);
    expect(sideNamed('CN', doc.full, texts)).toBe(false);
    expect(sidePlaced('CN', doc.full, texts)).toBe(true);
  });

  it('judges it as the whole path does: places do not count with another partner in the lead', () => {
    expect(judgeRelevance(doc)).toEqual({ relevant: false, reason: 'one side never appears' });
  });

  it('keeps a text where the place counts (no other partner in the lead) on the whole path', () => {
    const placed = buildDoc(
      'Kazakh delegation holds trade talks in Kashgar',
      'A delegation of Kazakhstan held talks on trade and investment with officials in Kashgar on Tuesday.\n\nThe sides agreed to open a new border crossing.',
    );
    expect(judgeRelevance(placed).reason).not.toBe('one side never appears');
  });
});

describe('normalise: one pass respells as the chained replaces did', () => {
  it('maps controls and odd spaces to a space, drops zero-width marks, folds quotes and dashes', () => {
    expect(normalise('a\u0000b\u00a0c\u200bd\u2018e\u201cf\u2010g\u2014h\r\ni  \t j\ufeff«x» ´`')).toBe(
      'a b cd\'e"f-g–h\ni j"x" \'\'',
    );
  });
});
