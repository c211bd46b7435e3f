import { sameAgreement } from './agreements.ts';
import { namesMatch } from './names.ts';
import type { Report } from './report.ts';

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
] as const;
export type FeatureName = (typeof FEATURES)[number];

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** The report's best date: the event date, else the publication day. */
export function anchorDay(r: Report): number | null {
  const d = r.eventDate ?? r.published;
  return d ? dayNumber(d) : null;
}

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

/** |A∩B| of two sorted string arrays. */
function common(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/**
 * Jaccard of two sets estimated from their bottom-k sketches (sorted ascending): of the k smallest values of
 * the union, the share present in both. A merge walk, no allocation (it runs for every compared pair).
 */
export function sketchJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const k = Math.min(a.length, b.length);
  let i = 0;
  let j = 0;
  let taken = 0;
  let both = 0;
  while (taken < k && (i < a.length || j < b.length)) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    taken++;
  }
  return both / k;
}

/** Kinds of one-to-one happenings: here the same person with another counterpart is another event. */
const BILATERAL = new Set(['meeting', 'phone_call', 'statement']);

/**
 * People of both reports matched one to one: how many, whether they include someone of each side (the same
 * Kazakh and Chinese principals), and whether each side keeps someone the other lacks.
 */
function people(a: Report, b: Report) {
  const used = new Set<number>();
  const matchedA = new Set<number>();
  const countries = new Set<string>();
  a.people.forEach((p, i) => {
    const k = b.people.findIndex((q, j) => !used.has(j) && namesMatch(p.name, q.name));
    if (k >= 0) {
      used.add(k);
      matchedA.add(i);
      const c = p.country ?? b.people[k]?.country;
      if (c) countries.add(c);
    }
  });
  const restA = a.people.filter((_, i) => !matchedA.has(i));
  const restB = b.people.filter((_, j) => !used.has(j));
  // the same person with a different counterpart: each side keeps an unmatched person of one country
  // (an unknown country could be either side)
  const conflict =
    matchedA.size > 0 &&
    restA.some((p) => restB.some((q) => !p.country || !q.country || q.country === p.country));
  // …and with both countries known: the labelling convention's "different event", whatever else agrees;
  // only for one-to-one happenings (a visit or a forum has many people each report names a few of)
  const sure =
    BILATERAL.has(a.kind) &&
    BILATERAL.has(b.kind) &&
    matchedA.size > 0 &&
    restA.some((p) => p.country && restB.some((q) => q.country === p.country));
  return { matched: matchedA.size, sides: countries.has('KZ') && countries.has('CN'), conflict, sure };
}

/**
 * The days a report's event may fall on: its event date when read from the text; else its publication day
 * or up to two days before (relays run late, and a report rarely precedes its event); else null.
 */
export function dayWindow(r: Report): [number, number] | null {
  const inText = r.dateInText ?? (r.eventDate !== null && r.eventDate !== r.published);
  if (r.eventDate && inText) {
    const d = dayNumber(r.eventDate);
    return [d, d];
  }
  const p = r.published ?? r.eventDate;
  if (!p) return null;
  const d = dayNumber(p);
  return [d - 2, d];
}

/** Days between two windows (0 when they overlap). */
function windowGap(a: [number, number], b: [number, number]): number {
  return Math.max(0, a[0] - b[1], b[0] - a[1]);
}

/**
 * Whether an undated report's written years are all before the other report's dated year: background
 * (earlier meetings, anniversaries) a later report recounts, not a sign of another year's event.
 */
function history(a: Report, b: Report): boolean {
  const dated = (r: Report) => r.eventDate !== null || r.published !== null;
  const before = (u: Report, d: Report) =>
    !dated(u) && dated(d) && u.years.every((y) => d.years.every((z) => y < z));
  return before(a, b) || before(b, a);
}

