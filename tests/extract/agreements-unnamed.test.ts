import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../shared/extract/agreements.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** Sentences of one paragraph each (written for these tests, in the outlets' style). */
const doc = (...texts: string[]): Sentence[] => texts.map((text, para) => ({ text, para, zone: 'body' }));
const kinds = (...texts: string[]) => extractAgreements(doc(...texts)).map((a) => `${a.docType}/${a.status}`);

describe('abbreviated memoranda', () => {
  it('reads "memo" and "MoU" as a memorandum', () => {
    expect(kinds('The two ministries signed a memo of cooperation in veterinary control.')).toEqual([
      'memorandum/signed',
    ]);
    expect(kinds('Following the talks, the agencies signed an MoU on green hydrogen.')).toEqual([
      'memorandum/signed',
    ]);
  });
});

describe('unnamed signed documents', () => {
  it('takes business deals with their value as one generic signed document', () => {
    expect(kinds('Companies of the two countries signed 27 deals worth USD 9.4 billion on Monday.')).toEqual([
      'agreement/signed',
    ]);
    expect(kinds('В ходе форума были подписаны сделки на сумму 3 млрд долларов.')).toEqual([
      'agreement/signed',
    ]);
  });

  it('leaves a bare count of documents, and cooperation deals, to the count', () => {
    expect(kinds('In total, 19 documents were signed during the visit.')).toEqual([]);
    expect(kinds('The premiers witnessed the signing of cooperation deals worth $8 billion.')).toEqual([]);
  });

  it('takes a signing ceremony without documents as one generic signed document', () => {
    expect(kinds('The two presidents shook hands at the signing ceremony in the Akorda.')).toEqual([
      'agreement/signed',
    ]);
    expect(kinds('Главы МИД приняли участие в церемонии подписания.')).toEqual(['agreement/signed']);
  });

  it('drops the generic entry when a signed document is named', () => {
    expect(
      kinds(
        'The leaders attended the signing ceremony.',
        'An agreement on mutual visa exemption was signed in their presence.',
      ),
    ).toEqual(['agreement/signed']);
  });

  it('does not take a ceremony still to come', () => {
    expect(kinds('A signing ceremony will be held on Friday, the ministry said.')).toEqual([]);
  });
});

describe('a visit programme that provides for signings', () => {
  it('is one generic planned document, and the programme is no document', () => {
    expect(
      kinds('The programme of the visit provides for talks and the signing of a number of documents.'),
    ).toEqual(['other/planned']);
    expect(
      kinds('Программа визита предусматривает переговоры на высшем уровне и подписание ряда документов.'),
    ).toEqual(['other/planned']);
  });
});
