import { confirm, subscribe, unsubscribe } from '../../alerts/subscriptions.ts';
import { ValidationError } from '../../errors.ts';
import type { ApiDeps } from '../deps.ts';
import { type ApiRequest, type ApiResponse, bodyText, json, queryOf, text } from '../http.ts';
import { xmlEscape } from './feed.ts';

/** The mail-dependent deps, or a clear error where the deployment has no mailer. */
function alertDeps(deps: ApiDeps) {
  if (!deps.mailer) throw new ValidationError('email alerts are not configured on this server');
  return {
    store: deps.store,
    mailer: deps.mailer,
    apiBaseUrl: deps.apiBaseUrl,
    now: deps.now,
    limits: deps.subscribeLimits,
  };
}

/** The token query parameter, validated. */
function tokenOf(req: ApiRequest): string {
  const token = queryOf(req).token;
  if (!token || !/^[A-Za-z0-9_-]{20,100}$/.test(token))
    throw new ValidationError('missing or invalid token', 'token');
  return token;
}

/** A small HTML page for the links people click in emails. */
function page(title: string, message: string): ApiResponse {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>${xmlEscape(title)}</title><body><h1>${xmlEscape(title)}</h1><p>${xmlEscape(message)}</p></body></html>`;
  return text(200, html, 'text/html; charset=utf-8', { 'cache-control': 'no-store' });
}

/** `POST /subscriptions`: starts double opt-in; the same answer whether or not the address is known. */
export async function postSubscription(req: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  let body: unknown;
  try {
    body = JSON.parse(bodyText(req) || 'null');
  } catch (err) {
    throw new ValidationError('body must be JSON', null, { cause: err });
  }
  // API Gateway sets sourceIp from the connection (not from a client header), so it cannot be forged.
  const result = await subscribe(alertDeps(deps), body, req.requestContext?.http?.sourceIp ?? '');
  return json(202, { ...result, message: 'check your inbox to confirm the subscription' });
}

/** `GET /subscriptions/confirm?token=`. */
export async function getConfirm(req: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  await confirm(alertDeps(deps), tokenOf(req));
  return page('Subscription confirmed', 'You will be emailed when Kazakhstan and China sign new agreements.');
}

/** `GET /unsubscribe?token=` (link in every email) and RFC 8058 one-click `POST /unsubscribe?token=`. */
export async function doUnsubscribe(req: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  await unsubscribe(alertDeps(deps), tokenOf(req));
  return page('Unsubscribed', 'You will receive no more email from kz-china-monitor.');
}
