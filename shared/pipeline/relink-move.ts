import { eventIdFor, mergeEvents } from '../dedup/index.ts';
import type { Event } from '../domain/index.ts';
import { ConflictError } from '../errors.ts';
import type { StoredCluster } from './cluster-port.ts';
import { absorbEvent, retireEvent } from './event-moves.ts';
import { eventFromSources, recomputable, type SourceReport } from './source-facts.ts';
import type { PipelineDeps } from './types.ts';

/** Puts each report under an event id (the id's partition holds one report per source). */
async function putReports(deps: PipelineDeps, id: string, reports: readonly SourceReport[]): Promise<void> {
  for (const r of reports) await deps.store.putEventReport(id, r.key, r);
}

/**
 * Writes an event under a new canonical id: created, or, when the id was retired into a redirect earlier
 * (its smallest source had joined another event), turned back into an event at the redirect's version.
 * Returns the version written; ConflictError when another run wrote the id first.
 */
async function createOrRevive(deps: PipelineDeps, e: Event): Promise<number> {
  if (await deps.store.createEvent({ ...e, version: 0 })) return 0;
  const v = await deps.store.getEventRedirectVersion(e.id);
  if (v === null) throw new ConflictError(`event ${e.id} appeared while a source moved`);
  await deps.store.updateEvent(e, v);
  return v + 1;
}

/** The target event with the moved source added (recomputed when every source kept its extraction). */
function joined(to: StoredCluster, report: SourceReport, ref: Event['sources'][number], now: string): Event {
  const members = [...(to.reports as SourceReport[]), report];
  if (recomputable(to.event, to.reports as SourceReport[]))
    return eventFromSources(to.event, members, [ref], now);
  const merged = mergeEvents(to.event, report.extraction ?? to.event, ref);
  return { ...merged, id: eventIdFor(members.map((r) => r.key)), updatedAt: now };
}

/**
 * Writes the target side of a move: the target updated in place when its id stays, else created under its
 * new canonical id with the old one folded in (redirect, alerts and announcements carried by `absorbEvent`).
 */
async function writeTarget(
  deps: PipelineDeps,
  to: StoredCluster,
  after: Event,
  report: SourceReport,
  now: string,
): Promise<Event> {
  if (after.id === to.event.id) {
    await deps.store.updateEvent(after, to.event.version);
    await deps.store.putEventReport(after.id, report.key, report);
    return { ...after, version: to.event.version + 1 };
  }
  const version = await createOrRevive(deps, after);
  await putReports(deps, after.id, [...(to.reports as SourceReport[]), report]);
  return absorbEvent(deps, to.event, { ...after, version }, now);
}

/** The event a source's old event becomes without it: recomputed from the sources it keeps. */
function without(from: StoredCluster, rest: readonly SourceReport[], key: string, now: string): Event {
  const sources = from.event.sources.filter((s) => s.articleId !== key);
  return eventFromSources({ ...from.event, sources }, rest, [], now);
}

/** Points the stored articles of `keys` at an event (articles not stored, as in a replay, are skipped). */
async function pointArticles(deps: PipelineDeps, keys: string[], eventId: string): Promise<void> {
  for (const a of await deps.store.getArticles(keys))
    if (a.eventId !== eventId) await deps.store.updateArticle({ ...a, eventId });
}

/**
 * The move when the moved source names the event it lands in (its key is the smallest there and in its old
 * event): the old event's id passes to that event, updated in place; the sources left behind get the id of
 * their own smallest key, and the target (if any) is folded in with a redirect.
 */
async function keepIdMove(
  deps: PipelineDeps,
  after: Event,
  report: SourceReport,
  from: StoredCluster,
  to: StoredCluster | null,
  rest: SourceReport[],
  now: string,
): Promise<string[]> {
  const ids = [after.id];
  if (rest.length > 0) {
    const left = without(from, rest, report.key, now);
    await createOrRevive(deps, left);
    await putReports(deps, left.id, rest);
    await pointArticles(
      deps,
      rest.map((r) => r.key),
      left.id,
    );
    ids.push(left.id);
  }
  await deps.store.updateEvent(after, from.event.version);
  for (const r of rest) await deps.store.deleteEventReport(from.event.id, r.key);
  await putReports(deps, after.id, [...((to?.reports ?? []) as SourceReport[]), report]);
  if (to) await absorbEvent(deps, to.event, { ...after, version: from.event.version + 1 }, now);
  return ids;
}

/**
 * Moves one source from its event to another, or (`to` null) out into an event of its own (see
 * `relinkEvents`): the target gains the source first (so the source is never in no event), then its old
 * event is recomputed from the sources it keeps (or, when it kept none, folded into the target). An id that
 * changes leaves a redirect; delivery records, pending alerts and announcements follow the redirect; no
 * alert is queued for the move. Returns the ids of the events as written, or null when there is nothing to
 * move.
 */
export async function moveSource(
  deps: PipelineDeps,
  report: SourceReport,
  from: StoredCluster,
  to: StoredCluster | null,
  now: string,
): Promise<string[] | null> {
  const ref = from.event.sources.find((s) => s.articleId === report.key);
  if (!ref || !report.extraction) return null;
  const rest = (from.reports as SourceReport[]).filter((r) => r.key !== report.key);
  if (!to && rest.length === 0) return null; // already alone
  const after = to
    ? joined(to, report, ref, now)
    : { ...eventFromSources(from.event, [report], [], now), title: ref.title };
  if (after.id === from.event.id) return keepIdMove(deps, after, report, from, to, rest, now);
  let target: Event;
  if (to) target = await writeTarget(deps, to, after, report, now);
  else {
    const version = await createOrRevive(deps, after);
    await deps.store.putEventReport(after.id, report.key, report);
    target = { ...after, version };
  }
  const ids = [target.id];
  if (rest.length === 0) {
    if (!(await retireEvent(deps, from.event, target.id)))
      throw new ConflictError(`event ${from.event.id} changed while its source moved`);
  } else {
    const left = without(from, rest, report.key, now);
    if (left.id === from.event.id) {
      await deps.store.updateEvent(left, from.event.version);
      await deps.store.deleteEventReport(from.event.id, report.key);
    } else {
      await createOrRevive(deps, left);
      await putReports(deps, left.id, rest);
      if (!(await retireEvent(deps, from.event, left.id)))
        throw new ConflictError(`event ${from.event.id} changed while its source moved`);
    }
    ids.push(left.id);
  }
  // the moved article points at its new event (retiring the old event pointed every source at its heir)
  await pointArticles(deps, [report.key], target.id);
  return ids;
}
