import { EventClusterer, linkScore, type Report } from '../dedup/index.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { StoreClusterPort, type StoredCluster } from './cluster-port.ts';
import { resolveEvent } from './event-moves.ts';
import { mergeAgreeing } from './relink-merge.ts';
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

/** A report with no date at all (no event date, no publication day): the CLI places these last, by key. */
function dateless(r: Report): boolean {
  return r.eventDate === null && r.published === null;
}

/** The report's day for ordering (event date, else publication day; dateless last). */
function anchor(r: Report): string {
  return r.eventDate ?? r.published ?? '9999-12-31';
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
 * The members a report is compared with: those the `cluster` command would have placed before it (it places
 * reports by day, then key; dateless ones last), so a report that arrived early and drew others in does not
 * hold its first event together on its own, and a report that arrived late meets an event as the command
 * met it (a cluster's mean link depends on which members it has when a report comes).
 */
function before(report: Report, members: readonly Report[]): Report[] {
  const day = anchor(report);
  return members.filter((m) => anchor(m) < day || (anchor(m) === day && m.key < report.key));
}

/**
 * Where a report belongs instead of its own event: another event the clusterer places it in that fits it
 * clearly better, or `null` (an event of its own) when it no longer fits even the rest of its own event;
 * `undefined` when it stays.
 */
async function betterHome(
  port: StoreClusterPort,
  own: StoredCluster,
  report: SourceReport,
): Promise<StoredCluster | null | undefined> {
  const all = own.reports.filter((r) => r.key !== report.key);
  if (!weak(report, all)) return undefined;
  const rest = before(report, all);
  // every event as the CLI would have seen it when placing this report (its own without the report)
  const found = await port.candidates(report);
  const candidates = found
    .filter((c) => c.id !== own.id)
    .map((c) => ({ ...c, reports: before(report, c.reports) }));
  if (rest.length > 0) candidates.push({ ...own, reports: rest });
  const placed = clusterer.decide(
    report,
    candidates.filter((c) => c.reports.length > 0),
  ).target as StoredCluster | null;
  if (placed?.id === own.id) return undefined;
  // it fits no event, not even the members of its own placed before it: an event of its own
  if (!placed) return rest.length > 0 ? null : undefined;
  const into = candidates.find((c) => c.id === placed.id) as StoredCluster;
  // a dateless report is placed by the clusterer's own choice (who and where recur every year, so it ranks
  // on the rest); a dated one moves only when the other event fits it clearly better
  if (!dateless(report) && meanFit(report, into.reports) < meanFit(report, rest) + MOVE_MARGIN)
    return undefined;
  // the move takes the event with all its members
  return found.find((c) => c.id === placed.id);
}

/** The event holding a source now (following redirects), with its cluster view, or null. */
async function homeOf(
  deps: PipelineDeps,
  port: StoreClusterPort,
  ids: readonly string[],
  key: string,
): Promise<StoredCluster | null> {
  for (const id of ids) {
    const e = await resolveEvent(deps, id);
    if (e?.sources.some((s) => s.articleId === key)) return port.view(e);
  }
  return null;
}

/** What a re-link did: how many sources moved, and the ids of the events it wrote (new ids included). */
export interface RelinkResult {
  moves: number;
  events: string[];
}

/**
 * Re-link step, run at the end of an ingest run over the events the run touched: each weakly attached source
 * report (see `weak`) is scored again, with the same clusterer, against its event's rest and the candidate
 * events of its dates (store queries, no Scan), in the order the `cluster` command places reports (dated by
 * date, then dateless by key), and moved to another event that fits it clearly better, or out on its own when
 * it fits none. In arrival order an undated report may have joined a similar stored event before its own
 * event arrived; this puts it where it would have gone had the reports come in date order. Moves keep every
 * stored fact (events are recomputed from their sources' kept extractions; ids that change leave redirects)
 * and queue no alert. Bounded: only the touched events' weak reports, each moved at most once per call.
 * Last, events of the run whose members agree with a candidate event's both ways are merged into one.
 * Returns how many sources moved and the events the moves wrote.
 */
export async function relinkEvents(deps: PipelineDeps, touched: Iterable<string>): Promise<RelinkResult> {
  const now = (deps.now ?? (() => new Date()))().toISOString();
  const port = new StoreClusterPort(deps);
  const work: Array<{ report: Report; ids: string[] }> = [];
  const seen = new Set<string>();
  for (const id of [...new Set(touched)].sort()) {
    const event = await resolveEvent(deps, id);
    if (!event || seen.has(event.id)) continue;
    seen.add(event.id);
    const view = await port.view(event);
    if (!recomputable(event, view.reports as SourceReport[])) continue; // stored before extractions were kept
    for (const r of view.reports)
      if (
        weak(
          r,
          view.reports.filter((m) => m.key !== r.key),
        )
      )
        work.push({ report: r, ids: [event.id] });
  }
  work.sort((a, b) =>
    anchor(a.report) < anchor(b.report)
      ? -1
      : anchor(a.report) > anchor(b.report)
        ? 1
        : a.report.key < b.report.key
          ? -1
          : 1,
  );
  const latest = new Map<string, string[]>();
  let moves = 0;
  const written = new Set<string>();
  for (const { report, ids } of work) {
    const own = await homeOf(deps, port, latest.get(report.key) ?? ids, report.key);
    if (!own || !recomputable(own.event, own.reports as SourceReport[])) continue;
    const current = own.reports.find((r) => r.key === report.key) as SourceReport;
    const home = await betterHome(port, own, current);
    if (home === undefined) continue;
    try {
      const ids = await moveSource(deps, current, own, home, now);
      if (!ids) continue;
      moves++;
      for (const id of ids) written.add(id);
      // where the sources of both events are now (ids may have changed)
      const keys = [...own.reports, ...(home?.reports ?? [])].map((r) => r.key);
      for (const k of keys) latest.set(k, [...ids, ...(latest.get(k) ?? [own.id])]);
    } catch (err) {
      // another run changed one of the events first: leave the report where it is this time
      if (err instanceof ConflictError || err instanceof NotFoundError) continue;
      throw err;
    }
  }
  // then the run's events that are halves of one event (see `mergeAgreeing`)
  for (const id of await mergeAgreeing(deps, port, clusterer, [...seen, ...written], now)) written.add(id);
  return { moves, events: [...written] };
}