/** The feature vector of a pair of reports (see FEATURES). */
export function pairFeatures(a: Report, b: Report): number[] {
  const wa = dayWindow(a);
  const wb = dayWindow(b);
  const gap = wa && wb ? windowGap(wa, wb) : null;
  // both dates read from the text: a point each, so the same day agrees for sure and two days apart is
  // another event (one event = one day)
  const exact = wa !== null && wb !== null && wa[0] === wa[1] && wb[0] === wb[1];
  const na = a.people.length;
  const nb = b.people.length;
  const p = na && nb ? people(a, b) : { matched: 0, sides: false, conflict: false, sure: false };
  const fa = FAMILY[a.kind] ?? 'any';
  const fb = FAMILY[b.kind] ?? 'any';
  const visit = (a.kind === 'visit') !== (b.kind === 'visit') && fa === fb;
  const kinds = a.kind !== 'other' && b.kind !== 'other';
  // a call is never the in-person meeting of the same people (extractors tell calls apart reliably)
  const callVsMeeting = (fa === 'call' && fb === 'in_person') || (fa === 'in_person' && fb === 'call');
  // people are compared above: their names would count twice, and the same principals recur everywhere
  const personStems = new Set([...a.personStems, ...b.personStems]);
  const namesA = a.names.filter((t) => !personStems.has(t));
  const namesB = b.names.filter((t) => !personStems.has(t));
  const sharedNames = common(namesA, namesB);
  const unionNames = namesA.length + namesB.length - sharedNames;
  const sharedDays = common(a.days, b.days);
  const sharedYears = a.years.some((y) => b.years.includes(y));
  const figures = a.figures.filter((f) => b.figures.includes(f)).length;
  const docs = a.agreements.some((x) =>
    b.agreements.some((y) => sameAgreement({ ...x, status: 'signed' }, { ...y, status: 'signed' })),
  );
  const f: Record<FeatureName, number> = {
    // one event is one day, one set of sides, one mode: dates two days apart, another counterpart, a call
    hardConflict: (exact && gap !== null && gap >= 2) || p.sure || callVsMeeting ? 1 : 0,
    dateSame: exact && gap === 0 ? 1 : 0,
    dateWindow: !exact && gap === 0 ? 1 : 0,
    dateNext: gap === 1 ? 1 : 0,
    dateFar: gap !== null && gap >= 2 ? 1 : 0,
    dateWeek: gap !== null && gap >= 7 ? 1 : 0,
    dayWritten: sharedDays > 0 ? 1 : 0,
    dayDisjoint: a.days.length > 0 && b.days.length > 0 && sharedDays === 0 ? 1 : 0,
    yearDisjoint: a.years.length > 0 && b.years.length > 0 && !sharedYears && !history(a, b) ? 1 : 0,
    // without two dates, the same famous pair of principals recurs across years: content must carry it
    noDates: wa === null && wb === null ? 1 : 0,
    // the same Kazakh and Chinese principals on the same day: the convention's one event
    sidesSameDay: p.sides && gap === 0 ? 1 : 0,
    // …and without two dates to compare: the same principals meet every year, so they alone say little
    sidesNoDate: p.sides && gap === null ? 1 : 0,
    bothSides: p.sides ? 1 : 0,
    people2: p.matched >= 2 ? 1 : 0,
    people1: p.matched === 1 ? 1 : 0,
    coverage: na && nb ? p.matched / Math.min(na, nb) : 0,
    counterpartConflict: p.conflict ? 1 : 0,
    noSharedPerson: na && nb && p.matched === 0 ? 1 : 0,
    kindSame: a.kind === b.kind && a.kind !== 'other' ? 1 : 0,
    // kinds are read reliably now: a forum session and a meeting on its sidelines are two events
    kindDiffer: kinds && a.kind !== b.kind ? 1 : 0,
    visitVsPart: visit ? 1 : 0,
    placeSame: a.place && a.place === b.place ? 1 : 0,
    placeDiffer: a.place && b.place && a.place !== b.place ? 1 : 0,
    figureShared: Math.min(figures, 2) / 2,
    agreementShared: docs ? 1 : 0,
    namesShared: Math.min(sharedNames, 8) / 8,
    namesJaccard: unionNames > 0 ? sharedNames / unionNames : 0,
    stemsSameLang: a.lang === b.lang ? sketchJaccard(a.stems, b.stems) : 0,
    shingles: sketchJaccard(a.shingles, b.shingles),
  };
  return FEATURES.map((name) => f[name]);
}
