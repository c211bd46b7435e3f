import { describe, expect, it } from 'vitest';
import { extractZhAgreements } from '../../shared/extract/zh/agreements.ts';
import { buildZhDoc } from '../../shared/extract/zh/text.ts';

/** Sentences written for these tests in the style of Chinese readouts; the counts and sums are made up. */
const docs = (text: string) =>
  extractZhAgreements(buildZhDoc(null, text), '2024-05-20').agreements.map((a) => [a.docType, a.status]);

describe('Chinese documents: counted, restated, to be drawn up', () => {
  it('lists no entry for counted unnamed documents, nor for their value restated after a comma', () => {
    expect(docs('会谈后，双方签署了30多份合作协议，协议总金额约90亿美元。')).toEqual([]);
  });

  it('reads a roadmap the sides agree to draw up as planned, not one already drawn up', () => {
    expect(docs('双方商定制定两地农业合作路线图。')).toEqual([['roadmap', 'planned']]);
    expect(docs('双方将按照已制定的路线图推进合作。')).toEqual([]);
  });
});
