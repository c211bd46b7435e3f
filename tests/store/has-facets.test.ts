import { describe, expect, it } from 'vitest';
import { eventFacets, hasFacets } from '../../shared/store/event-facets.ts';
import { makeEvent } from '../helpers/events.ts';

describe('hasFacets (the per-field check behind filtered listings)', () => {
  const events = Array.from({ length: 60 }, (_, i) => makeEvent(i + 1, { days: 400 }));
  // Every facet any of these events has, plus ones none has: each must agree with eventFacets membership.
  const facets = [
    ...new Set(events.flatMap(eventFacets)),
    'kind#nothing',
    'person#nobody',
    'person#-',
    'doc#treaty',
    'lang#zz',
    'q#zzzz',
    'other#x',
  ];

  it('answers exactly as membership in eventFacets, for single and combined filters', () => {
    for (const e of events) {
      const have = new Set(eventFacets(e));
      for (const f of facets) expect(hasFacets(e, [f]), `${e.id} ${f}`).toBe(have.has(f));
      const pair = [facets[e.id.length % facets.length] as string, 'kind#visit'];
      expect(hasFacets(e, pair)).toBe(pair.every((f) => have.has(f)));
    }
  });

  it('matches a person in any listed spelling or script', () => {
    const e = makeEvent(2);
    const official = { name: 'Ван И', role: 'Minister of Foreign Affairs', country: 'CN' };
    const latin = hasFacets({ ...e, participants: [{ ...official, name: 'Wang Yi' }], mentioned: [] }, [
      'person#wang-i',
    ]);
    expect(latin).toBe(true);
    expect(hasFacets({ ...e, participants: [official], mentioned: [] }, ['person#wang-i'])).toBe(true);
    expect(hasFacets({ ...e, participants: [], mentioned: [] }, ['person#wang-i'])).toBe(false);
  });
});
