import { describe, expect, it } from 'vitest';
import { resolveLocation } from '../../shared/extract/location.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** Lead paragraphs, one sentence each (sentences written for these tests). */
const lead = (...texts: string[]): Sentence[] =>
  texts.map((text, i) => ({ text, para: i, zone: i < 2 ? 'lead' : 'body' }));

describe("the outlet's own dateline", () => {
  it("is the venue when the outlet's reporter files from there", () => {
    const s = lead(
      'URUMQI. KAZINFORM – Deputy Foreign Minister Alibek Bakayev held consultations with his Chinese counterpart.',
    );
    expect(resolveLocation(s, 'meeting', { outlet: 'Kazinform' })).toBe('Urumqi');
    const ru = lead('ПЕКИН. КАЗИНФОРМ – Министр торговли Казахстана провел встречу с коллегой из КНР.');
    expect(resolveLocation(ru, 'meeting', { outlet: 'Kazinform' })).toBe('Beijing');
  });

  it('wins over the capital a trip implies when it lies in the country visited', () => {
    const s = lead(
      "XI'AN. KAZINFORM – President Kassym-Jomart Tokayev held talks with President Xi Jinping as part of his state visit to China.",
    );
    expect(resolveLocation(s, 'meeting', { outlet: 'Kazinform' })).toBe("Xi'an");
  });

  it('is not the venue of a trip abroad written at the home desk', () => {
    const s = lead(
      'ASTANA. KAZINFORM – Prime Minister Olzhas Bektenov held talks with Premier Li Qiang during his official visit to China.',
    );
    expect(resolveLocation(s, 'meeting', { outlet: 'Kazinform' })).toBe('Beijing');
  });

  it("is not the venue when the report relays another agency's wire", () => {
    const s = lead(
      'ASTANA, June 3 (Xinhua) -- The two foreign ministers held talks on trade, Xinhua reported.',
    );
    expect(resolveLocation(s, 'meeting', { outlet: 'Kazinform' })).toBeNull();
    expect(resolveLocation(s, 'meeting', { outlet: 'Trend (via Xinhua)' })).toBeNull();
  });
});

describe('a visit named with its traveller before the destination', () => {
  it("implies the destination's capital", () => {
    const s = lead('During the state visit of the Chinese leader to Kazakhstan, the presidents held talks.');
    expect(resolveLocation(s, 'meeting')).toBe('Astana');
    const ru = lead('В ходе государственного визита Председателя КНР в Казахстан лидеры провели переговоры.');
    expect(resolveLocation(ru, 'meeting')).toBe('Astana');
  });
});

describe('capitals implied by an envoy or a trip', () => {
  it('does not take a trip still to come for the venue', () => {
    const s = lead(
      'Foreign Minister Murat Nurtleu met with Ambassador Han Chunlin to prepare the upcoming state visit of the President to China.',
    );
    expect(resolveLocation(s, 'meeting')).not.toBe('Beijing');
  });
});
