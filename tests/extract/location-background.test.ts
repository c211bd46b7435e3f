import { describe, expect, it } from 'vitest';
import { resolveLocation } from '../../shared/extract/location.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** Lead paragraphs, one sentence each (sentences written for these tests). */
const lead = (...texts: string[]): Sentence[] =>
  texts.map((text, i) => ({ text, para: i, zone: i < 2 ? 'lead' : 'body' }));

describe('places that are not the venue', () => {
  it('leaves out the place of an earlier happening in a background clause', () => {
    const s = lead(
      'The foreign ministers of Kazakhstan and China met on Monday.',
      'They reviewed the agreements reached during the state visit to Shanghai last autumn.',
    );
    expect(resolveLocation(s, 'meeting', { outlet: 'Example' })).toBeNull();
    const ru = lead(
      'Министры иностранных дел Казахстана и Китая провели встречу в понедельник.',
      'Стороны обсудили исполнение договоренностей, достигнутых в Шанхае.',
    );
    expect(resolveLocation(ru, 'meeting', { outlet: 'Example' })).toBeNull();
  });

  it("does not take the desk city of the outlet's dateline for the venue", () => {
    const s = lead(
      'ALMATY. KazTAG – The deputy foreign ministers of Kazakhstan and China held consultations.',
    );
    expect(resolveLocation(s, 'meeting', { outlet: 'KazTAG' })).toBeNull();
    // Away from its desk, the outlet's dateline is its reporter's.
    const away = lead(
      'URUMQI. KazTAG – The deputy foreign ministers of Kazakhstan and China held consultations.',
    );
    expect(resolveLocation(away, 'meeting', { outlet: 'KazTAG' })).toBe('Urumqi');
  });

  it('takes the dateline city when the event clause says "here"', () => {
    const s = lead(
      'BEIJING, March 4 (Xinhua) -- A Chinese vice premier met the Kazakh trade minister here on Monday.',
    );
    expect(resolveLocation(s, 'meeting', { outlet: 'Xinhua' })).toBe('Beijing');
  });
});
