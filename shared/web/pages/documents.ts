/**
 * `/documents`: every document signed or planned, in a table sorted by any column through links (so sorting
 * works without JavaScript and a sorted view can be shared); planned documents link to their later signing.
 */
import type { Store } from '../../store/port.ts';
import { recentEvents } from '../finder.ts';
import { docWord, formatDay, sideWord } from '../format.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';
import { type DocRow, documentRows, SORTS, type SortKey, sortRows } from './documents-data.ts';

const LABELS: Record<SortKey, string> = {
  date: 'Date',
  type: 'Type',
  status: 'Status',
  title: 'Document',
  event: 'Event',
};

/** A sortable column header: a link that sorts by it (again: the other direction), with `aria-sort`. */
function header(key: SortKey, sort: SortKey, dir: 'asc' | 'desc'): Html {
  const on = key === sort;
  const next = on && dir === 'asc' ? 'desc' : 'asc';
  const aria = on ? (dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return html`<th scope="col" aria-sort="${aria}"><a href="/documents?sort=${key}&amp;dir=${next}">${LABELS[key]}${on ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}</a></th>`;
}

/** The parties of a document: the event's participants by side. */
function parties(r: DocRow): Html {
  const sides = new Map<string, string[]>();
  for (const p of r.event.participants) {
    const side = sideWord(p.country);
    sides.set(side, [...(sides.get(side) ?? []), p.name]);
  }
  return html`${[...sides].map(([side, names], i) => html`${i ? html`<br>` : ''}${side}: ${names.join(', ')}`)}`;
}

/** One table row. */
function row(r: DocRow): Html {
  const link = r.signedAs
    ? html`<br><a href="#${r.signedAs.anchor}">signed later, ${formatDay(r.signedAs.event.eventDate)}</a>`
    : r.announcedAs
      ? html`<br><a href="#${r.announcedAs.anchor}">announced ${formatDay(r.announcedAs.event.eventDate)}</a>`
      : '';
  return html`<tr id="${r.anchor}"><td><time${r.event.eventDate ? html` datetime="${r.event.eventDate}"` : ''}>${formatDay(r.event.eventDate)}</time></td><td>${docWord(r.doc.docType)}</td><td>${r.doc.status}${link}</td><td>${r.doc.title}</td><td>${parties(r)}</td><td><a href="/event/${r.event.id}">${r.event.title}</a></td></tr>`;
}

/** The documents page. */
export async function documentsPage(
  store: Store,
  query: Record<string, string | undefined>,
): Promise<string> {
  const sort = (SORTS as readonly string[]).includes(query.sort ?? '') ? (query.sort as SortKey) : 'date';
  const dir = query.dir === 'asc' ? 'asc' : query.dir === 'desc' ? 'desc' : sort === 'date' ? 'desc' : 'asc';
  const rows = sortRows(documentRows(await recentEvents(store, { hasAgreement: true })), sort, dir);
  const planned = rows.filter((r) => r.doc.status === 'planned').length;
  return layout(
    { title: 'Documents', section: '/documents' },
    html`<h1>Documents signed and planned</h1>
<p class="muted">${rows.length} documents, ${planned} of them announced but not (yet) reported signed. Select a column heading to sort.</p>
<div class="table-wrap"><table><caption class="muted small">Documents by event; parties are the event's participants</caption>
<thead><tr>${header('date', sort, dir)}${header('type', sort, dir)}${header('status', sort, dir)}${header('title', sort, dir)}<th scope="col">Parties</th>${header('event', sort, dir)}</tr></thead>
<tbody>${rows.map(row)}</tbody></table></div>`,
  );
}
