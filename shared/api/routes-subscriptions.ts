import * as z from 'zod';
import { PreferencesBody } from '../alerts/preferences.ts';
import { SubscribeBody } from '../alerts/subscriptions.ts';
import { clientErrors, defineRoute, okOf, type RouteDef } from './route-def.ts';
import {
  getConfirm,
  getSubscribe,
  getUnsubscribe,
  postConfirm,
  postSubscription,
  postUnsubscribe,
} from './routes/subscriptions.ts';
import { getManage, postManage } from './routes/subscriptions-manage.ts';
import { TokenQuery } from './schemas.ts';

const HTML = 'text/html; charset=utf-8';
/** Pages answered as HTML to browsers and as JSON to `Accept: application/json`. */
const pageOrJson = (component: string, description: string) => ({
  '200': { description, json: component, contentType: HTML },
  ...clientErrors,
});
const tokenBody = { 'application/json': TokenQuery, 'application/x-www-form-urlencoded': TokenQuery };
const manageBody = PreferencesBody.extend({ token: z.string() });

/**
 * The subscription routes (routes.ts includes them): the form, double opt-in, and the link-token pages, where
 * a GET only shows a page (mail scanners follow links) and the page's button POSTs to act.
 */
export const subscriptionRoutes: RouteDef[] = [
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
