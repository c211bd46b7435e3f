import { EventClusterer, linkScore, type Report } from '../dedup/index.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { StoreClusterPort, type StoredCluster } from './cluster-port.ts';
import { resolveEvent } from './event-moves.ts';
import { moveSource } from './relink-move.ts';
import { recomputable, type SourceReport } from './source-facts.ts';
import type { PipelineDeps } from './types.ts';

/** The one clusterer (same model as the event stage and the `cluster` command). */
const clusterer = new EventClusterer();

/** Links beyond ±this (log-odds) count as this in a mean, as in the clusterer. */
const LINK_CLAMP = 8;
/** Members a report is scored against (the first by key, as in the clusterer). */
const MAX_MEMBERS = 24;
/**
 * A dated report whose mean link to the rest of its event clears the threshold by this much is settled and
 * not re-scored (bounded work: only weak attachments query candidates again).
 */
const WEAK_MARGIN = 2;
/** Another event must fit a report by this much more (mean log-odds) than its own event for it to move. */
const MOVE_MARGIN = 1;

/** Mean clamped link of a report to (a key-ordered sample of) members; -∞ with no members. */
function meanFit(report: Report, members: readonly Report[]): number {
  const scored = [...members].sort((a, b) => (a.key < b.key ? -1 : 1)).slice(0, MAX_MEMBERS);
  if (scored.length === 0) return Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (const m of scored)
    sum += Math.max(-LINK_CLAMP, Math.min(LINK_CLAMP, linkScore(report, m, clusterer.model)));
  return sum / scored.length;
}

/**
 * Whether a report's place in its event is worth checking again: it gave no date of its own (it was placed
 * on who, where and what alone, so it may have joined a similar event that happened to be stored before its
 * own), or it fits the rest of its event only narrowly.
 */
function weak(report: Report, rest: readonly Report[]): boolean {
  if (report.dateInText !== true || report.eventDate === null) return true;
  return meanFit(report, rest) < clusterer.model.threshold + WEAK_MARGIN;
}

/**
 * Where a report belongs instead of its own event: another event the clusterer places it in that fits it
 * clearly better, or `null` (an event of its own) when it no longer fits even the rest of its own event;
 * `undefined` when it stays.
 */
async function betterHome(
  port: StoredClusterSource,
  own: StoredCluster,
  report: SourceReport,
): Promise<StoredCluster | null | undefined> {
  const rest = own.reports.filter((r) => r.key !== report.key);
  if (rest.length === 0 && report.dateInText === true) return undefined;
  if (!weak(report, rest)) return undefined;
  // the own event as it would be without the report, so the report is scored against it like any other
  const others = (await port.candidates(report)).filter((c) => c.id !== own.id);
  const candidates = rest.length > 0 ? [...others, { ...own, reports: rest }] : others;
  const placed = clusterer.decide(report, candidates).target as StoredCluster | null;
  if (placed?.id === own.id) return undefined;
  if (!placed) return rest.length > 0 ? null : undefined;
  return meanFit(report, placed.reports) >= meanFit(report, rest) + MOVE_MARGIN ? placed : undefined;
}

/** Candidate events of a report (the store port). */
type StoredClusterSource = Pick<StoreClusterPort, 'candidates'>;

/**
 * Re-link step, run at the end of an ingest run over the events the run touched: each weakly attached source
 * report (see `weak`) is scored again, with the same clusterer, against its event's rest and the candidate
 * events of its dates (store queries, no Scan), and moved to another event that fits it clearly better. In
 * arrival order an undated report may have joined a similar stored event before its own event arrived; this
 * puts it where it would have gone had the reports come in any other order. Moves keep every stored fact
 * (events are recomputed from their sources' kept extractions; ids that change leave redirects) and queue no
 * alert. Bounded: each source moves at most once per call. Returns how many sources moved.
 */
export async function relinkEvents(deps: PipelineDeps, touched: Iterable<string>): Promise<number> {
  const now = (deps.now ?? (() => new Date()))().toISOString();
  const port = new StoreClusterPort(deps);
  const queue = [...new Set(touched)].sort();
  const done = new Set<string>();
  const movedKeys = new Set<string>();
  let moves = 0;
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const event = await resolveEvent(deps, id);
    if (!event || done.has(event.id)) continue;
    done.add(event.id);
    const own = await port.view(event);
    const reports = own.reports as SourceReport[];
    if (!recomputable(event, reports)) continue; // stored before extractions were kept: facts cannot be rebuilt
    for (const report of [...reports].sort((a, b) => (a.key < b.key ? -1 : 1))) {
      if (movedKeys.has(report.key)) continue;
      const home = await betterHome(port, own, report);
      if (home === undefined) continue;
      try {
        const ids = await moveSource(deps, report, own, home, now);
        if (!ids) continue;
        movedKeys.add(report.key);
        moves++;
        // both events changed: look at them again (their other weak reports may now fit elsewhere)
        for (const next of ids) done.delete(next);
        queue.push(...ids);
        break;
      } catch (err) {
        // another run changed one of the events first: leave the report where it is this time
        if (err instanceof ConflictError || err instanceof NotFoundError) continue;
        throw err;
      }
    }
  }
  return moves;
}
