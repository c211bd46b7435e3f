import { docsPage } from './docs.ts';
import { json, text } from './http.ts';
import { openApiDocument } from './openapi.ts';
import { defineRoute, okJson, type RouteDef } from './route-def.ts';
import { listAgreements } from './routes/agreements.ts';
import { getEvent, listEvents } from './routes/events.ts';
import { listFigures } from './routes/figures.ts';
import { health, listSources } from './routes/meta.ts';
import { feedRoutes } from './routes-feeds.ts';
import { subscriptionRoutes } from './routes-subscriptions.ts';
import { AgreementsQuery, EventId, EventsQuery, FiguresQuery } from './schemas.ts';

/** The answer to a client whose ETag (If-None-Match) still matches: list routes all give one. */
const NOT_MODIFIED = { description: 'Not modified: the ETag given in If-None-Match still matches' };

/** The media type of HTML answers. */
const HTML = 'text/html; charset=utf-8';

/** Every route of the API, declared once: the app, `/openapi.json` and `/docs` are all built from this list. */
export const apiRoutes: RouteDef[] = [
  defineRoute({
    method: 'GET',
    path: '/events',
    listCache: true,
    operationId: 'listEvents',
    tag: 'Events',
    summary: 'Recent events, newest first',
    description:
      "Filters are answered from the store's indexes: a page is full, or the listing has ended and `cursor` is null (combined filters that rarely match together may give shorter pages with a cursor: follow it until it is null). ETag / If-None-Match → 304.",
    query: EventsQuery,
    responses: { ...okJson('EventsPage', 'A page of events'), '304': NOT_MODIFIED },
    handler: listEvents,
  }),
  defineRoute({
    method: 'GET',
    path: '/events/:id',
    operationId: 'getEvent',
    tag: 'Events',
    summary: 'One event with its sources and the evidence of each value',
    params: { id: EventId },
    responses: {
      ...okJson('Event', 'One event'),
      '301': { description: 'The event was merged into another; Location names it' },
    },
    handler: getEvent,
  }),
  defineRoute({
    method: 'GET',
    path: '/agreements',
    listCache: true,
    operationId: 'listAgreements',
    tag: 'Agreements and figures',
    summary: 'Documents signed or planned, one row each',
    query: AgreementsQuery,
    responses: { ...okJson('AgreementsPage', 'Documents, one row each'), '304': NOT_MODIFIED },
    handler: listAgreements,
  }),
  defineRoute({
    method: 'GET',
    path: '/figures',
    listCache: true,
    operationId: 'listFigures',
    tag: 'Agreements and figures',
    summary: 'A time series of one metric across events, each value and year once',
    query: FiguresQuery,
    responses: { ...okJson('Figures', 'A time series of one metric'), '304': NOT_MODIFIED },
    handler: listFigures,
  }),
  ...feedRoutes,
  defineRoute({
    method: 'GET',
    path: '/sources',
    operationId: 'listSources',
    tag: 'Service',
    summary: "Each source's health: last success, consecutive failures, last error",
    responses: okJson('Sources', 'Health of each source'),
    handler: listSources,
  }),
  defineRoute({
    method: 'GET',
    path: '/health',
    operationId: 'health',
    tag: 'Service',
    summary: 'Service health (503 when the store does not answer)',
    responses: {
      ...okJson('Health', 'Service health'),
      '503': { description: 'Store unavailable', json: 'Health' },
    },
    handler: health,
  }),
  defineRoute({
    method: 'GET',
    path: '/openapi.json',
    operationId: 'openApi',
    tag: 'Service',
    summary: 'This OpenAPI 3.1 document, generated from the route list',
    responses: { '200': { description: 'OpenAPI 3.1', contentType: 'application/json' } },
    handler: ({ deps }) =>
      json(200, openApiDocument(apiRoutes, deps.apiBaseUrl), { 'cache-control': 'public, max-age=3600' }),
  }),
  defineRoute({
    method: 'GET',
    path: '/docs',
    operationId: 'docs',
    tag: 'Service',
    summary: 'This reference as a readable HTML page, generated from the same route list',
    responses: { '200': { description: 'The API reference', contentType: HTML } },
    handler: ({ deps }) =>
      text(200, docsPage(apiRoutes, deps.apiBaseUrl), HTML, {
        'cache-control': 'public, max-age=3600',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      }),
  }),
  ...subscriptionRoutes,
];
