import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../shared/extract/agreements.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** Sentences of one paragraph each (written for these tests, in the outlets' style). */
const doc = (...texts: string[]): Sentence[] => texts.map((text, para) => ({ text, para, zone: 'body' }));
const kinds = (...texts: string[]) => extractAgreements(doc(...texts)).map((a) => `${a.docType}/${a.status}`);

describe('an unnamed batch is typed by its noun (issue 12)', () => {
  it('keeps announced "documents" as one `other` entry in every language', () => {
    expect(
      kinds('During the visit the leaders are expected to sign a number of bilateral documents.'),
    ).toEqual(['other/planned']);
    expect(kinds('В ходе визита планируется подписать ряд двусторонних документов.')).toEqual([
      'other/planned',
    ]);
    expect(kinds('Сапар барысында бірқатар маңызды құжатқа қол қойылады.')).toEqual(['other/planned']);
    expect(kinds('Кездесу кезінде біраз екіжақты құжаттарға қол қою жоспарлануда.')).toEqual([
      'other/planned',
    ]);
  });

  it('still types announced unnamed agreements as one `agreement` entry', () => {
    expect(kinds('The presidents plan to sign several bilateral agreements during the visit.')).toEqual([
      'agreement/planned',
    ]);
  });
});

describe('a Kazakh plural signed without a number (issue 12)', () => {
  it('is one generic entry of its own type', () => {
    expect(kinds('Облыс делегациясы келіссөздер жүргізіп, меморандумдарға қол қойды.')).toEqual([
      'memorandum/signed',
    ]);
  });
});

describe('a visit programme is a schedule, not a signed programme (issue 12)', () => {
  it('leaves out «сапар бағдарламасы» and "the visit programme"', () => {
    expect(
      kinds('Сапар бағдарламасы екіжақты келіссөздер жүргізуді және құжаттарға қол қоюды көздейді.'),
    ).toEqual(['other/planned']);
    expect(kinds('The visit programme provides for talks and the signing of an agreement on visas.')).toEqual(
      ['agreement/planned'],
    );
  });
});
