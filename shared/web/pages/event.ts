/** `/event/:id`: everything known of one event, each value with the sentence it was read from. */
import type { Event, Figure } from '../../domain/index.ts';
import { docsList, METRIC_WORDS, peopleList, personItem, sourceItem } from '../components.ts';
import { docWord, formatDay, formatInstant, formatValue, kindWord, textLang } from '../format.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';

/** A quoted evidence sentence, when there is one. */
function evidence(text: string | null | undefined): Html | null {
  return text ? html`<blockquote>“${text}”</blockquote>` : null;
}

/** The figures with the sentence each came from. */
function figures(list: Figure[]): Html {
  return html`<ul class="figs">${list.map(
    (f) =>
      html`<li>${METRIC_WORDS[f.metric]}: <strong>${formatValue(f.value, f.unit)}</strong>${f.year ? html` (${f.year})` : ''}${evidence(f.evidence ?? f.text)}</li>`,
  )}</ul>`;
}

/** The event page. */
export function eventPage(e: Event): string {
  // when the outlets first published it, and when this monitor first saw it (they differ for a backfill)
  const firstReported = e.sources
    .map((s) => s.published)
    .filter((p): p is string => !!p)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  return layout(
    { title: e.title, description: e.summary.slice(0, 200) },
    html`<p class="meta"><span class="kind">${kindWord(e.kind)}</span><time${e.eventDate ? html` datetime="${e.eventDate}"` : ''}>${formatDay(e.eventDate)}</time>${e.location ? html`<span>${e.location}</span>` : ''}</p>
<h1 lang="${textLang(e.title)}">${e.title}</h1>
${e.summary ? html`<p lang="${textLang(e.summary)}">${e.summary}</p>` : ''}
<dl class="facts">
<dt>Kind</dt><dd>${kindWord(e.kind)}${evidence(e.evidence?.kind)}</dd>
<dt>Date</dt><dd>${formatDay(e.eventDate)}${evidence(e.evidence?.eventDate)}</dd>
<dt>Place</dt><dd>${e.location ?? 'unknown'}${evidence(e.evidence?.location)}</dd>
<dt>First reported</dt><dd>${firstReported ? html`${formatInstant(firstReported)} (Almaty time)` : 'unknown'}</dd>
<dt>First seen here</dt><dd>${formatInstant(e.createdAt)} (Almaty time)</dd>
</dl>
<h2>Participants</h2>
${peopleList(e)}
${e.mentioned.length > 0 ? html`<h2>Also named</h2><ul class="people">${e.mentioned.map(personItem)}</ul>` : ''}
<h2>Documents</h2>
${docsList(e) ?? html`<p class="muted">No document reported.</p>`}
${e.agreementCount ? html`<p>Reports say ${e.agreementCount} documents were signed in all.</p>` : ''}
${e.agreements.some((a) => a.evidence) ? html`<details><summary>Where each document is mentioned</summary><ul>${e.agreements.map((a) => html`<li>${docWord(a.docType)}: ${a.title}${evidence(a.evidence)}</li>`)}</ul></details>` : ''}
<h2>Figures</h2>
${e.figures.length > 0 ? figures(e.figures) : html`<p class="muted">No figure reported.</p>`}
${e.topics.length > 0 ? html`<h2>Topics</h2><p>${e.topics.join(', ')}</p>` : ''}
<h2 id="sources">Sources (${e.sources.length})</h2>
<ul class="srcs" aria-labelledby="sources">${[...e.sources].sort((a, b) => Date.parse(a.published ?? '') - Date.parse(b.published ?? '')).map((s) => sourceItem(s, true))}</ul>
<p class="small muted">Event id ${e.id} · <a href="/events/${e.id}">as JSON</a></p>`,
  );
}

/** The page for an unknown event id. */
export function missingEventPage(id: string): string {
  return layout(
    { title: 'Event not found' },
    html`<h1>Event not found</h1><p>No event has the id <code>${id}</code>. It may have been merged into another one after more reports came in.</p><p><a href="/">Back to the timeline</a></p>`,
  );
}
