import { defineRoute, okOf, type RouteDef } from './route-def.ts';
import { agreementsCsv, eventsCsv, figuresCsv } from './routes/exports.ts';
import { atomFeed, jsonFeed, rssFeed } from './routes/feeds.ts';
import { ExportQuery, FeedQuery, FiguresExportQuery } from './schemas.ts';

const FILTERS =
  'Takes the filters of `/events`, applied before `limit` counts: `?kind=visit&limit=20` is the 20 newest visits. Items link to the event pages (`/event/{id}`).';
const CSV =
  "RFC 4180 (CRLF rows, quoted where needed), UTF-8. Text cells starting with `=`, `+`, `-` or `@` get a leading `'` so a spreadsheet never runs them as formulas.";

/** A 200 of a media type, or 304 when the client's ETag (If-None-Match) still matches. */
const cached = (type: string, description: string) => ({
  ...okOf(type, description),
  '304': { description: 'Not modified: the ETag given in If-None-Match still matches' },
});

/** The feeds and CSV exports, declared like every other route (routes.ts includes them). */
export const feedRoutes: RouteDef[] = [
  defineRoute({
    method: 'GET',
    path: '/events.rss',
    operationId: 'eventsRss',
    tag: 'Feeds and exports',
    summary: 'RSS 2.0 feed of events',
    description: FILTERS,
    query: FeedQuery,
    listCache: true,
    responses: cached('application/rss+xml', 'RSS 2.0'),
    handler: rssFeed,
  }),
  defineRoute({
    method: 'GET',
    path: '/events.atom',
    operationId: 'eventsAtom',
    tag: 'Feeds and exports',
    summary: 'Atom 1.0 feed of events',
    description: FILTERS,
    query: FeedQuery,
    listCache: true,
    responses: cached('application/atom+xml', 'Atom 1.0 (RFC 4287)'),
    handler: atomFeed,
  }),
  defineRoute({
    method: 'GET',
    path: '/events.json',
    operationId: 'eventsJsonFeed',
    tag: 'Feeds and exports',
    summary: 'JSON Feed 1.1 of events',
    description: FILTERS,
    query: FeedQuery,
    listCache: true,
    responses: cached('application/feed+json', 'JSON Feed 1.1'),
    handler: jsonFeed,
  }),
  defineRoute({
    method: 'GET',
    path: '/events.csv',
    operationId: 'eventsCsv',
    tag: 'Feeds and exports',
    summary: 'Events as CSV, one row each',
    description: `${FILTERS} ${CSV}`,
    query: ExportQuery,
    listCache: true,
    responses: cached('text/csv', 'CSV with a header row'),
    handler: eventsCsv,
  }),
  defineRoute({
    method: 'GET',
    path: '/agreements.csv',
    operationId: 'agreementsCsv',
    tag: 'Feeds and exports',
    summary: 'Documents as CSV, one row each (`docType` narrows the rows too)',
    description: `${FILTERS} ${CSV}`,
    query: ExportQuery,
    listCache: true,
    responses: cached('text/csv', 'CSV with a header row'),
    handler: agreementsCsv,
  }),
  defineRoute({
    method: 'GET',
    path: '/figures.csv',
    operationId: 'figuresCsv',
    tag: 'Feeds and exports',
    summary:
      'Trade and investment figures as CSV, one row per reported value, with its source URL and report date',
    description: `${FILTERS} The source is the event's earliest report; \`report_count\` says how many reports the event has. ${CSV}`,
    query: FiguresExportQuery,
    listCache: true,
    responses: cached('text/csv', 'CSV with a header row'),
    handler: figuresCsv,
  }),
];
