import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../shared/extract/figures.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** Sentences of one paragraph each (written for these tests; the numbers are made up). */
const doc = (...texts: string[]): Sentence[] => texts.map((text, para) => ({ text, para, zone: 'body' }));
const figs = (...texts: string[]) =>
  extractFigures(doc(...texts), 2026).map((f) => [f.metric, f.value, f.unit]);

describe('the rest of a total is no figure of its own (issue 19)', () => {
  it('drops the amount of "the remaining projects", keeps the parts named before it', () => {
    expect(
      figs(
        'Nine Kazakh-Chinese projects worth $2.5 billion are under way; design work continues on the remaining projects worth $7.2 billion.',
      ),
    ).toEqual([
      ['project_portfolio', 2_500_000_000, 'USD'],
      ['project_count', 9, 'projects'],
    ]);
  });

  it('reads «оставшимся» the same way in Russian', () => {
    expect(
      figs(
        '9 казахстанско-китайских проектов на $2,5 млрд уже реализуются, по остальным проектам на сумму $7,2 млрд идёт подготовка.',
      ),
    ).toEqual([
      ['project_portfolio', 2_500_000_000, 'USD'],
      ['project_count', 9, 'projects'],
    ]);
  });
});
