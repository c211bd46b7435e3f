import { describe, expect, it } from 'vitest';
import { isBroadPlace, mergeEvents, specificPlace } from '../../shared/dedup/index.ts';
import { extracted, storedEvent } from './fixtures.ts';

describe('merging keeps the most specific place', () => {
  it('prefers a city over a country or region, any place over none, and keeps a stored city', () => {
    expect(isBroadPlace('China')).toBe(true);
    expect(isBroadPlace('Urumqi')).toBe(false);
    expect(specificPlace('China', 'Xi’an')).toBe('Xi’an');
    expect(specificPlace('Xinjiang', 'Urumqi')).toBe('Urumqi');
    expect(specificPlace(null, 'Astana')).toBe('Astana');
    expect(specificPlace('Astana', 'Kazakhstan')).toBe('Astana');
    expect(specificPlace('Astana', 'Almaty')).toBe('Astana');
  });

  it('applies when a report joins a stored event', () => {
    const stored = storedEvent(extracted({ location: 'Kazakhstan' }), 'https://a.kz/1');
    const merged = mergeEvents(stored, extracted({ location: 'Astana' }), {
      articleId: 'a2',
      url: 'https://b.kz/2',
      outlet: 'B',
      title: 'Talks in the capital',
      lang: 'en',
      published: null,
    });
    expect(merged.location).toBe('Astana');
  });
});
