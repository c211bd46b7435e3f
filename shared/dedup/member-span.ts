import { listMemo } from './list-memo.ts';
import { prepared } from './prepared.ts';
import type { Report } from './report.ts';

/**
 * The date span of a member list and the date constraints between two spans (`datesFit`, `spansFit` in
 * candidate-checks.ts): days apart, years looked back on, and the terms of office of undated participants.
 */

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
export interface Span {
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
export const spanOf = listMemo((members): Span => {
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
export function nearDays(a: Span, b: Span): boolean {
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
export function nearYears(a: Span, b: Span): boolean {
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
export function inOffice(a: Span, b: Span): boolean {
  return !outside(a, b) && !outside(b, a) && Math.max(a.tenLo, b.tenLo) <= Math.min(a.tenHi, b.tenHi);
}
