import { type DocumentFacts, documentOf, sameDocument } from './agreements.ts';
import { common, people, sketchJaccard, without } from './pair-parts.ts';
import { anchorDay, dayWindow, prepared } from './prepared.ts';
import type { Report } from './report.ts';
import { resolvedWindow } from './resolved-day.ts';

export { anchorDay, dayWindow, sketchJaccard };

/**
 * Pair features of two reports for record linkage. Every feature is 0 when its evidence is missing on either
 * side (missing evidence is neutral); agreeing and contradicting evidence are separate features, so the fitted
 * weights can make a contradiction count against a pair. Order matters: it is the order of the weights.
 */
export const FEATURES = [
  'hardConflict',
  'dateSame',
  'dateWindow',
  'dateNext',
  'dateFar',
  'dateWeek',
  'dayWritten',
  'dayDisjoint',
  'yearDisjoint',
  'noDates',
  'sidesSameDay',
  'sidesNoDate',
  'bothSides',
  'people2',
  'people1',
  'coverage',
  'counterpartConflict',
  'noSharedPerson',
  'kindSame',
  'kindDiffer',
  'visitVsPart',
  'placeSame',
  'placeDiffer',
  'figureShared',
  'agreementShared',
  'namesShared',
  'namesJaccard',
  'stemsSameLang',
  'shingles',
  'occasionShared',
  'occasionDiffer',
  'namedPeople',
  'statementVsPresence',
] as const;
export type FeatureName = (typeof FEATURES)[number];

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
 * Whether an undated report's written years are all before the other report's dated year: background
 * (earlier meetings, anniversaries) a later report recounts, not a sign of another year's event.
 */
function history(a: Report, b: Report): boolean {
  return before(a, b) || before(b, a);
}

/** Whether a report has a date (event or publication). */
function dated(r: Report): boolean {
  return r.eventDate !== null || r.published !== null;
}

/** Whether undated u writes only years before every year of dated d. */
function before(u: Report, d: Report): boolean {
  if (dated(u) || !dated(d)) return false;
  for (const y of u.years) for (const z of d.years) if (y >= z) return false;
  return true;
}

/** `documentOf` each agreement of a report, read once per report (on its first compared pair with documents). */
const documentMemo = new WeakMap<Report, readonly DocumentFacts[]>();

/** The report's documents as `sameDocument` compares them (see `documentMemo`). */
function documents(r: Report): readonly DocumentFacts[] {
  let known = documentMemo.get(r);
  if (!known) {
    known = r.agreements.map(documentOf);
    documentMemo.set(r, known);
  }
  return known;
}

/** Whether two lists of documents share one (`sameAgreement`), on the facts each report read once. */
function shareDocument(a: readonly DocumentFacts[], b: readonly DocumentFacts[]): boolean {
  for (const x of a) for (const y of b) if (sameDocument(x, y)) return true;
  return false;
}

/** The features read from a pair's content (names, days, years, figures, documents, texts): the costly ones. */
export const CONTENT = [
  'dayWritten',
  'dayDisjoint',
  'yearDisjoint',
  'figureShared',
  'agreementShared',
  'namesShared',
  'namesJaccard',
  'stemsSameLang',
  'shingles',
  'occasionShared',
  'occasionDiffer',
  'namedPeople',
] as const satisfies readonly FeatureName[];
type ContentFeature = (typeof CONTENT)[number];
const FEATURE_INDEX = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<FeatureName, number>;

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
 * Fills in the content features of a pair whose facts `pairFeatures(a, b, true)` gave (in place), so a
 * pair ruled out by its facts alone never pays for its content.
 */
export function withContent(a: Report, b: Report, facts: number[]): number[] {
  const pa = prepared(a);
  const pb = prepared(b);
  // people are compared above: their names would count twice, and the same principals recur everywhere
  // (each side's names without both sides' person stems, counted on the prepared lists)
  const sharedNames = common(pa.ownNames, pb.ownNames);
  const unionNames = without(pa.ownNames, b.personStems) + without(pb.ownNames, a.personStems) - sharedNames;
  const sharedDays = common(a.days, b.days);
  const sharedYears = a.years.some((y) => b.years.includes(y));
  const namedShared = common(a.personStems, b.personStems);
  const namedUnion = a.personStems.length + b.personStems.length - namedShared;
  const oa = a.occasions ?? [];
  const ob = b.occasions ?? [];
  const sharedOccasions = common(oa, ob);
  let figures = 0;
  for (const f of a.figures) if (b.figures.includes(f)) figures++;
  const docs =
    a.agreements.length > 0 && b.agreements.length > 0 && shareDocument(documents(a), documents(b));
  const content: Record<ContentFeature, number> = {
    dayWritten: sharedDays > 0 ? 1 : 0,
    dayDisjoint: a.days.length > 0 && b.days.length > 0 && sharedDays === 0 ? 1 : 0,
    yearDisjoint: a.years.length > 0 && b.years.length > 0 && !sharedYears && !history(a, b) ? 1 : 0,
    figureShared: Math.min(figures, 2) / 2,
    agreementShared: docs ? 1 : 0,
    namesShared: Math.min(sharedNames, 8) / 8,
    namesJaccard: unionNames > 0 ? sharedNames / unionNames : 0,
    stemsSameLang: a.lang === b.lang ? sketchJaccard(a.stems, b.stems) : 0,
    shingles: sketchJaccard(a.shingles, b.shingles),
    // what happened (a condolence, an award, an article), named in any language: two statements of one
    // person on one day differ by it, and it is the content two scripts share when their words cannot
    occasionShared: sharedOccasions > 0 ? 1 : 0,
    occasionDiffer: oa.length > 0 && ob.length > 0 && sharedOccasions === 0 ? 1 : 0,
    // everyone either text names, participants or only mentioned (the addressee of a message, the host an
    // extraction missed): the share of name stems in common
    namedPeople: namedUnion > 0 ? namedShared / namedUnion : 0,
  };
  for (const name of CONTENT) facts[FEATURE_INDEX[name]] = content[name];
  return facts;
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
  const kinds = a.kind !== 'other' && b.kind !== 'other';
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
