import type { BlockingRules } from './blocking.ts';
import { listMemo } from './list-memo.ts';
import { outletsFit } from './media.ts';
import { prepared } from './prepared.ts';
import type { Report } from './report.ts';
import { writesDayOf } from './resolved-day.ts';
import { weekdaysFit } from './weekdays.ts';
import { daysOfYearFit } from './year-days.ts';

/**
 * Cheap checks the clusterer runs on a candidate cluster before scoring it: whether any member shares
 * evidence with the report at all, and whether any member could link under the model's proved rules.
 */

/** Whether two sorted string arrays share an element (a merge walk, no allocation). */
function meets(a: readonly string[], b: readonly string[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

/**
 * Whether a report shares any evidence token with some member: tokens two reports of one happening almost
 * surely share (people's name stems and distinctive names, both sorted lists). A cheap filter before scoring.
 */
export function linkable(report: Report, members: readonly Report[]): boolean {
  if (report.personStems.length === 0 && report.names.length === 0) return true;
  const { personStems: ps, names: ns } = report;
  for (const m of members)
    if (meets(ps, m.personStems) || meets(ps, m.names) || meets(ns, m.personStems) || meets(ns, m.names))
      return true;
  return false;
}

/**
 * Whether some member could link with the report at all under the model's proved rules (`BlockingRules`): a
 * near day window and, when both name people, someone in common by blocking key. Exact: a cluster without
 * such a member can never reach the threshold, so skipping it changes nothing, whatever port found it.
 */
export function reachable(report: Report, members: readonly Report[], rules: BlockingRules): boolean {
  if (rules.dayGap === null && !rules.byPerson) return true;
  const pr = prepared(report);
  const keys = rules.byPerson && report.people.length > 0 ? pr.lookupKeys : null;
  for (const m of members) {
    const pm = prepared(m);
    if (rules.dayGap !== null && pr.window && pm.window) {
      const gap = Math.max(0, pr.window[0] - pm.window[1], pm.window[0] - pr.window[1]);
      if (gap > rules.dayGap) continue;
    }
    if (!keys || m.people.length === 0 || meetsAny(pm.personKeys, keys)) return true;
  }
  return false;
}

/** Whether some key is in the set (a loop, no callback: `reachable` asks it of every candidate member). */
function meetsAny(keys: readonly string[], set: ReadonlySet<string>): boolean {
  for (const k of keys) if (set.has(k)) return true;
  return false;
}

/**
 * Days apart beyond which two reports' dates (the event date, else the publication day) cannot be one
 * happening, whatever else they share: the same principals meet every year, in the same words, so a year's gap
 * must win over any amount of shared people and text. Wide enough for a relay weeks late.
 */
export const FAR_DAYS = 30;

/**
 * Years before a dated member's year beyond which the latest year an undated report writes makes it a report
 * of an earlier happening: reports quote last year's figures and recent meetings, so a text whose latest year
 * is four or more years back was written years before (a two-year allowance for late figures, one of slack).
 */
export const STALE_YEARS = 3;

/**
 * What a member list holds for the date constraints (null: nothing known): the latest window start and the
 * earliest window end of dated members (the largest gap from any window to them is read off these), the
 * earliest year of dated members, and the latest year an undated member's text looks back on.
 */
interface Span {
  maxLo: number | null;
  minHi: number | null;
  minYear: number | null;
  maxWritten: number | null;
  /** The latest recent year of undated members (`Report.recentYear`). */
  maxRecent: number | null;
  /** Whether some member has no date at all. */
  undated: boolean;
  /** The latest year of dated members. */
  maxYear: number | null;
  /**
   * The years undated members' events can lie in (their `tenure`s intersected): -Infinity/Infinity when
   * unknown or open.
   */
  tenLo: number;
  tenHi: number;
}

const min = (a: number | null, b: number) => (a === null ? b : Math.min(a, b));
const max = (a: number | null, b: number) => (a === null ? b : Math.max(a, b));

/**
 * An undated report's latest recent year, unless its feasible years (terms of office, era words) begin more
 * than STALE_YEARS after it: then the year is background the text recounts ("the project announced here in
 * 2013", "relations established in 1992"), not a sign of when it was written, and the office a participant
 * holds is the stronger evidence of the event's year.
 */
function recentWithin(recent: number | null, feasibleFrom: number): number | null {
  return recent !== null && feasibleFrom - recent > STALE_YEARS ? null : recent;
}

/** The span of one report. */
function own(r: Report): Span {
  const w = prepared(r).window;
  const none = { tenLo: Number.NEGATIVE_INFINITY, tenHi: Number.POSITIVE_INFINITY };
  if (w) {
    const year = r.years[0] ?? null;
    return {
      maxLo: w[0],
      minHi: w[1],
      minYear: year,
      maxYear: year,
      maxWritten: null,
      maxRecent: null,
      undated: false,
      ...none,
    };
  }
  const written = r.years.length > 0 ? Math.max(...r.years) : null;
  const t = r.tenure;
  const ten = t ? { tenLo: t[0], tenHi: t[1] ?? Number.POSITIVE_INFINITY } : none;
  return {
    maxLo: null,
    minHi: null,
    minYear: null,
    maxYear: null,
    maxWritten: written,
    maxRecent: recentWithin(r.recentYear ?? null, ten.tenLo),
    undated: true,
    // the text is written in or after the latest year it looks back on: a lower bound of its event's years
    // against other undated reports too (against dated ones `nearYears` reads the same), unless its terms
    // end before it (then the year or a term is misread: keep the terms)
    tenLo: written !== null && written <= ten.tenHi ? Math.max(ten.tenLo, written) : ten.tenLo,
    tenHi: ten.tenHi,
  };
}

/** The span of a member list (see `listMemo`: recomputed only when the list has grown). */
const spanOf = listMemo((members): Span => {
  const span: Span = {
    maxLo: null,
    minHi: null,
    minYear: null,
    maxYear: null,
    maxWritten: null,
    maxRecent: null,
    undated: false,
    tenLo: Number.NEGATIVE_INFINITY,
    tenHi: Number.POSITIVE_INFINITY,
  };
  for (const m of members) {
    const o = own(m);
    if (o.maxLo !== null) span.maxLo = max(span.maxLo, o.maxLo);
    if (o.minHi !== null) span.minHi = min(span.minHi, o.minHi);
    if (o.minYear !== null) span.minYear = min(span.minYear, o.minYear);
    if (o.maxYear !== null) span.maxYear = max(span.maxYear, o.maxYear);
    span.tenLo = Math.max(span.tenLo, o.tenLo);
    span.tenHi = Math.min(span.tenHi, o.tenHi);
    if (o.maxWritten !== null) span.maxWritten = max(span.maxWritten, o.maxWritten);
    if (o.maxRecent !== null) span.maxRecent = max(span.maxRecent, o.maxRecent);
    if (o.undated) span.undated = true;
  }
  return span;
});

// The checks below are module-level functions, not arrows made inside each check: they run for every
// candidate cluster of every report, and each arrow made there cost a function object (and under tsx a
// `__name` property definition): 3 of the 5 s these checks took at 20k articles.

/** Whether x's window starts more than FAR_DAYS after y's ends. */
function far(x: Span, y: Span): boolean {
  return x.maxLo !== null && y.minHi !== null && x.maxLo - y.minHi > FAR_DAYS;
}

/** Whether two windows' spans lie within FAR_DAYS of each other, window by window. */
function nearDays(a: Span, b: Span): boolean {
  return !far(a, b) && !far(b, a);
}

/** Whether the undated side u looks back on a year after the dated side d's first. */
function after(u: Span, d: Span): boolean {
  return u.maxWritten !== null && d.minYear !== null && u.maxWritten > d.minYear;
}

/** Whether the undated side u looks back only on years long before the dated side d's. */
function stale(u: Span, d: Span): boolean {
  return u.maxRecent !== null && d.maxYear !== null && d.maxYear - u.maxRecent > STALE_YEARS;
}

/**
 * Whether no undated report looks back on a year after a dated one's event (a report written after its
 * event's year is a report of a later event), nor only on years long before it (`STALE_YEARS`, read off
 * `Report.recentYear`: no starting points). Targets and plans' spans are not counted as looked back on.
 */
function nearYears(a: Span, b: Span): boolean {
  return !after(a, b) && !after(b, a) && !stale(a, b) && !stale(b, a);
}

/** Whether the dated side d's years lie outside the terms of office of the undated side u. */
function outside(u: Span, d: Span): boolean {
  return d.minYear !== null && d.maxYear !== null && (d.minYear < u.tenLo || d.maxYear > u.tenHi);
}

/**
 * Whether the dated years of each side lie within the terms of office of the other side's undated
 * participants, and the two sides' terms overlap: "Premier Li Keqiang" in a report with no date cannot be of
 * a meeting dated after his term, however alike the words (see `tenureOf`).
 */
function inOffice(a: Span, b: Span): boolean {
  return !outside(a, b) && !outside(b, a) && Math.max(a.tenLo, b.tenLo) <= Math.min(a.tenHi, b.tenHi);
}

/**
 * Whether a report's date lies within FAR_DAYS of EVERY dated member's, and its years agree with theirs: a
 * cluster-level constraint, so an undated report that fits two years' meetings of the same people cannot
 * chain them into one cluster.
 */
export function datesFit(report: Report, members: readonly Report[]): boolean {
  const one = alone(report);
  const r = spanOf(one);
  const s = spanOf(members);
  return (
    nearDays(r, s) &&
    nearYears(r, s) &&
    inOffice(r, s) &&
    daysOfYearFit(one, members) &&
    weekdaysFit(one, members) &&
    outletsFit(one, members)
  );
}

/** The last report `datesFit` was asked about, in a list of its own. */
let lastAlone: readonly Report[] = [];

/**
 * A report as a member list of one, the same list for each of its candidates in turn: its span and the
 * cluster-level checks' values are then read from `listMemo`'s last one-report value, not rebuilt (with a new
 * list) per candidate.
 */
function alone(report: Report): readonly Report[] {
  if (lastAlone[0] !== report) lastAlone = [report];
  return lastAlone;
}

/** `datesFit` between two clusters: every dated member near every other, no year looked back on too late. */
export function spansFit(a: readonly Report[], b: readonly Report[]): boolean {
  const x = spanOf(a);
  const y = spanOf(b);
  return (
    nearDays(x, y) &&
    nearYears(x, y) &&
    inOffice(x, y) &&
    daysOfYearFit(a, b) &&
    weekdaysFit(a, b) &&
    outletsFit(a, b)
  );
}

/**
 * Whether one side (the report, or some member) has a date and the other none at all, either way round,
 * unless the undated one writes the dated one's day (`writesDayOf`): then its date is known but for the year,
 * which its feasible years allowed.
 */
export function mixesDates(report: Report, members: readonly Report[]): boolean {
  const s = spanOf(members);
  if (prepared(report).window === null)
    return s.maxLo !== null && members.some((m) => prepared(m).window !== null && !writesDayOf(report, m));
  return s.undated && members.some((m) => prepared(m).window === null && !writesDayOf(m, report));
}
