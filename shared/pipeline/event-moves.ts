import { agreementKey } from '../alerts/index.ts';
import { mergeStored } from '../dedup/index.ts';
import type { Event } from '../domain/index.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import type { Store } from '../store/port.ts';
import { announcedKey, OUTBOX } from './outbox.ts';
import type { PipelineDeps } from './types.ts';

/** Re-keys the members of a key-member list that start with the old event id, onto the new id. */
async function moveMembers(
  store: Store,
  list: string,
  fromId: string,
  toId: string,
  into = list,
): Promise<void> {
  const prefix = `${fromId}#`;
  for (const member of await store.listKeyMembers(list)) {
    if (!member.startsWith(prefix)) continue;
    await store.addKeyMember(into, `${toId}#${member.slice(prefix.length)}`);
    await store.removeKeyMember(list, member);
  }
}

/**
 * What the old id's readers were sent, recorded under the new id's alert keys before any pending alert moves
 * there: a document already mailed is never mailed again because its event changed id.
 */
async function carryDeliveries(store: Store, old: Event, toId: string): Promise<void> {
  for (const a of old.agreements) {
    for (const d of await store.listDeliveries(agreementKey(old.id, a)))
      await store.adoptDelivery({ ...d, alertKey: agreementKey(toId, a) });
  }
}

/**
 * What happens to a stored event that gets another id (a merge with another event, or a source with a
 * smaller key making a new canonical id): it becomes a redirect to the new id (the API answers the old id
 * with a redirect), its delivery records are copied to the new id's alert keys and its pending alerts and
 * announcements move there (none lost, none sent twice), and its articles point at the new event.
 * Returns false when another run changed the old event first (the caller re-reads and tries again).
 */
export async function retireEvent(deps: PipelineDeps, old: Event, toId: string): Promise<boolean> {
  if (old.id === toId) return true;
  if (!(await deps.store.redirectEvent(old.id, toId, old.version))) return false;
  await carryDeliveries(deps.store, old, toId);
  await moveMembers(deps.store, OUTBOX, old.id, toId);
  await moveMembers(deps.store, announcedKey(old.id), old.id, toId, announcedKey(toId));
  const articles = await deps.store.getArticles(old.sources.map((s) => s.articleId));
  for (const a of articles) if (a.eventId !== toId) await deps.store.updateArticle({ ...a, eventId: toId });
  return true;
}

/** Follows redirects from an event id to the event it became (a few hops at most), or null. */
export async function resolveEvent(deps: Pick<PipelineDeps, 'store'>, id: string): Promise<Event | null> {
  let current = id;
  for (let hop = 0; hop < 8; hop++) {
    const e = await deps.store.getEvent(current);
    if (e) return e;
    const next = await deps.store.getEventRedirect(current);
    if (!next) return null;
    current = next;
  }
  return null;
}

/** How often folding an event into another is retried when other runs keep changing it. */
const ABSORB_ATTEMPTS = 4;

/**
 * Folds a stored event into another for good. When another run changed the old event after this run read it
 * (a new source, say), its redirect is refused: what that run added is merged into the target with a
 * conditional write on the target's version, its reports copied, and the redirect tried again on the fresh
 * version. Nothing another run wrote is lost, and no event stays behind as a duplicate. Returns the target
 * as last written (or the input when nothing had to be re-merged).
 */
export async function absorbEvent(deps: PipelineDeps, old: Event, into: Event, now: string): Promise<Event> {
  let current = old;
  let target = into;
  for (let attempt = 0; attempt < ABSORB_ATTEMPTS; attempt++) {
    if (await retireEvent(deps, current, target.id)) return target;
    const fresh = await deps.store.getEvent(current.id);
    if (!fresh) return target; // another run folded it first: its redirect leads on from there
    const latest = await resolveEvent(deps, target.id);
    if (!latest) throw new ConflictError(`event ${target.id} vanished while ${old.id} was merged into it`);
    const merged: Event = { ...mergeStored(latest, fresh), id: latest.id, updatedAt: now };
    try {
      await deps.store.updateEvent(merged, latest.version);
    } catch (err) {
      if (!(err instanceof ConflictError || err instanceof NotFoundError)) throw err;
      current = fresh;
      continue; // the target changed too: read both again
    }
    for (const r of (await deps.store.listEventReports(fresh.id)) as Array<{ key: string }>)
      await deps.store.putEventReport(latest.id, r.key, r);
    current = fresh;
    target = { ...merged, version: latest.version + 1 };
  }
  throw new ConflictError(`event ${old.id} kept changing while being merged into ${into.id}`);
}
