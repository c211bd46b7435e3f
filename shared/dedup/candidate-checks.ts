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
