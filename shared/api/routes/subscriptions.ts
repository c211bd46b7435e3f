import { escapeHtml } from '../../alerts/mail-safety.ts';
import { preferencesFromForm } from '../../alerts/preferences.ts';
import {
  confirm,
  findForConfirm,
  findForUnsubscribe,
  subscribe,
  unsubscribe,
} from '../../alerts/subscriptions.ts';
import { manageToken } from '../../alerts/tokens.ts';
import { ValidationError } from '../../errors.ts';
import type { ApiDeps } from '../deps.ts';
import { type ApiRequest, type ApiResponse, bodyText, header, json, queryOf } from '../http.ts';
import { buttonForm, describeHtml, htmlPage, para, subscribeForm } from './subscription-pages.ts';

/** The mail-dependent deps, or a clear error where the deployment has no mailer. */
export function alertDeps(deps: ApiDeps) {
  if (!deps.mailer) throw new ValidationError('email alerts are not configured on this server');
  return {
    store: deps.store,
    mailer: deps.mailer,
    apiBaseUrl: deps.apiBaseUrl,
    now: deps.now,
    limits: deps.subscribeLimits,
  };
}

/** Whether the client asked for JSON (API clients); browsers following mail links get HTML pages. */
export function wantsJson(req: ApiRequest): boolean {
  return /application\/json/i.test(header(req, 'accept') ?? '');
}

/** Whether the body is JSON (by content type); otherwise it is read as a form. */
function jsonBody(req: ApiRequest): boolean {
  return /application\/json/i.test(header(req, 'content-type') ?? '');
}

/** The body as a JSON value; a body that is not JSON is the client's mistake. */
export function parseJsonBody(req: ApiRequest): unknown {
  try {
    return JSON.parse(bodyText(req) || 'null');
  } catch (err) {
    throw new ValidationError('body must be JSON', null, { cause: err });
  }
}

/** The body as form fields (`application/x-www-form-urlencoded`, what the pages' buttons send). */
export function formOf(req: ApiRequest): URLSearchParams {
  return new URLSearchParams(jsonBody(req) ? '' : bodyText(req));
}

/**
 * The link token, validated: from a POSTed form or JSON body (the pages' buttons), else from the query (the
 * link itself, and RFC 8058 one-click POSTs to the List-Unsubscribe URL).
 */
export function tokenOf(req: ApiRequest): string {
  let token: unknown = queryOf(req).token;
  if (req.requestContext?.http?.method?.toUpperCase() === 'POST') {
    const body = jsonBody(req) ? parseJsonBody(req) : null;
    const fromBody =
      body && typeof body === 'object' ? (body as { token?: unknown }).token : formOf(req).get('token');
    if (fromBody) token = fromBody;
  }
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(token))
    throw new ValidationError('missing or invalid token', 'token');
  return token;
}

/** `GET /subscribe`: the subscription form for browsers. */
export function getSubscribe(_req: ApiRequest, deps: ApiDeps): ApiResponse {
  return htmlPage(
    'Subscribe to Kazakhstan–China alerts',
    `${para('Choose what to hear about; you will get an email with a button to confirm.')}\n${subscribeForm(deps.apiBaseUrl)}`,
  );
}

/**
 * `POST /subscriptions`: starts double opt-in; the same answer whether or not the address is known. A JSON body
 * (API clients) or the `/subscribe` page's form (answered with a page).
 */
export async function postSubscription(req: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  const isForm = /application\/x-www-form-urlencoded/i.test(header(req, 'content-type') ?? '');
  const body = isForm ? subscribeBodyFromForm(formOf(req)) : parseJsonBody(req);
  // API Gateway sets sourceIp from the connection (not from a client header), so it cannot be forged.
  const result = await subscribe(alertDeps(deps), body, req.requestContext?.http?.sourceIp ?? '');
  if (isForm && !wantsJson(req))
    return htmlPage(
      'Check your inbox',
      para('We sent you an email: press its button to confirm the subscription.'),
    );
  return json(202, { ...result, message: 'check your inbox to confirm the subscription' });
}

/** The `/subscribe` form as a subscribe body: the manage form's fields plus the address. */
function subscribeBodyFromForm(form: URLSearchParams): unknown {
  const prefs = preferencesFromForm(form) as Record<string, unknown>;
  return { ...prefs, email: form.get('email') ?? '' };
}

/** `GET /subscriptions/confirm?token=`: shows what would be confirmed and a button; changes nothing. */
export async function getConfirm(req: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  const token = tokenOf(req);
  const sub = await findForConfirm(alertDeps(deps), token);
  if (wantsJson(req))
    return json(200, { status: sub.status, mode: sub.mode, lang: sub.lang ?? 'en', filters: sub.filters });
  const action = `${deps.apiBaseUrl}/subscriptions/confirm`;
  const done = sub.status === 'confirmed';
  return htmlPage(
    done ? 'Subscription already confirmed' : 'Confirm your subscription',
    `${para(done ? 'This subscription is active:' : 'You asked to receive:')}\n${describeHtml(sub)}\n${done ? '' : buttonForm(action, token, 'Confirm the subscription')}`,
    sub.lang,
  );
}

/** `POST /subscriptions/confirm` (the page's button, token in the form; or JSON `{token}`). */
export async function postConfirm(req: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  const token = tokenOf(req);
  const result = await confirm(alertDeps(deps), token);
  if (wantsJson(req)) return json(200, result);
  const sub = await findForConfirm(alertDeps(deps), token);
  const manage = `${deps.apiBaseUrl}/subscriptions/manage?token=${manageToken(sub)}`;
  return htmlPage(
    'Subscription confirmed',
    `${para('You will receive:')}\n${describeHtml(sub)}\n<p><a href="${escapeHtml(manage)}">Change these preferences</a> (the same link is in every alert).</p>`,
    sub.lang,
  );
}

/** `GET /unsubscribe?token=` (the footer link): a page with a button; changes nothing. */
export async function getUnsubscribe(req: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  const token = tokenOf(req);
  const sub = await findForUnsubscribe(alertDeps(deps), token);
  if (wantsJson(req)) return json(200, { status: sub.status });
  if (sub.status === 'unsubscribed')
    return htmlPage('Already unsubscribed', para('This address receives no more alerts.'), sub.lang);
  return htmlPage(
    'Unsubscribe?',
    `${para('You currently receive:')}\n${describeHtml(sub)}\n${buttonForm(`${deps.apiBaseUrl}/unsubscribe`, token, 'Unsubscribe')}`,
    sub.lang,
  );
}

/** `POST /unsubscribe`: the page's button (token in the form) and RFC 8058 one-click (token in the URL). */
export async function postUnsubscribe(req: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  const result = await unsubscribe(alertDeps(deps), tokenOf(req));
  if (wantsJson(req)) return json(200, result);
  return htmlPage('Unsubscribed', para('You will receive no more email from kz-china-monitor.'));
}
