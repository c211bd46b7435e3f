import { describe, expect, it } from 'vitest';
import { classifyKind } from '../../shared/extract/kind.ts';
import { resolveLocationWithEvidence } from '../../shared/extract/location.ts';
import { predicates } from '../../shared/extract/predicates.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** A title and lead paragraphs (sentences written for these tests). */
const doc = (title: string, ...lead: string[]): Sentence[] => [
  { text: title, para: -1, zone: 'title' },
  ...lead.map((text, i) => ({ text, para: i, zone: 'lead' as const })),
];

const kinds = (text: string) => predicates(text, false).map((p) => `${p.kind}/${p.tense}`);

describe('a guest met at the airport is the arrival of a visit (issue 19)', () => {
  it('reads "met/greeted … at the airport" as a realized visit, plain "met" as a meeting', () => {
    expect(kinds('The Prime Minister greeted the Chinese leader at Almaty airport on Monday.')).toEqual([
      'visit/realized',
    ]);
    expect(kinds('The Premier met the minister in Astana.')).toEqual(['meeting/realized']);
    expect(kinds('Премьер лично встретил гостя в аэропорту Алматы.')).toEqual(['visit/realized']);
    expect(kinds('В международном аэропорту Пекина министра встретил посол.')).toEqual(['visit/realized']);
    expect(kinds('Премьер встретился с министром в Астане.')).toEqual(['meeting/realized']);
  });

  it('gives the visit its venue from the airport phrase', () => {
    const d = doc(
      'Премьер встретил в аэропорту Алматы министра КНР',
      'Премьер-министр Казахстана встретил в аэропорту Алматы министра торговли КНР, прибывшего с визитом.',
    );
    expect(classifyKind(d)).toBe('visit');
    expect(resolveLocationWithEvidence(d, 'visit').location).toBe('Almaty');
  });
});

describe('a trip to attend a multilateral summit is the visit (issue 19)', () => {
  it('reads a state visit that brings the guest to the SCO summit as the visit, a working trip by its purpose', () => {
    expect(
      classifyKind(
        doc(
          'Chinese leader arrives in Astana',
          'The Chinese President arrived in Astana on Tuesday to attend the summit of the Shanghai Cooperation Organization and pay a state visit.',
        ),
      ),
    ).toBe('visit');
    expect(
      classifyKind(
        doc(
          'Chinese minister arrives in Astana',
          'The Chinese minister arrived in Astana on a working visit to attend the meeting of the SCO foreign ministers.',
        ),
      ),
    ).toBe('meeting');
    expect(
      classifyKind(
        doc(
          'Minister arrives in Urumqi',
          'The Kazakh minister arrived in Urumqi on Tuesday to attend the Kazakhstan-China business forum.',
        ),
      ),
    ).toBe('forum');
  });
});

describe('"convened" takes its kind from its noun, as "held" does (issue 19)', () => {
  it('reads a convened dialogue as a meeting with its venue, a convened committee session as a forum', () => {
    const d = doc(
      'Foreign ministers open a strategic dialogue',
      'Foreign Minister Wang Yi and his Kazakh counterpart convened the first strategic dialogue in Beijing on Friday.',
    );
    expect(classifyKind(d)).toBe('meeting');
    expect(resolveLocationWithEvidence(d, 'meeting').location).toBe('Beijing');
    expect(kinds('The ministers convened a session of the intergovernmental committee.')).toEqual([
      'forum/realized',
    ]);
  });
});
