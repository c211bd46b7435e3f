import type { Event } from '../domain/index.ts';
import { OUTBOX } from './outbox.ts';
import type { PipelineDeps } from './types.ts';

/**
 * What happens to a stored event that gets another id (a merge with another event, or a source with a
 * smaller key making a new canonical id): it becomes a redirect to the new id (the API answers the old id
 * with a redirect), its pending alerts move to the new id (none lost; sent ones stay sent because the
 * merge does not count their agreements as new), and its articles point at the new event.
 * Returns false when another run changed the old event first (the caller re-reads and tries again).
 */
export async function retireEvent(deps: PipelineDeps, old: Event, toId: string): Promise<boolean> {
  if (old.id === toId) return true;
  if (!(await deps.store.redirectEvent(old.id, toId, old.version))) return false;
  const prefix = `${old.id}#`;
  for (const member of await deps.store.listKeyMembers(OUTBOX)) {
    if (!member.startsWith(prefix)) continue;
    await deps.store.addKeyMember(OUTBOX, `${toId}#${member.slice(prefix.length)}`);
    await deps.store.removeKeyMember(OUTBOX, member);
  }
  const articles = await deps.store.getArticles(old.sources.map((s) => s.articleId));
  for (const a of articles) if (a.eventId !== toId) await deps.store.updateArticle({ ...a, eventId: toId });
  return true;
}

/** Follows redirects from an event id to the event it became (a few hops at most), or null. */
export async function resolveEvent(deps: PipelineDeps, id: string): Promise<Event | null> {
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
