import type { BlockingRules } from './blocking.ts';
import { prepared } from './prepared.ts';
import type { Report } from './report.ts';

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
    if (!keys || m.people.length === 0 || pm.personKeys.some((k) => keys.has(k))) return true;
  }
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
const spanMemo = new WeakMap<readonly Report[], { size: number; span: Span }>();

const min = (a: number | null, b: number) => (a === null ? b : Math.min(a, b));
const max = (a: number | null, b: number) => (a === null ? b : Math.max(a, b));

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
    maxRecent: r.recentYear ?? null,
    undated: true,
    ...ten,
  };
}

/** The span of a member list, recomputed only when the list has grown (lists only ever grow). */
function spanOf(members: readonly Report[]): Span {
  const known = spanMemo.get(members);
  if (known && known.size === members.length) return known.span;
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
  spanMemo.set(members, { size: members.length, span });
  return span;
}

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
  const r = own(report);
  const s = spanOf(members);
  return nearDays(r, s) && nearYears(r, s) && inOffice(r, s) && daysOfYearFit([report], members);
}

/** `datesFit` between two clusters: every dated member near every other, no year looked back on too late. */
export function spansFit(a: readonly Report[], b: readonly Report[]): boolean {
  const x = spanOf(a);
  const y = spanOf(b);
  return nearDays(x, y) && nearYears(x, y) && inOffice(x, y) && daysOfYearFit(a, b);
}

/** Whether one side (the report, or some member) has a date and the other none at all, either way round. */
export function mixesDates(report: Report, members: readonly Report[]): boolean {
  const s = spanOf(members);
  return prepared(report).window === null ? s.maxLo !== null : s.undated;
}

/**
 * Days of the year (either way round the new year) within which some day an undated report writes ("on 6
 * April", 4月6日) must lie of a dated member's date: the report names the day of its event even when no year,
 * so one that names only days far from a cluster's date of the year reports another year's meeting. A week:
 * visits span days and relays run late, but the same leaders meet again within a month (chosen on the dev
 * sets: 3 and 7 days alike, 14 and 30 let another year's spring meeting in).
 */
export const WRITTEN_DAY_SLACK = 7;

/** Day of the year (0–365) of a `MM-DD` or `YYYY-MM-DD` string, months taken as their mean length. */
function yearDay(s: string): number {
  const [m, d] = s.slice(-5).split('-').map(Number) as [number, number];
  return Math.round((m - 1) * 30.44 + d);
}

/** Days apart of two days of the year, the shorter way round. */
function yearDayGap(a: number, b: number): number {
  const g = Math.abs(a - b) % 365;
  return Math.min(g, 365 - g);
}

/** The days of the year an undated report writes (empty: dated, or none written). */
function writtenYearDays(r: Report): number[] {
  return prepared(r).window === null ? r.days.map(yearDay) : [];
}

/** The day of the year of a dated report (null: undated). */
function datedYearDay(r: Report): number | null {
  const d = prepared(r).window === null ? null : (r.eventDate ?? r.published);
  return d ? yearDay(d) : null;
}

/** What a member list holds for the day-of-year check: dated members' days, undated members' written days. */
interface YearDays {
  dated: number[];
  written: number[][];
}
const yearDaysMemo = new WeakMap<readonly Report[], { size: number; days: YearDays }>();
/** The days of the last one-report list: `datesFit` asks about one report for each of its candidates in turn. */
let lastOne: { report: Report; days: YearDays } | null = null;

/**
 * The year days of a member list, recomputed only when the list has grown (lists only ever grow). A list of
 * one is not kept: `datesFit` passes each report in a new one-element list, and keeping those (weakly) let
 * them all survive young-generation collections into the old generation (most of what clustering promoted).
 */
function yearDaysOf(members: readonly Report[]): YearDays {
  if (members.length === 1 && lastOne && lastOne.report === members[0]) return lastOne.days;
  const known = members.length > 1 ? yearDaysMemo.get(members) : undefined;
  if (known && known.size === members.length) return known.days;
  const dated = new Set<number>();
  const written: number[][] = [];
  for (const m of members) {
    const d = datedYearDay(m);
    if (d !== null) dated.add(d);
    const w = writtenYearDays(m);
    if (w.length > 0) written.push(w);
  }
  const days = { dated: [...dated], written };
  if (members.length > 1) yearDaysMemo.set(members, { size: members.length, days });
  else if (members.length === 1) lastOne = { report: members[0] as Report, days };
  return days;
}

/** Whether every undated report of one side that writes days writes one near every dated date of the other. */
function daysOfYearFit(a: readonly Report[], b: readonly Report[]): boolean {
  const x = yearDaysOf(a);
  const y = yearDaysOf(b);
  return daysFit(x, y) && daysFit(y, x);
}

/** Whether each undated member of u that writes days writes one near every dated day of d (plain loops). */
function daysFit(u: YearDays, d: YearDays): boolean {
  for (const w of u.written)
    for (const day of d.dated) {
      let near = false;
      for (const v of w)
        if (yearDayGap(v, day) <= WRITTEN_DAY_SLACK) {
          near = true;
          break;
        }
      if (!near) return false;
    }
  return true;
}
