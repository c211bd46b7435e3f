import { linkable, reachable } from '../dedup/candidate-checks.ts';
import type { EventClusterer, Report } from '../dedup/index.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import type { StoreClusterPort, StoredCluster } from './cluster-port.ts';
import { resolveEvent } from './event-moves.ts';
import { moveSource } from './relink-move.ts';
import { recomputable, type SourceReport } from './source-facts.ts';
import type { PipelineDeps } from './types.ts';

/** Reports of an event whose candidates are read (the first by key): enough to meet its neighbours. */
const PROBES = 4;

const byKey = (a: Report, b: Report) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** An event as a cluster, read afresh (redirects followed), or null when gone or not recomputable. */
async function fresh(deps: PipelineDeps, port: StoreClusterPort, id: string): Promise<StoredCluster | null> {
  const e = await resolveEvent(deps, id);
  if (!e) return null;
  const view = await port.view(e);
  return recomputable(e, view.reports as SourceReport[]) ? view : null;
}

/**
 * Moves every source of `small` into `large`, one at a time (each move keeps both events consistent, so a
 * failure halfway leaves two valid events). Returns the ids written.
 */
async function fold(
  deps: PipelineDeps,
  port: StoreClusterPort,
  small: StoredCluster,
  large: StoredCluster,
  now: string,
): Promise<string[]> {
  const written: string[] = [];
  let fromId = small.id;
  let intoId = large.id;
  for (const key of small.reports.map((r) => r.key).sort()) {
    const from = await fresh(deps, port, fromId);
    const into = await fresh(deps, port, intoId);
    if (!from || !into || from.id === into.id) break;
    const report = from.reports.find((r) => r.key === key) as SourceReport | undefined;
    if (!report) continue;
    const ids = await moveSource(deps, report, from, into, now);
    if (!ids) break;
    written.push(...ids);
    // the target is written first, the event left behind (if any) second; ids may have changed
    intoId = ids[0] as string;
    if (ids[1]) fromId = ids[1];
  }
  return written;
}

/**
 * Whether two events are halves of one: some member of each passes the clusterer's candidate checks against
 * the other (shared evidence, reachable under the model's rules: what `decide` asks of any candidate), and
 * their members agree both ways.
 */
function related(clusterer: EventClusterer, a: readonly Report[], b: readonly Report[]): boolean {
  const checked = (x: readonly Report[], y: readonly Report[]) =>
    x.some((r) => linkable(r, y) && reachable(r, y, clusterer.rules));
  return checked(a, b) && checked(b, a) && clusterer.agree(a, b) && clusterer.agree(b, a);
}

/**
 * The last step of a re-link: each event of the run is compared with its candidate events, and two events
 * whose members agree both ways (`EventClusterer.agree`: no member contradicts, the mean link clears the
 * threshold) become one, the smaller folded into the larger. The `cluster` command merges such clusters
 * when a report links both; in arrival order the reports that would bridge them may have come before
 * either grew, leaving two halves of one event that each fit their own half best. Bounded: only the run's
 * events, a few probes each. Returns the ids written.
 */
export async function mergeAgreeing(
  deps: PipelineDeps,
  port: StoreClusterPort,
  clusterer: EventClusterer,
  ids: Iterable<string>,
  now: string,
): Promise<string[]> {
  const written = new Set<string>();
  for (const id of [...new Set(ids)].sort()) {
    const own = await fresh(deps, port, id);
    if (!own) continue;
    const found = new Map<string, StoredCluster>();
    for (const r of [...own.reports].sort(byKey).slice(0, PROBES))
      for (const c of await port.candidates(r)) if (c.id !== own.id) found.set(c.id, c);
    for (const c of [...found.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      const a = await fresh(deps, port, own.id);
      const b = await fresh(deps, port, c.id);
      if (!a || !b || a.id === b.id) continue;
      if (!related(clusterer, a.reports, b.reports)) continue;
      // the larger event keeps its place (fewer moves); on a tie, the one with the smaller id
      const aFirst =
        a.reports.length > b.reports.length || (a.reports.length === b.reports.length && a.id < b.id);
      try {
        for (const w of await fold(deps, port, aFirst ? b : a, aFirst ? a : b, now)) written.add(w);
      } catch (err) {
        // another run changed one of the events first: leave them as they are this time
        if (err instanceof ConflictError || err instanceof NotFoundError) continue;
        throw err;
      }
    }
  }
  return [...written];
}
