import type { BlockingRules } from './blocking.ts';
import { outletsFit } from './media.ts';
import { inOffice, nearDays, nearYears, spanOf } from './member-span.ts';
import { prepared } from './prepared.ts';
import type { Report } from './report.ts';
import { writesDayOf } from './resolved-day.ts';
import { weekdaysFit } from './weekdays.ts';
import { daysOfYearFit } from './year-days.ts';

/**
 * Cheap checks the clusterer runs on a candidate cluster before scoring it: whether any member shares
 * evidence with the report at all, whether any member could link under the model's proved rules, and whether
 * the report's dates fit the members' (the spans themselves are read in member-span.ts).
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
