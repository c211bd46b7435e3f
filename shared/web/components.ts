/**
 * Pieces the pages share: an event as a timeline entry, its participants with roles and sides, its documents,
 * figures and sources, and the filter form.
 */
import { DocType, type Event, EventKind, type Figure, type Person, type SourceRef } from '../domain/index.ts';
import { SOURCE_LANGS, type TimelineFilters } from './filters.ts';
import {
  docWord,
  formatDay,
  formatInstant,
  formatValue,
  kindWord,
  personSlug,
  sideWord,
  textLang,
} from './format.ts';
import { type Html, html, safeHref } from './html.ts';

/** Metric names in words. */
export const METRIC_WORDS: Record<Figure['metric'], string> = {
  trade_turnover: 'trade turnover',
  investment: 'investment',
  project_portfolio: 'project portfolio',
  project_count: 'number of projects',
  other: 'other figure',
};

/** A person: name linked to their page, role, side. */
export function personItem(p: Person): Html {
  const side = p.country ?? 'XX';
  return html`<li><a href="/person/${personSlug(p.name)}">${p.name}</a>${p.role ? html`, ${p.role}` : ''} <span class="side-${side}">(${sideWord(p.country)})</span></li>`;
}

/** Participants (and, separately, people only named). */
export function peopleList(e: Event): Html {
  if (e.participants.length === 0) return html`<p class="muted small">No participants identified.</p>`;
  return html`<ul class="people" aria-label="Participants">${e.participants.map(personItem)}</ul>`;
}

/** The documents of an event: type, status, title. */
export function docsList(e: Event): Html | null {
  if (e.agreements.length === 0) return null;
  return html`<ul class="docs" aria-label="Documents">${e.agreements.map(
    (a) =>
      html`<li><span class="tag">${docWord(a.docType)}</span> <strong>${a.status === 'signed' ? 'signed' : 'planned'}</strong>: ${a.title}</li>`,
  )}</ul>`;
}

/** The figures of an event. */
export function figsList(e: Event): Html | null {
  if (e.figures.length === 0) return null;
  return html`<ul class="figs" aria-label="Figures">${e.figures.map(
    (f) =>
      html`<li>${METRIC_WORDS[f.metric]}: <strong>${formatValue(f.value, f.unit)}</strong>${f.year ? html` (${f.year})` : ''}</li>`,
  )}</ul>`;
}

/** A source: outlet and language (its name on the event page, the code in lists), linked to the original when the URL is a web link. */
export function sourceItem(s: SourceRef, detailed = false): Html {
  const href = safeHref(s.url);
  const language = detailed ? (SOURCE_LANGS[s.lang as keyof typeof SOURCE_LANGS] ?? s.lang) : s.lang;
  const name = html`${s.outlet} <span class="tag" lang="en">${language}</span>`;
  const title = detailed ? html` — <span lang="${s.lang}">${s.title}</span>` : '';
  const when = detailed
    ? html` <span class="muted small">published ${formatInstant(s.published)}</span>`
    : '';
  return html`<li>${href ? html`<a href="${href}" rel="noopener noreferrer">${name}</a>` : name}${title}${when}</li>`;
}

/** Sources by outlet, with their languages: "Kazinform (en, ru), Daryo (en)". */
export function outletsLine(sources: SourceRef[]): string {
  const langs = new Map<string, string[]>();
  for (const s of sources) {
    const list = langs.get(s.outlet) ?? [];
    if (!list.includes(s.lang)) list.push(s.lang);
    langs.set(s.outlet, list);
  }
  return [...langs].map(([outlet, l]) => `${outlet} (${l.join(', ')})`).join(', ');
}

/** One event in the timeline. */
export function eventCard(e: Event): Html {
  return html`<li><article class="event" aria-labelledby="t-${e.id}">
<div class="meta"><span class="kind">${kindWord(e.kind)}</span><time${e.eventDate ? html` datetime="${e.eventDate}"` : ''}>${formatDay(e.eventDate)}</time>${e.location ? html`<span>${e.location}</span>` : ''}</div>
<h2 id="t-${e.id}" lang="${textLang(e.title)}"><a href="/event/${e.id}">${e.title}</a></h2>
${peopleList(e)}${docsList(e)}${figsList(e)}
<p class="small muted">Sources: ${outletsLine(e.sources)}</p>
</article></li>`;
}

/** A `<select>` with a blank "any" option. */
function select(
  name: string,
  label: string,
  options: Array<[string, string]>,
  value: string | undefined,
): Html {
  return html`<div><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}"><option value="">any</option>${options.map(
    ([v, l]) => html`<option value="${v}"${v === value ? html` selected` : ''}>${l}</option>`,
  )}</select></div>`;
}

/** The filter fields (shared by the timeline and the subscribe form); `dates` adds the date range. */
export function filterFields(f: TimelineFilters, dates: boolean): Html {
  const kinds = EventKind.options.map((k): [string, string] => [k, kindWord(k)]);
  const docs = DocType.options.map((d): [string, string] => [d, docWord(d)]);
  const langs = Object.entries(SOURCE_LANGS) as Array<[string, string]>;
  const agreement = f.hasAgreement === undefined ? undefined : String(f.hasAgreement);
  return html`<div class="wide"><label for="f-q">Search (English, Russian or Kazakh, e.g. Wang Yi or Ван И, wheat or пшеница)</label><input type="search" id="f-q" name="q" value="${f.q ?? ''}" maxlength="200"></div>
${dates ? html`<div><label for="f-from">From</label><input type="date" id="f-from" name="from" value="${f.from ?? ''}"></div><div><label for="f-to">To</label><input type="date" id="f-to" name="to" value="${f.to ?? ''}"></div>` : ''}
${select('kind', 'Kind of event', kinds, f.kind)}
<div><label for="f-participant">Person (full name, any script)</label><input type="text" id="f-participant" name="participant" value="${f.participant ?? ''}" maxlength="200"></div>
${select('docType', 'Document type', docs, f.docType)}
${select(
  'hasAgreement',
  'Documents',
  [
    ['true', 'with documents'],
    ['false', 'without documents'],
  ],
  agreement,
)}
${select('lang', 'Report language', langs, f.lang)}`;
}
