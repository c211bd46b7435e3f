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
import { type ApiCtx, json } from '../http.ts';
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
export function wantsJson(ctx: ApiCtx): boolean {
  return /application\/json/i.test(ctx.header('accept') ?? '');
}

/** Whether the body is JSON (by content type); otherwise it is read as a form. */
export function jsonBody(ctx: ApiCtx): boolean {
  return /application\/json/i.test(ctx.header('content-type') ?? '');
}

/** The body as a JSON value; a body that is not JSON is the client's mistake. */
export function parseJsonBody(ctx: ApiCtx): unknown {
  try {
    return JSON.parse(ctx.body || 'null');
  } catch (err) {
    throw new ValidationError('body must be JSON', null, { cause: err });
  }
}

/** The body as form fields (`application/x-www-form-urlencoded`, what the pages' buttons send). */
export function formOf(ctx: ApiCtx): URLSearchParams {
  return new URLSearchParams(jsonBody(ctx) ? '' : ctx.body);
}

/**
 * The link token, validated: from a POSTed form or JSON body (the pages' buttons), else from the query (the
 * link itself, and RFC 8058 one-click POSTs to the List-Unsubscribe URL).
 */
export function tokenOf(ctx: ApiCtx): string {
  let token: unknown = ctx.rawQuery.token;
  if (ctx.method === 'POST') {
    const body = jsonBody(ctx) ? parseJsonBody(ctx) : null;
    const fromBody =
      body && typeof body === 'object' ? (body as { token?: unknown }).token : formOf(ctx).get('token');
    if (fromBody) token = fromBody;
  }
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(token))
    throw new ValidationError('missing or invalid token', 'token');
  return token;
}

/** `GET /subscribe`: the subscription form for browsers. */
export function getSubscribe({ deps, rawQuery }: ApiCtx): Response {
  return htmlPage(
    'Subscribe to Kazakhstan–China alerts',
    `${para('Choose what to hear about; you will get an email with a button to confirm.')}\n${subscribeForm(deps.apiBaseUrl, rawQuery)}`,
  );
}

/**
 * `POST /subscriptions`: starts double opt-in; the same answer whether or not the address is known. A JSON body
 * (API clients) or the `/subscribe` page's form (answered with a page).
 */
export async function postSubscription(ctx: ApiCtx): Promise<Response> {
  const isForm = /application\/x-www-form-urlencoded/i.test(ctx.header('content-type') ?? '');
  const body = isForm ? subscribeBodyFromForm(formOf(ctx)) : parseJsonBody(ctx);
  // The platform's view of the connection (API Gateway's sourceIp, the socket locally), never a header.
  const result = await subscribe(alertDeps(ctx.deps), body, ctx.clientIp);
  if (isForm && !wantsJson(ctx))
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
export async function getConfirm(ctx: ApiCtx): Promise<Response> {
  const deps = ctx.deps;
  const token = tokenOf(ctx);
  const sub = await findForConfirm(alertDeps(deps), token);
  if (wantsJson(ctx))
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
export async function postConfirm(ctx: ApiCtx): Promise<Response> {
  const deps = ctx.deps;
  const token = tokenOf(ctx);
  const result = await confirm(alertDeps(deps), token);
  if (wantsJson(ctx)) return json(200, result);
  const sub = await findForConfirm(alertDeps(deps), token);
  const manage = `${deps.apiBaseUrl}/subscriptions/manage?token=${manageToken(sub)}`;
  return htmlPage(
    'Subscription confirmed',
    `${para('You will receive:')}\n${describeHtml(sub)}\n<p><a href="${escapeHtml(manage)}">Change these preferences</a> (the same link is in every alert).</p>`,
    sub.lang,
  );
}

/** `GET /unsubscribe?token=` (the footer link): a page with a button; changes nothing. */
export async function getUnsubscribe(ctx: ApiCtx): Promise<Response> {
  const deps = ctx.deps;
  const token = tokenOf(ctx);
  const sub = await findForUnsubscribe(alertDeps(deps), token);
  if (wantsJson(ctx)) return json(200, { status: sub.status });
  if (sub.status === 'unsubscribed')
    return htmlPage('Already unsubscribed', para('This address receives no more alerts.'), sub.lang);
  return htmlPage(
    'Unsubscribe?',
    `${para('You currently receive:')}\n${describeHtml(sub)}\n${buttonForm(`${deps.apiBaseUrl}/unsubscribe`, token, 'Unsubscribe')}`,
    sub.lang,
  );
}

/** `POST /unsubscribe`: the page's button (token in the form) and RFC 8058 one-click (token in the URL). */
export async function postUnsubscribe(ctx: ApiCtx): Promise<Response> {
  const deps = ctx.deps;
  const result = await unsubscribe(alertDeps(deps), tokenOf(ctx));
  if (wantsJson(ctx)) return json(200, result);
  return htmlPage('Unsubscribed', para('You will receive no more email from kz-china-monitor.'));
}
