import type { Event, SourceRef } from '../../domain/index.ts';
import { type ApiCtx, text } from '../http.ts';
import type { ExportQuery, FiguresExportQuery } from '../schemas.ts';
import { collectEvents, eventPageUrl } from './collect.ts';
import { CSV_TYPE, csvHeaders, toCsv } from './csv.ts';

/** The events of an export request: the `/events` filters applied before the limit. */
async function exportEvents(ctx: ApiCtx<ExportQuery | FiguresExportQuery>): Promise<Event[]> {
  const { limit, ...filters } = ctx.query;
  return collectEvents(ctx.deps, filters, limit);
}

/** The day a report was published (its own date), or empty when the outlet gave none. */
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

/**
 * The report a figure is credited to: the earliest published source of its event. A figure is read from the
 * merged event, so the earliest report is the one that first gave it; the others are counted beside it.
 */
function firstReport(e: Event): SourceRef {
  const dated = [...e.sources].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
  return dated[0] ?? (e.sources[0] as SourceRef);
}

/** `GET /events.csv`: one row per event. */
export async function eventsCsv(ctx: ApiCtx<ExportQuery>): Promise<Response> {
  const base = ctx.deps.apiBaseUrl;
  const rows = (await exportEvents(ctx)).map((e) => [
    e.id,
    e.eventDate,
    e.kind,
    e.title,
    e.location,
    e.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; '),
    e.agreements.length,
    e.agreements.map((a) => `${a.status} ${a.docType}: ${a.title}`).join('; '),
    e.figures.length,
    [...new Set(e.sources.map((s) => s.lang))].join(' '),
    e.sources.map((s) => s.url).join(' '),
    e.createdAt,
    eventPageUrl(base, e.id),
  ]);
  const header = ['id', 'event_date', 'kind', 'title', 'location', 'participants', 'document_count'];
  header.push('documents', 'figure_count', 'languages', 'source_urls', 'first_seen', 'url');
  return text(200, toCsv(header, rows), CSV_TYPE, csvHeaders('events.csv'));
}

/** `GET /agreements.csv`: one row per document; `docType` also narrows the rows, not only the events. */
export async function agreementsCsv(ctx: ApiCtx<ExportQuery>): Promise<Response> {
  const base = ctx.deps.apiBaseUrl;
  const rows = (await exportEvents(ctx)).flatMap((e) =>
    e.agreements
      .filter((a) => !ctx.query.docType || a.docType === ctx.query.docType)
      .map((a) => [
        e.id,
        e.eventDate,
        e.location,
        a.docType,
        a.status,
        a.title,
        e.participants.map((p) => p.name).join('; '),
        e.sources.map((s) => s.url).join(' '),
        eventPageUrl(base, e.id),
      ]),
  );
  const header = ['event_id', 'event_date', 'location', 'doc_type', 'status', 'title', 'parties'];
  header.push('source_urls', 'event_url');
  return text(200, toCsv(header, rows), CSV_TYPE, csvHeaders('agreements.csv'));
}

/** `GET /figures.csv`: one row per reported figure, each with the report (URL and date) it is credited to. */
export async function figuresCsv(ctx: ApiCtx<FiguresExportQuery>): Promise<Response> {
  const base = ctx.deps.apiBaseUrl;
  const rows = (await exportEvents(ctx)).flatMap((e) => {
    const report = firstReport(e);
    return e.figures
      .filter((f) => !ctx.query.metric || f.metric === ctx.query.metric)
      .map((f) => [
        e.id,
        e.eventDate,
        f.metric,
        f.value,
        f.unit,
        f.year,
        f.text,
        report.url,
        report.outlet,
        day(report.published),
        e.sources.length,
        eventPageUrl(base, e.id),
      ]);
  });
  const header = ['event_id', 'event_date', 'metric', 'value', 'unit', 'year', 'text', 'source_url'];
  header.push('source_outlet', 'report_date', 'report_count', 'event_url');
  return text(200, toCsv(header, rows), CSV_TYPE, csvHeaders('figures.csv'));
}
