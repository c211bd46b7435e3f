import { describe, expect, it } from 'vitest';
import { StoreError } from '../../shared/errors.ts';
import { eventFacets, hasFacets } from '../../shared/store/event-facets.ts';
import { viewEvent, viewHasFacets, viewItem } from '../../shared/store/event-view.ts';
import { eventSortKey } from '../../shared/store/keys.ts';
import { makeEvent } from '../helpers/events.ts';

describe('list views (what list pages read instead of events)', () => {
  const events = Array.from({ length: 60 }, (_, i) => makeEvent(i + 1, { days: 400 }));
  const facets = [...new Set(events.flatMap(eventFacets)), 'kind#visi', 'kind#visitor', 'q#zzzz', 'person#-'];

  it('answer every filter as the event itself does, prefixes of facets included', () => {
    for (const e of events) {
      const v = viewItem(e, e.version);
      for (const f of facets) expect(viewHasFacets(v, [f]), `${e.id} ${f}`).toBe(hasFacets(e, [f]));
      expect(viewHasFacets(v, ['kind#visit', `lang#${e.sources[0]?.lang}`])).toBe(e.kind === 'visit');
      expect(v.s).toBe(eventSortKey(e));
    }
  });

  it('serve the event exactly, as its own JSON, and refuse one that is not its event', () => {
    const e = { ...makeEvent(3), eventDate: null, version: 4 };
    const v = viewItem(e, 4);
    expect(viewEvent(v)).toEqual(e);
    expect(v.j).toBe(JSON.stringify(e));
    expect(v.GSI1PK).toBe('EVLIST#none');
    expect(() => viewEvent({ ...v, id: 'ev_other' })).toThrow(StoreError);
    expect(() => viewEvent({ ...v, j: '{"id":' })).toThrow(StoreError);
  });
});
