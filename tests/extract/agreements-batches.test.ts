import { describe, expect, it } from 'vitest';
import { extractAgreementInfo } from '../../shared/extract/agreements.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** Sentences of one paragraph each (written for these tests, in the outlets' style). */
const doc = (...texts: string[]): Sentence[] => texts.map((text, para) => ({ text, para, zone: 'body' }));
const read = (...texts: string[]) => {
  const info = extractAgreementInfo(doc(...texts));
  return { count: info.count, kinds: info.agreements.map((a) => `${a.docType}/${a.status}`) };
};

describe('unnamed batches of documents', () => {
  it('types an announced unnamed batch of "documents" as one `other` entry, in every language (issue 12)', () => {
    expect(
      read('The programme of the state visit provides for signing several important documents.').kinds,
    ).toEqual(['other/planned']);
    expect(read('По итогам переговоров планируется подписать ряд двусторонних документов.').kinds).toEqual([
      'other/planned',
    ]);
  });

  it('takes documents exchanged without a number as one generic signed entry', () => {
    expect(read('The premiers attended a ceremony of exchanging trade documents.').kinds).toEqual([
      'other/signed',
    ]);
    expect(
      read(
        'They witnessed the exchange of a number of documents on cooperation, covering areas such as energy.',
      ).kinds,
    ).toEqual(['other/signed']);
  });

  it('leaves a counted batch to the count, however many qualifiers stand before the noun', () => {
    expect(read('Всего подписано 18 межправительственных и межведомственных документов.')).toEqual({
      count: 18,
      kinds: [],
    });
    expect(
      read(
        'Over 20 documents were signed.',
        'The ministers signed a number of documents on customs and transit.',
      ),
    ).toEqual({ count: 20, kinds: [] });
  });

  it('keeps a named document instead of the generic one', () => {
    expect(
      read('They signed a joint declaration.', 'Several interagency documents on education were signed too.')
        .kinds,
    ).toEqual(['declaration/signed']);
  });
});
