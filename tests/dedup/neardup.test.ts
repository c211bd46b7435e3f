import { describe, expect, it } from 'vitest';
import {
  contentHash,
  isNearDuplicate,
  NearDupIndex,
  nearDupBandKeys,
  nearDupSimilarity,
  normaliseText,
  simhash,
  textBandKeys,
  tokenize,
} from '../../shared/dedup/index.ts';
import { fixtureText, seedText } from './fixtures.ts';

const SEEDS = ['000', '001', '002', '003', '004'];

describe('text normalisation and exact hash', () => {
  it('tokenizes Cyrillic and Latin words alike, folding ё and case', () => {
    expect(tokenize('Ёлка и «Казахстан–Китай»: 43,8 млрд')).toEqual([
      'елка',
      'и',
      'казахстан',
      'китай',
      '43',
      '8',
      'млрд',
    ]);
  });

  it('gives one content hash to copies that differ only in typography and spacing', () => {
    const a = '“At present,” noted the Kazakh Foreign Minister.\n\nRelations   are at their best.';
    const b = '"At present", noted the KAZAKH foreign minister. Relations are at their best';
    expect(normaliseText(a)).toBe(normaliseText(b));
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(a)).not.toBe(contentHash(`${b} Again.`));
  });

  it('computes a 64-bit SimHash as 16 hex digits, equal for equal texts', () => {
    const s = simhash(seedText('001'));
    expect(s).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(seedText('001'))).toBe(s);
  });
});

describe('near-duplicate detection', () => {
  const original = seedText('000');
  const repost = fixtureText('repost-000.txt');

  it('matches a wire copy re-posted under a new headline with an extra closing paragraph', () => {
    expect(nearDupSimilarity(original, repost)).toBeGreaterThan(0.7);
    expect(isNearDuplicate(simhash(original), simhash(repost), original, repost)).toBe(true);
  });

  it('does not match seeds 000 and 003, different events that share two whole sentences of figures', () => {
    const s3 = seedText('003');
    expect(s3).toContain('224 projects');
    expect(nearDupSimilarity(original, s3)).toBeLessThan(0.2);
    expect(isNearDuplicate(simhash(original), simhash(s3), original, s3)).toBe(false);
  });

  it('finds no near-duplicate pair among the five seeds', () => {
    for (const a of SEEDS)
      for (const b of SEEDS)
        if (a < b) expect(isNearDuplicate(null, null, seedText(a), seedText(b)), `${a} vs ${b}`).toBe(false);
  });

  it('puts the re-post and its original in a shared LSH band so the store finds the candidate', () => {
    const shared = textBandKeys(original).filter((k) => textBandKeys(repost).includes(k));
    expect(shared.length).toBeGreaterThan(0);
    expect(textBandKeys(original)).toHaveLength(21);
  });

  it('derives 28 SimHash band keys; identical signatures share all of them', () => {
    const keys = nearDupBandKeys(simhash(original));
    expect(keys).toHaveLength(28);
    expect(new Set(keys).size).toBe(28);
    expect(nearDupBandKeys(simhash(original))).toEqual(keys);
  });
});

describe('NearDupIndex', () => {
  it('returns the indexed original for a re-post, and nothing for an unrelated seed', () => {
    const index = new NearDupIndex();
    for (const s of SEEDS) index.add(`seed-${s}`, seedText(s));
    expect(index.size).toBe(5);
    const hits = index.query(fixtureText('repost-000.txt'));
    expect(hits.map((h) => h.id)).toEqual(['seed-000']);
    expect(hits[0]?.similarity).toBeGreaterThan(0.7);
    expect(index.query(fixtureText('meeting-en.txt'))).toEqual([]);
  });

  it('finds an exact copy with similarity 1', () => {
    const index = new NearDupIndex();
    index.add('a', seedText('002'));
    expect(index.query(seedText('002'))).toEqual([{ id: 'a', similarity: 1 }]);
  });

  it('does not return seed 003 for seed 000 although they share sentences', () => {
    const index = new NearDupIndex();
    index.add('seed-003', seedText('003'));
    expect(index.query(seedText('000'))).toEqual([]);
  });
});
