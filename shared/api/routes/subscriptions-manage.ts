import { escapeHtml } from '../../alerts/mail-safety.ts';
import { findForManage, preferencesFromForm, updatePreferences } from '../../alerts/preferences.ts';
import type { Subscriber } from '../../domain/index.ts';
import type { ApiDeps } from '../deps.ts';
import { type ApiCtx, json } from '../http.ts';
import { buttonForm, describeHtml, htmlPage, preferencesForm } from './subscription-pages.ts';
import { formOf, jsonBody, parseJsonBody, tokenOf, wantsJson } from './subscriptions.ts';

/** What JSON clients see of a subscription: never the email, token or hash. */
function publicView(sub: Subscriber) {
  const channels = (sub.channels ?? []).map(({ secret: _secret, ...c }) => c);
  return { status: sub.status, mode: sub.mode, lang: sub.lang ?? 'en', filters: sub.filters, channels };
}

/** The manage page: the subscription in words, the preferences form and a separate "leave" button. */
function managePage(
  deps: ApiDeps,
  m: { subscriber: Subscriber; manageToken: string; unsubscribeToken: string },
  saved: boolean,
): Response {
  const sub = m.subscriber;
  const ru = sub.lang === 'ru';
  const intro = saved
    ? ru
      ? 'Настройки сохранены. Теперь вы получаете:'
      : 'Preferences saved. You now receive:'
    : ru
      ? `Подписка для ${sub.email}. Сейчас вы получаете:`
      : `Subscription of ${sub.email}. You currently receive:`;
  const leave = ru ? 'Отписаться от всех уведомлений' : 'Unsubscribe from all alerts';
  return htmlPage(
    ru ? 'Настройки уведомлений' : 'Alert preferences',
    [
      `<p>${escapeHtml(intro)}</p>`,
      describeHtml(sub),
      preferencesForm(`${deps.apiBaseUrl}/subscriptions/manage`, m.manageToken, sub),
      '<hr>',
      buttonForm(`${deps.apiBaseUrl}/unsubscribe`, m.unsubscribeToken, leave),
    ].join('\n'),
    sub.lang,
  );
}

/** `GET /subscriptions/manage?token=`: the preferences page (JSON: the preferences); changes nothing. */
export async function getManage(ctx: ApiCtx): Promise<Response> {
  const deps = ctx.deps;
  const managed = await findForManage(deps, tokenOf(ctx));
  if (wantsJson(ctx)) return json(200, publicView(managed.subscriber));
  return managePage(deps, managed, false);
}

/**
 * `POST /subscriptions/manage`: saves filters, mode and language, from the page's form (token in the form) or a
 * JSON body `{token, filters, mode, lang}`. A changed subscription is confirmed already: the manage token proves
 * the reader holds the mail of a confirmed subscription.
 */
export async function postManage(ctx: ApiCtx): Promise<Response> {
  const deps = ctx.deps;
  const token = tokenOf(ctx);
  const isJson = jsonBody(ctx);
  const body = isJson ? parseJsonBody(ctx) : preferencesFromForm(formOf(ctx));
  const managed = await updatePreferences(deps, token, body);
  // a new webhook's signing secret is in this answer only
  if (wantsJson(ctx)) return json(200, { ...publicView(managed.subscriber), added: managed.added ?? null });
  return managePage(deps, managed, true);
}
