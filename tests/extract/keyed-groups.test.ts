import { describe, expect, it } from 'vitest';
import { keyedFinder } from '../../shared/extract/keyed-finder.ts';
import { groupedFinder } from '../../shared/extract/keyed-groups.ts';

/** A small list in lexicon syntax: plain words, phrases, stems, a one-letter key, a `/…/` entry with a group. */
const ENTRIES = [
  'met',
  'met with',
  'meeting*',
  'held talks',
  'held',
  'visit*',
  'в',
  'встретил*',
  'провел* переговоры',
  '/(?:signed|inked)\\s+(?:a|the)\\s+deal/',
];

/** Sentences written for this test (English, Russian, mixed case, odd letters and a surrogate pair). */
const TEXTS = [
  'The minister met with his counterpart and held talks on trade.',
  'MET WITH the envoy, the mayor Held Talks in the city hall.',
  'Министр встретился с послом в Астане и провел переговоры.',
  'A Meetings-heavy week: visits, visited, VISITING and a revisit.',
  'They inked the deal after they signed a deal. Metals rose.',
  'İstanbul met 😀met with 𝐦𝐞𝐭 held ſigned a deal.',
  '',
];

describe('groupedFinder', () => {
  it('finds what keyedFinder finds, in the same order, with only the entries whose key fits tried', () => {
    const grouped = groupedFinder(ENTRIES);
    const keyed = keyedFinder(ENTRIES);
    for (const t of TEXTS) expect(grouped(t)).toEqual(keyed(t));
  });

  it('prefers the longer entry the alternation lists first ("met with" over "met")', () => {
    const found = groupedFinder(ENTRIES)('She met with him.');
    expect(found).toEqual([{ at: 4, end: 12, text: 'met with' }]);
  });

  it('reads a stem with its ending and skips words that only start like an entry', () => {
    const found = groupedFinder(ENTRIES)('Revisits and visitors: a visit.').map((m) => m.text);
    expect(found).toEqual(['visitors', 'visit']);
  });
});
