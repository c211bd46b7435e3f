import * as z from 'zod';
import { PreferencesBody } from '../alerts/preferences.ts';
import { SubscribeBody } from '../alerts/subscriptions.ts';
import { docsPage } from './docs.ts';
import { json, text } from './http.ts';
import { openApiDocument } from './openapi.ts';
import { clientErrors, defineRoute, okJson, okOf, type RouteDef } from './route-def.ts';
import { listAgreements } from './routes/agreements.ts';
import { getEvent, listEvents } from './routes/events.ts';
import { listFigures } from './routes/figures.ts';
import { health, listSources } from './routes/meta.ts';
import {
  getConfirm,
  getSubscribe,
  getUnsubscribe,
  postConfirm,
  postSubscription,
  postUnsubscribe,
} from './routes/subscriptions.ts';
import { getManage, postManage } from './routes/subscriptions-manage.ts';
import { feedRoutes } from './routes-feeds.ts';
import { AgreementsQuery, EventId, EventsQuery, FiguresQuery, TokenQuery } from './schemas.ts';

const HTML = 'text/html; charset=utf-8';
/** Pages answered as HTML to browsers and as JSON to `Accept: application/json`. */
const pageOrJson = (component: string, description: string) => ({
  '200': { description, json: component, contentType: HTML },
  ...clientErrors,
});
const tokenBody = { 'application/json': TokenQuery, 'application/x-www-form-urlencoded': TokenQuery };

/** Every route of the API, declared once: the app, `/openapi.json` and `/docs` are all built from this list. */
export const apiRoutes: RouteDef[] = [
  defineRoute({
    method: 'GET',
    path: '/events',
    operationId: 'listEvents',
    tag: 'Events',
    summary: 'Recent events, newest first',
    description:
      'Filters that keys cannot express are applied to one store page, so a page may be shorter than `limit`: follow `cursor` until it is null. ETag / If-None-Match → 304.',
    query: EventsQuery,
    responses: { ...okJson('EventsPage', 'A page of events'), '304': { description: 'Not modified' } },
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
    operationId: 'listAgreements',
    tag: 'Agreements and figures',
    summary: 'Documents signed or planned, one row each',
    query: AgreementsQuery,
    responses: okJson('AgreementsPage', 'Documents, one row each'),
    handler: listAgreements,
  }),
  defineRoute({
    method: 'GET',
    path: '/figures',
    operationId: 'listFigures',
    tag: 'Agreements and figures',
    summary: 'A time series of one metric across events, each value and year once',
    query: FiguresQuery,
    responses: okJson('Figures', 'A time series of one metric'),
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
  defineRoute({
    method: 'GET',
    path: '/subscribe',
    operationId: 'subscribePage',
    tag: 'Subscriptions',
    summary: 'A browser form to subscribe (it POSTs to /subscriptions)',
    responses: okOf(HTML, 'The subscription form'),
    handler: getSubscribe,
  }),
  defineRoute({
    method: 'POST',
    path: '/subscriptions',
    operationId: 'subscribe',
    tag: 'Subscriptions',
    summary: 'Start a subscription: a confirmation email is sent (double opt-in)',
    description:
      'The same answer whether or not the address is known. Past an hourly limit (per address, per client, in all) the answer is 429 with Retry-After.',
    body: { 'application/json': SubscribeBody, 'application/x-www-form-urlencoded': SubscribeBody },
    responses: {
      '202': { description: 'Check your inbox', json: 'SubscriptionAccepted' },
      '200': { description: 'The form was sent: a page saying to check the inbox', contentType: HTML },
      '400': clientErrors['400'] as { description: string },
      '413': { description: 'Body too large', json: 'Error' },
      '429': { description: 'Too many requests', json: 'Error' },
    },
    handler: postSubscription,
  }),
  ...tokenRoutes(),
];

/** The link-token routes: GET shows a page (changes nothing), POST acts. */
function tokenRoutes(): RouteDef[] {
  const manageBody = PreferencesBody.extend({ token: z.string() });
  return [
    defineRoute({
      method: 'GET',
      path: '/subscriptions/confirm',
      operationId: 'confirmPage',
      tag: 'Subscriptions',
      summary: 'What would be confirmed, with a button; changes nothing',
      query: TokenQuery,
      responses: pageOrJson('SubscriptionStatus', 'The confirmation page'),
      handler: getConfirm,
    }),
    defineRoute({
      method: 'POST',
      path: '/subscriptions/confirm',
      operationId: 'confirm',
      tag: 'Subscriptions',
      summary: 'Confirm a subscription (token in the form or JSON)',
      body: tokenBody,
      responses: pageOrJson('SubscriptionStatus', 'Confirmed'),
      handler: postConfirm,
    }),
    defineRoute({
      method: 'GET',
      path: '/subscriptions/manage',
      operationId: 'managePage',
      tag: 'Subscriptions',
      summary: 'The preferences page (JSON: the preferences); changes nothing',
      query: TokenQuery,
      responses: pageOrJson('SubscriptionStatus', 'The preferences'),
      handler: getManage,
    }),
    defineRoute({
      method: 'POST',
      path: '/subscriptions/manage',
      operationId: 'manage',
      tag: 'Subscriptions',
      summary: 'Save filters, mode, language and channels',
      description: "A new webhook's signing secret (`added.secret`) is in this answer only.",
      body: { 'application/json': manageBody },
      responses: pageOrJson('SubscriptionStatus', 'The saved preferences'),
      handler: postManage,
    }),
    defineRoute({
      method: 'GET',
      path: '/unsubscribe',
      operationId: 'unsubscribePage',
      tag: 'Subscriptions',
      summary: 'A page with an unsubscribe button; changes nothing',
      query: TokenQuery,
      responses: pageOrJson('SubscriptionStatus', 'The unsubscribe page'),
      handler: getUnsubscribe,
    }),
    defineRoute({
      method: 'POST',
      path: '/unsubscribe',
      operationId: 'unsubscribe',
      tag: 'Subscriptions',
      summary: 'Unsubscribe (token in the form, or in the URL: RFC 8058 one-click)',
      query: TokenQuery,
      body: tokenBody,
      responses: pageOrJson('SubscriptionStatus', 'Unsubscribed'),
      handler: postUnsubscribe,
    }),
  ];
}
