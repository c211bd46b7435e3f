import { describe, expect, it } from 'vitest';
import { extractAgreementInfo } from '../../shared/extract/agreements.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** Sentences of one paragraph each (written for these tests). */
const info = (...texts: string[]) =>
  extractAgreementInfo(texts.map((text, para): Sentence => ({ text, para, zone: 'body' })));

describe('a counted batch that names only its partner', () => {
  it('is counted, not listed (ru)', () => {
    const r = info('Акимат подписал девять меморандумов с китайскими компаниями в рамках выставки.');
    expect(r.agreements).toEqual([]);
    expect(r.count).toBe(9);
  });

  it('is counted, not listed (en)', () => {
    const r = info('The regional government signed four memoranda with Chinese investors on Friday.');
    expect(r.agreements).toEqual([]);
    expect(r.count).toBe(4);
  });

  it('is listed when a subject follows the partner', () => {
    const r = info('Стороны подписали два соглашения с Китаем о ветеринарном контроле.');
    expect(r.agreements.map((a) => a.docType)).toEqual(['agreement']);
  });

  it('keeps a single document signed with a named partner', () => {
    const r = info('The akimat signed a memorandum with a Chinese carmaker on a new assembly line.');
    expect(r.agreements.map((a) => a.docType)).toEqual(['memorandum']);
  });
});
