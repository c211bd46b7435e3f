/** `/`: the timeline of events, newest first, with filters and a search that reads English and Russian. */
import type { Store } from '../../store/port.ts';
import { eventCard, filterFields } from '../components.ts';
import { filterParams, hasFilters, readFilters } from '../filters.ts';
import { findEvents } from '../finder.ts';
import { html, queryString } from '../html.ts';
import { layout } from '../layout.ts';

/** Events on one page of the timeline. */
const PER_PAGE = 25;

/** The timeline page for a request's query parameters. */
export async function timelinePage(store: Store, query: Record<string, string | undefined>): Promise<string> {
  const { filters, problems } = readFilters(query);
  const found = await findEvents(store, filters, PER_PAGE, query.cursor ?? null);
  const filtered = hasFilters(filters);
  const more = found.cursor
    ? html`<p><a class="button" href="/${queryString({ ...filterParams(filters), cursor: found.cursor })}">Older events</a></p>`
    : '';
  const count = found.items.length === 1 ? '1 event' : `${found.items.length} events`;
  return layout(
    { title: 'Timeline', section: '/' },
    html`<h1>Kazakhstan–China events</h1>
<p class="muted">Meetings, visits, calls, signings and statements, merged from every outlet that reported them; newest first.</p>
<form class="filters" method="get" action="/" role="search" aria-label="Filter events">
${filterFields(filters, true)}
<div class="wide actions"><button type="submit">Show events</button>${filtered ? html`<a href="/">Clear filters</a>` : ''}<a href="/subscribe${queryString(filterParams(filters))}">Get alerts for this search</a></div>
</form>
${problems.map((p) => html`<p class="notice" role="status">${p}</p>`)}
<p id="count" role="status">${filtered ? html`${count} match the filters${found.cursor ? ' on this page' : ''}.` : html`${count}${found.cursor ? ' on this page' : ''}.`}</p>
${found.items.length > 0 ? html`<ol class="timeline">${found.items.map(eventCard)}</ol>` : html`<p>No events match. Try fewer filters or another spelling.</p>`}
${more}`,
  );
}
