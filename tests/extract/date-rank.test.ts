import { describe, expect, it } from 'vitest';
import { type DayCandidate, decideDate, type ReportFacts, rankOf } from '../../shared/extract/date-rank.ts';

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const cand = (over: Partial<DayCandidate>): DayCandidate => ({
  t: day('2026-05-05'),
  form: 'explicit',
  zone: 0,
  clause: 0,
  pairInRoundUp: false,
  announced: false,
  past: false,
  caption: false,
  rejected: null,
  order: 0,
  sentence: 'A sentence written for this test.',
  ...over,
});
const facts = (over: Partial<ReportFacts> = {}): ReportFacts => ({
  ref: day('2026-05-06'),
  trusted: true,
  relay: false,
  vague: false,
  byline: false,
  ...over,
});
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString().slice(0, 10));

describe('event dates as ranked evidence', () => {
  it("prefers the event clause's day over a head day, and an earlier one on a tie", () => {
    const head = cand({ t: day('2026-05-04'), zone: 2, order: 1000 });
    const clause = cand({ t: day('2026-05-03'), zone: 2, clause: 3, order: 2000 });
    const d = decideDate([head, clause], facts());
    expect(iso(d.t)).toBe('2026-05-03');
    expect(d.why).toMatch(/event's clause/);
    const twin = cand({ t: day('2026-05-01'), zone: 2, order: 500 });
    expect(iso(decideDate([head, twin], facts()).t)).toBe('2026-05-01');
  });

  it('never chooses a rejected day, and says why it fell back to the report day', () => {
    const d = decideDate([cand({ zone: 3, clause: 3, rejected: 'other-day-cue' })], facts());
    expect(iso(d.t)).toBe('2026-05-06');
    expect(d.why).toMatch(/same-day/);
  });

  it('lowers announced and recalled days below the report day', () => {
    expect(rankOf(cand({ announced: true }))).toBeLessThan(0);
    expect(rankOf(cand({ past: true, zone: 2 }))).toBeLessThan(0);
    expect(iso(decideDate([cand({ announced: true })], facts()).t)).toBe('2026-05-06');
    // With no report day, a low-ranked day is still better than none.
    expect(iso(decideDate([cand({ announced: true })], facts({ ref: null })).t)).toBe('2026-05-05');
  });

  it("does not take a relay's page day, a vague head's, or a distrusted one", () => {
    expect(decideDate([], facts({ relay: true, trusted: false })).why).toMatch(/relay/);
    expect(decideDate([], facts({ relay: true, trusted: false })).t).toBeNull();
    expect(decideDate([], facts({ vague: true })).t).toBeNull();
    expect(decideDate([], facts({ trusted: false })).t).toBeNull();
  });

  it('dates a signed column by its publication, whatever days it recounts', () => {
    const d = decideDate([cand({ zone: 3, clause: 3 })], facts({ byline: true }));
    expect(iso(d.t)).toBe('2026-05-06');
  });
});
