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
 * What a member list's day windows need for the date constraint: the latest window start and the earliest
 * window end (null: no member has a date). The largest gap from any window to the members is read off them.
 */
type Span = { maxLo: number; minHi: number } | null;
const spanMemo = new WeakMap<readonly Report[], { size: number; span: Span }>();

/** The span of a member list, recomputed only when the list has grown (lists only ever grow). */
function spanOf(members: readonly Report[]): Span {
  const known = spanMemo.get(members);
  if (known && known.size === members.length) return known.span;
  let span: Span = null;
  for (const m of members) {
    const w = prepared(m).window;
    if (!w) continue;
    span = span
      ? { maxLo: Math.max(span.maxLo, w[0]), minHi: Math.min(span.minHi, w[1]) }
      : { maxLo: w[0], minHi: w[1] };
  }
  spanMemo.set(members, { size: members.length, span });
  return span;
}

/** Whether every window of one span lies within FAR_DAYS of every window of the other. */
function near(a: NonNullable<Span>, b: NonNullable<Span>): boolean {
  return a.maxLo - b.minHi <= FAR_DAYS && b.maxLo - a.minHi <= FAR_DAYS;
}

/**
 * Whether a report's date lies within FAR_DAYS of EVERY dated member's: a cluster-level constraint, so an
 * undated report that fits two years' meetings of the same people cannot chain them into one cluster.
 */
export function datesFit(report: Report, members: readonly Report[]): boolean {
  const w = prepared(report).window;
  const s = spanOf(members);
  return !w || !s || near({ maxLo: w[0], minHi: w[1] }, s);
}

/** Whether every dated member of one cluster lies within FAR_DAYS of every dated member of the other. */
export function spansFit(a: readonly Report[], b: readonly Report[]): boolean {
  const x = spanOf(a);
  const y = spanOf(b);
  return !x || !y || near(x, y);
}
