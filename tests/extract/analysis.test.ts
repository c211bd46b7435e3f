import { describe, expect, it } from 'vitest';
import { analyse, analysisOf, wordStartsOf } from '../../shared/extract/analysis/index.ts';
import { buildDoc } from '../../shared/extract/sentences.ts';

describe('per-article analysis', () => {
  const doc = buildDoc(
    'Astana and Beijing Sign a Grain Deal',
    'ASTANA – The trade ministers of Kazakhstan and China signed a grain protocol on Tuesday.\n\nİzmir hosted no one.',
  );

  it('is found by the sentences array it was built from, and only by it', () => {
    const a = analyse(doc);
    expect(analysisOf(doc.sentences)).toBe(a);
    expect(analyse(doc)).toBe(a);
    expect(analysisOf([...doc.sentences])).toBeUndefined();
  });

  it('gives each sentence its lower case, fold and word starts, as the string functions do', () => {
    const a = analyse(doc);
    for (const [i, s] of doc.sentences.entries()) {
      expect(a.lower(i)).toBe(s.text.toLowerCase());
      expect(a.text(i)).toBe(s.text);
    }
    const last = doc.sentences.length - 1;
    // İ lowers to two characters; the fold is what a u+i pattern compares.
    expect(doc.sentences[last]?.text).toBe('İzmir hosted no one.');
    expect(a.lower(last)).toBe('i\u0307zmir hosted no one.');
    expect(a.folded(0)).toBe('astana and beijing sign a grain deal');
    expect([...a.wordStarts(0)]).toEqual([0, 7, 11, 19, 24, 26, 32]);
    expect(a.fullLower()).toBe(doc.full.toLowerCase());
  });

  it('finds word starts in every script of the boundary, digits included', () => {
    expect([...wordStartsOf('«Қазақстан»—Китай, 2025 ж.')]).toEqual([1, 12, 19, 24]);
    expect([...wordStartsOf('')]).toEqual([]);
  });
});
