import { describe, expect, it } from 'vitest';
import { matchesFilters } from '../../shared/alerts/filters.ts';
import { agreementKey } from '../../shared/alerts/matching.ts';
import { SubscriberFilters } from '../../shared/domain/index.ts';
import { AI_MEMORANDUM, ministersTalks, RAILWAY_PLANNED, stateVisit, TREATY } from './fixtures.ts';

const filters = (f: Partial<SubscriberFilters>) => SubscriberFilters.parse(f);

describe('agreement key', () => {
  it('is the same for a re-stated title that differs only in case, quotes and spacing', () => {
    const restated = {
      ...TREATY,
      title: '  TREATY on “Eternal” Good-Neighborliness,  Friendship and Cooperation ',
    };
    expect(agreementKey('ev_a1', restated)).toBe(agreementKey('ev_a1', TREATY));
  });

  it('differs by event, document type, title and between planned and signed', () => {
    const key = agreementKey('ev_a1', TREATY);
    expect(agreementKey('ev_b2', TREATY)).not.toBe(key);
    expect(agreementKey('ev_a1', { ...TREATY, docType: 'protocol' })).not.toBe(key);
    expect(agreementKey('ev_a1', AI_MEMORANDUM)).not.toBe(key);
    expect(agreementKey('ev_a1', { ...TREATY, status: 'planned' })).not.toBe(key);
    expect(key).toMatch(/^ev_a1#agreement#[0-9a-f]{20}$/);
  });
});

describe('subscriber filters', () => {
  const visit = stateVisit();

  it('lets everything signed through when empty, but not planned documents', () => {
    expect(matchesFilters(filters({}), visit, TREATY)).toBe(true);
    expect(matchesFilters(filters({}), visit, RAILWAY_PLANNED)).toBe(false);
    expect(matchesFilters(filters({ includePlanned: true }), visit, RAILWAY_PLANNED)).toBe(true);
  });

  it('filters by document type', () => {
    expect(matchesFilters(filters({ docTypes: ['memorandum'] }), visit, AI_MEMORANDUM)).toBe(true);
    expect(matchesFilters(filters({ docTypes: ['memorandum'] }), visit, TREATY)).toBe(false);
  });

  it('finds keywords as word starts in titles of the agreement, event and sources, in any case', () => {
    expect(matchesFilters(filters({ keywords: ['artificial intel'] }), visit, AI_MEMORANDUM)).toBe(true);
    expect(matchesFilters(filters({ keywords: ['ARTIFICIAL'] }), visit, TREATY)).toBe(false);
    expect(matchesFilters(filters({ keywords: ['astana'] }), visit, TREATY)).toBe(true);
    expect(matchesFilters(filters({ keywords: ['tana'] }), visit, TREATY)).toBe(false);
    const ru = ministersTalks();
    const [memo] = ru.agreements;
    if (!memo) throw new Error('fixture has a memorandum');
    expect(matchesFilters(filters({ keywords: ['меморанд'] }), ru, memo)).toBe(true);
  });

  it('matches participants by surname or full name, not people only mentioned', () => {
    const ru = ministersTalks();
    const [memo] = ru.agreements;
    if (!memo) throw new Error('fixture has a memorandum');
    expect(matchesFilters(filters({ participants: ['wang yi'] }), ru, memo)).toBe(true);
    expect(matchesFilters(filters({ participants: ['Nurtleu'] }), ru, memo)).toBe(true);
    expect(matchesFilters(filters({ participants: ['Tokayev'] }), ru, memo)).toBe(false);
    expect(matchesFilters(filters({ participants: ['Wang'], docTypes: ['protocol'] }), ru, memo)).toBe(false);
  });
});
