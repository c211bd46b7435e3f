import { describe, expect, it } from 'vitest';
import { metricOf } from '../../shared/extract/figure-context.ts';
import * as en from '../../shared/extract/lexicon/en/figures.ts';
import * as ru from '../../shared/extract/lexicon/ru/figures.ts';
import { quickTest, wordsRegex } from '../../shared/extract/pack-words.ts';

// The keyword search before an amount skips a metric's list when its plain pre-check (each entry's longest word,
// under the list pattern's flags) says no: that pre-check must let through every text the list pattern matches.
const spelled = (entry: string, ending: string) =>
  `Officials said the ${entry.replace(/\*/g, ending)} came to`;

describe('metric keyword pre-checks', () => {
  for (const [metric, words] of [...en.METRIC_WORDS, ...ru.METRIC_WORDS])
    it(`let through every ${metric} word the list matches`, () => {
      const full = wordsRegex(words);
      const pre = new RegExp(quickTest(words).source, 'iu');
      for (const entry of words)
        for (const ending of ['', 's', 'ed', 'ами', 'ов']) {
          const text = spelled(entry.toUpperCase(), ending);
          if (full.test(text)) expect(pre.test(text), `${entry} in ${text}`).toBe(true);
        }
    });

  it('still finds the metric a word before the amount names', () => {
    const t = 'Last year the bilateral turnover came to $5 billion.';
    expect(metricOf(t, t.indexOf('$'), '')).toBe('trade_turnover');
    const r = 'Объём инвестиций составил 3 млрд долларов.';
    expect(metricOf(r, r.indexOf('3'), '')).toBe('investment');
    const none = 'The figure came to $5 billion.';
    expect(metricOf(none, none.indexOf('$'), '')).toBeNull();
  });
});
