import { withContent } from './pair-content.ts';
import { people, sketchJaccard } from './pair-parts.ts';
import { anchorDay, dayWindow, prepared } from './prepared.ts';
import type { Report } from './report.ts';
import { resolvedWindow } from './resolved-day.ts';

export { CONTENT, FEATURES, type FeatureName } from './features.ts';
// the feature names and the content features live in their own files; importers of pair.ts keep them here
export { anchorDay, dayWindow, sketchJaccard, withContent };

/** Meetings, visits, signings and forums can describe one in-person happening; calls and statements not. */
const FAMILY: Record<string, string> = {
  meeting: 'in_person',
  visit: 'in_person',
  agreement_signing: 'in_person',
  forum: 'in_person',
  phone_call: 'call',
  statement: 'statement',
  other: 'any',
};

/** Days between two windows (0 when they overlap). */
function windowGap(a: [number, number], b: [number, number]): number {
  return Math.max(0, a[0] - b[1], b[0] - a[1]);
}

/**
 * The feature vector of a pair of reports (see FEATURES). With `factsOnly`, the content features are left
 * NaN (unknown) and not computed: enough for an upper bound on the link (dates, people, kind, place).
 */
export function pairFeatures(a: Report, b: Report, factsOnly = false): number[] {
  const pa = prepared(a);
  const pb = prepared(b);
  // an undated side that writes the other's day (no year) is read on that day (see `resolvedWindow`)
  const wa = pa.window ?? (pb.window ? resolvedWindow(a, pb.window) : null);
  const wb = pb.window ?? (pa.window ? resolvedWindow(b, pa.window) : null);
  const gap = wa && wb ? windowGap(wa, wb) : null;
  // both dates read from the text: a point each, so the same day agrees for sure and two days apart is
  // another event (one event = one day)
  const exact = wa !== null && wb !== null && wa[0] === wa[1] && wb[0] === wb[1];
  const na = a.people.length;
  const nb = b.people.length;
  const p =
    na && nb
      ? people(a, b, pa, pb)
      : { matched: 0, sides: false, conflict: false, sure: false, named: false };
  const fa = FAMILY[a.kind] ?? 'any';
  const fb = FAMILY[b.kind] ?? 'any';
  const visit = (a.kind === 'visit') !== (b.kind === 'visit') && fa === fb;
  // a call is never the in-person meeting of the same people (extractors tell calls apart reliably)
  const callVsMeeting = (fa === 'call' && fb === 'in_person') || (fa === 'in_person' && fb === 'call');
  // a signed article or interview is its own event, not the visit or talks of the same days, when both
  // kinds were read from a sentence (a default kind says nothing)
  const statementPair =
    (fa === 'statement' && fb === 'in_person') || (fa === 'in_person' && fb === 'statement');
  // …but a statement is one side's voice (the other side's principal is only mentioned): a "statement" of
  // the same day whose participants include the same Kazakh and Chinese principals as the in-person report
  // tells of their meeting (a relayed post, a joint briefing), so its kind says nothing against the pair.
  // Only on one day: undated, the same two leaders' messages and meetings of other years look alike
  const voiceOfBoth = statementPair && p.sides && gap === 0;
  const statement = statementPair && !voiceOfBoth && a.kindSure !== false && b.kindSure !== false;
  const facts = factFeatures(
    a,
    b,
    gap,
    exact,
    p,
    wa === null && wb === null,
    callVsMeeting,
    visit,
    statement,
    voiceOfBoth,
  );
  return factsOnly ? facts : withContent(a, b, facts);
}

/**
 * The features of a pair's facts (dates, people, kind, place) in FEATURES order, the content features NaN.
 * Every value is 0 or 1 except `coverage`.
 */
function factFeatures(
  a: Report,
  b: Report,
  gap: number | null,
  exact: boolean,
  p: { matched: number; sides: boolean; conflict: boolean; sure: boolean },
  noDates: boolean,
  callVsMeeting: boolean,
  visit: boolean,
  statement: boolean,
  voiceOfBoth: boolean,
): number[] {
  const na = a.people.length;
  const nb = b.people.length;
  // "other" read from a sentence (an award, an opening ceremony) is a happening of its own, not the talks of
  // the same day; only a default "other" (no sentence said what happened) says nothing
  const kinds = (a.kind !== 'other' || a.kindSure === true) && (b.kind !== 'other' || b.kindSure === true);
  const u = Number.NaN;
  // in FEATURES order (a test checks that the NaN places are exactly CONTENT's)
  return [
    // one event is one day, one set of sides, one mode: dates two days apart, another counterpart, a call
    (exact && gap !== null && gap >= 2) || p.sure || callVsMeeting ? 1 : 0, // hardConflict
    exact && gap === 0 ? 1 : 0, // dateSame
    !exact && gap === 0 ? 1 : 0, // dateWindow
    gap === 1 ? 1 : 0, // dateNext
    gap !== null && gap >= 2 ? 1 : 0, // dateFar
    gap !== null && gap >= 7 ? 1 : 0, // dateWeek
    u, // dayWritten
    u, // dayDisjoint
    u, // yearDisjoint
    // without two dates, the same famous pair of principals recurs across years: content must carry it
    noDates ? 1 : 0, // noDates
    // the same Kazakh and Chinese principals on the same day: the convention's one event
    p.sides && gap === 0 ? 1 : 0, // sidesSameDay
    // …and without two dates to compare: the same principals meet every year, so they alone say little
    p.sides && gap === null ? 1 : 0, // sidesNoDate
    p.sides ? 1 : 0, // bothSides
    p.matched >= 2 ? 1 : 0, // people2
    p.matched === 1 ? 1 : 0, // people1
    na && nb ? p.matched / Math.min(na, nb) : 0, // coverage
    p.conflict ? 1 : 0, // counterpartConflict
    na && nb && p.matched === 0 ? 1 : 0, // noSharedPerson
    a.kind === b.kind && a.kind !== 'other' ? 1 : 0, // kindSame
    // kinds are read reliably now: a forum session and a meeting on its sidelines are two events
    kinds && a.kind !== b.kind && !voiceOfBoth ? 1 : 0, // kindDiffer
    visit ? 1 : 0, // visitVsPart
    a.place && a.place === b.place ? 1 : 0, // placeSame
    a.place && b.place && a.place !== b.place ? 1 : 0, // placeDiffer
    u, // figureShared
    u, // agreementShared
    u, // namesShared
    u, // namesJaccard
    u, // stemsSameLang
    u, // shingles
    u, // occasionShared
    u, // occasionDiffer
    u, // namedPeople
    statement ? 1 : 0, // statementVsPresence
  ];
}
