/** `/person/:id`: one official's meetings over time, with the roles the reports gave them. */
import type { Event, Person } from '../../domain/index.ts';
import { personKey } from '../../store/index-terms.ts';
import type { Store } from '../../store/port.ts';
import { eventsOfPerson } from '../finder.ts';
import { formatDay, kindWord, personSlug, sideWord, textLang } from '../format.ts';
import { html } from '../html.ts';
import { layout } from '../layout.ts';

/** The person with this page id in an event: the same slug, or the same store person key (another spelling). */
function find(e: Event, slug: string): Person | undefined {
  const key = personKey(slug.replace(/-/g, ' '));
  const people = [...e.participants, ...e.mentioned];
  return people.find((p) => personSlug(p.name) === slug) ?? people.find((p) => personKey(p.name) === key);
}

/** The person page; null when nobody with this id appears in any event. */
export async function personPage(store: Store, slug: string): Promise<string | null> {
  const events = await eventsOfPerson(store, slug);
  const first = events[0] ? find(events[0], slug) : undefined;
  if (!first) return null;
  const roles = [...new Set(events.map((e) => find(e, slug)?.role).filter((r): r is string => !!r))];
  const years = [...new Set(events.map((e) => e.eventDate?.slice(0, 4) ?? 'Date unknown'))];
  const rows = years.map((year) => {
    const inYear = events.filter((e) => (e.eventDate?.slice(0, 4) ?? 'Date unknown') === year);
    return html`<h2>${year}</h2><ol class="timeline">${inYear.map((e) => {
      const self = find(e, slug);
      const others = e.participants.filter((p) => p !== self);
      const took = self !== undefined && e.participants.includes(self);
      return html`<li><article class="event"><div class="meta"><span class="kind">${kindWord(e.kind)}</span><time${e.eventDate ? html` datetime="${e.eventDate}"` : ''}>${formatDay(e.eventDate)}</time>${e.location ? html`<span>${e.location}</span>` : ''}${took ? '' : html`<span>named only</span>`}</div>
<h3 lang="${textLang(e.title)}"><a href="/event/${e.id}">${e.title}</a></h3>
${others.length > 0 ? html`<p class="small">With ${others.map((p, i) => html`${i ? ', ' : ''}<a href="/person/${personSlug(p.name)}">${p.name}</a>${p.role ? html` (${p.role})` : ''}`)}</p>` : ''}</article></li>`;
    })}</ol>`;
  });
  return layout(
    { title: first.name },
    html`<h1>${first.name}</h1>
<p>${sideWord(first.country)}${roles.length > 0 ? html` · ${roles.join('; ')}` : ''}</p>
<p class="muted">${events.length} ${events.length === 1 ? 'event' : 'events'}, newest first. <a href="/?participant=${encodeURIComponent(first.name)}">Show in the timeline</a> · <a href="/subscribe?participant=${encodeURIComponent(first.name)}">Get alerts about ${first.name}</a></p>
${rows}`,
  );
}

/** The page for an unknown person id. */
export function missingPersonPage(slug: string): string {
  return layout(
    { title: 'Person not found' },
    html`<h1>Person not found</h1><p>No event names anyone with the id <code>${slug}</code>.</p><p><a href="/">Back to the timeline</a></p>`,
  );
}
