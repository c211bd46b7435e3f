import { describe, expect, it } from 'vitest';
import { enumerationItems } from '../../shared/extract/agreement-items.ts';
import { extractAgreements } from '../../shared/extract/agreements.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** Sentences written for these tests, one paragraph each. */
const doc = (...texts: string[]): Sentence[] => texts.map((text, para) => ({ text, para, zone: 'body' }));
const titles = (text: string) => extractAgreements(doc(text)).map((a) => `${a.docType}: ${a.title}`);

describe('enumeration items sharing one preposition (issue 19)', () => {
  it('reads "including ones on X, Y, and Z" as one document an item', () => {
    expect(
      titles(
        'The ministries signed nine agreements with Chinese partners, including ones on grain storage, the supply of buses, and river monitoring.',
      ),
    ).toEqual([
      'agreement: on grain storage',
      'agreement: on the supply of buses',
      'agreement: on river monitoring',
    ]);
  });

  it('carries "on" over the coordination only, not to a clause after the list', () => {
    expect(titles('The sides signed five agreements, including on visas, the ministry said.')).toEqual([
      'agreement: on visas',
    ]);
    const items = enumerationItems(' on visas, customs, and tourism, the ministry said');
    expect(items.map((i) => i.sharesAbout)).toEqual([false, true, true, false]);
    expect(items[1]?.text).toBe('on customs');
  });

  it('does not carry a preposition when no conjunction closes the list', () => {
    expect(enumerationItems(' on visas, Ministers said').map((i) => i.sharesAbout)).toEqual([false, false]);
  });
});
