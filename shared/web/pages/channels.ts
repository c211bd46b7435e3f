/**
 * The channels part of the manage page (left open by the alerts work: channels could only be added through
 * JSON): the subscriber's webhook, Slack and Telegram channels, a button to remove each, and a form to add one.
 * The forms carry the manage token (link-safe: nothing changes on GET) and post to `/subscribe/channels`, which
 * saves through the same `updatePreferences` as the JSON API and shows a new webhook's signing secret once.
 */
import { findForManage, updatePreferences } from '../../alerts/preferences.ts';
import type { ApiDeps } from '../../api/deps.ts';
import type { Channel, Subscriber } from '../../domain/index.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';

/** Where the channel forms post. */
export const CHANNELS_PATH = '/subscribe/channels';

const KINDS: Record<Channel['kind'], string> = {
  webhook: 'webhook (signed JSON POST)',
  slack: 'Slack incoming webhook',
  telegram: 'Telegram bot chat',
};

/** A channel's address without its secret parts (a Slack or Telegram URL holds a token in its path). */
function shownUrl(c: Channel): string {
  try {
    const u = new URL(c.url);
    return c.kind === 'webhook' ? `${u.origin}${u.pathname}` : `${u.origin}/…`;
  } catch {
    return '(invalid URL)';
  }
}

/** The channels section: current channels with remove buttons, and the add form. */
export function channelsSection(manageToken: string, sub: Subscriber): Html {
  const channels = sub.channels ?? [];
  const token = html`<input type="hidden" name="token" value="${manageToken}">`;
  const list = channels.map(
    (c) =>
      html`<li>${KINDS[c.kind]}: <code>${shownUrl(c)}</code>${c.chatId ? html` chat ${c.chatId}` : ''}${c.disabledAt ? html` <strong class="bad">disabled after repeated failures</strong>` : ''}
<form method="post" action="${CHANNELS_PATH}" class="inline">${token}<input type="hidden" name="removeChannel" value="${c.id}"><button type="submit" aria-label="Remove the ${KINDS[c.kind]} ${shownUrl(c)}">Remove</button></form></li>`,
  );
  return html`<section aria-labelledby="h-channels"><h2 id="h-channels">Webhook and chat channels</h2>
${channels.length > 0 ? html`<ul>${list}</ul>` : html`<p class="muted">None: alerts go by email only.</p>`}
${
  channels.length < 5
    ? html`<form method="post" action="${CHANNELS_PATH}">${token}<fieldset><legend>Add a channel (instant alerts)</legend>
<label><input type="radio" name="kind" value="webhook" checked> ${KINDS.webhook}</label><label><input type="radio" name="kind" value="slack"> ${KINDS.slack}</label><label><input type="radio" name="kind" value="telegram"> ${KINDS.telegram}</label>
<p><label for="c-url">URL (https)</label><input type="url" id="c-url" name="url" required maxlength="2000"></p>
<p><label for="c-chat">Telegram chat id</label><input type="text" id="c-chat" name="chatId" maxlength="64"></p>
<button type="submit">Add the channel</button></fieldset></form>`
    : html`<p class="muted">Five channels is the most a subscription can have.</p>`
}</section>`;
}

/** The answer to a channel form: status and page. */
export async function submitChannels(
  deps: ApiDeps,
  form: URLSearchParams,
): Promise<{ status: number; body: string }> {
  const token = form.get('token') ?? '';
  const back = `${deps.apiBaseUrl}/subscriptions/manage?token=${encodeURIComponent(token)}`;
  const answer = (status: number, title: string, content: Html) => ({
    status,
    body: layout(
      { title, section: '/subscribe' },
      html`<h1>${title}</h1>${content}<p><a href="${back}">Back to your preferences</a></p>`,
    ),
  });
  try {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new NotFoundError('unknown or expired manage link');
    const { subscriber } = await findForManage(deps, token);
    const remove = form.get('removeChannel') ?? undefined;
    const kind = form.get('kind');
    const chatId = form.get('chatId')?.trim() || undefined;
    const add = remove ? undefined : { kind, url: form.get('url')?.trim() ?? '', chatId };
    const out = await updatePreferences(deps, token, {
      filters: subscriber.filters,
      mode: subscriber.mode,
      lang: subscriber.lang ?? 'en',
      addChannel: add,
      removeChannel: remove,
    });
    if (remove) return answer(200, 'Channel removed', html`<p>Alerts no longer go to that channel.</p>`);
    const secret = out.added?.secret;
    return answer(
      200,
      'Channel added',
      html`<p>Instant alerts now also go to this channel.</p>${secret ? html`<p>Its signing secret, shown only now (verify the <code>X-KZCM-Signature</code> header with it): <code id="secret">${secret}</code></p>` : ''}`,
    );
  } catch (err) {
    if (err instanceof NotFoundError)
      return answer(
        404,
        'Link not valid',
        html`<p>This manage link is unknown or expired; use the one in your latest alert.</p>`,
      );
    if (err instanceof ValidationError)
      return answer(400, 'Channel not saved', html`<p class="notice" role="alert">${err.message}</p>`);
    throw err;
  }
}
