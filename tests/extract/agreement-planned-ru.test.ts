import { describe, expect, it } from 'vitest';
import { extractAgreementInfo } from '../../shared/extract/agreements.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** Sentences written for these tests, one paragraph each. */
const doc = (...texts: string[]): Sentence[] => texts.map((text, para) => ({ text, para, zone: 'body' }));
const read = (text: string) => {
  const info = extractAgreementInfo(doc(text), 2025);
  return { count: info.count, docs: info.agreements.map((a) => `${a.docType}/${a.status}: ${a.title}`) };
};

describe('signings still to come and their titles (issue 12)', () => {
  it('reads «будет подписано» as one planned cue, not a signing inside it', () => {
    expect(read('Ожидается, что в ходе визита будет подписано около 15 документов.')).toEqual({
      count: null,
      docs: ['other/planned: Документов'],
    });
    expect(read('В ходе визита будут подписаны соглашения о сотрудничестве в сфере туризма.').docs).toEqual([
      'agreement/planned: Соглашения о сотрудничестве в сфере туризма',
    ]);
  });

  it('reads a signing that «состоится» as planned and one that «состоялось» as signed, the verb off the title', () => {
    expect(read('Подписание соглашения о паромном сообщении состоится в ходе визита.').docs).toEqual([
      'agreement/planned: Соглашения о паромном сообщении',
    ]);
    expect(read('Вчера состоялось подписание соглашения о паромном сообщении.').docs).toEqual([
      'agreement/signed: Соглашения о паромном сообщении',
    ]);
  });

  it('reads «План совместных действий» as a programme', () => {
    expect(read('Министры подписали План совместных действий на 2026–2028 годы.').docs).toEqual([
      'program/signed: План совместных действий на 2026–2028 годы',
    ]);
  });
});

describe('background the reporter recalls (issue 12)', () => {
  it('does not list a document from a «Напомним» or "Recall that" sentence', () => {
    expect(read('Напомним, стороны подписали меморандум о сотрудничестве в сфере туризма.').docs).toEqual([]);
    expect(read('Recall that the ministries signed a memorandum on tourism in the spring.').docs).toEqual([]);
    expect(read('Стороны подписали меморандум о сотрудничестве в сфере туризма.').docs).toEqual([
      'memorandum/signed: Меморандум о сотрудничестве в сфере туризма',
    ]);
  });
});
