import type { Report } from './report.ts';

/**
 * A cache of a value computed from a member list (a cluster's reports), for the cluster-level checks that run
 * for every candidate: the value is recomputed only when the list has grown (member lists only ever grow).
 * A list of one report is not kept in the map: `datesFit` passes each report in a new one-element list for
 * every candidate, and keeping those (even weakly) let them all survive young-generation collections into the
 * old generation (most of what clustering promoted). The last one-report value is remembered instead: the
 * same report is asked about for each of its candidates in turn. The value must depend on the reports alone.
 */
export function listMemo<T>(compute: (members: readonly Report[]) => T): (members: readonly Report[]) => T {
  const memo = new WeakMap<readonly Report[], { size: number; value: T }>();
  let lastOne: { report: Report; value: T } | null = null;
  return (members) => {
    if (members.length < 2) {
      const report = members[0];
      if (report && lastOne?.report === report) return lastOne.value;
      const value = compute(members);
      if (report) lastOne = { report, value };
      return value;
    }
    const known = memo.get(members);
    if (known && known.size === members.length) return known.value;
    const value = compute(members);
    memo.set(members, { size: members.length, value });
    return value;
  };
}
