/**
 * `/subscribe`: the form (GET) and its submission (POST). Submitting starts the same double opt-in as
 * `POST /subscriptions` (shared/alerts/subscriptions.ts): a confirmation mail whose page has the button that
 * confirms. A channel chosen here is attached to the pending subscription only, so a confirmed subscriber's
 * channels never change without their manage link; the answer is the same either way (it reveals nothing).
 */
import { randomBytes } from 'node:crypto';
import { checkWebhookUrl } from '../../alerts/channel-step.ts';
import { subscribe } from '../../alerts/subscriptions.ts';
import { newWebhookSecret } from '../../alerts/webhook-sign.ts';
import type { ApiDeps } from '../../api/deps.ts';
import { Channel } from '../../domain/index.ts';
import { RateLimitError, ValidationError } from '../../errors.ts';
import { readFilters, type TimelineFilters } from '../filters.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';
import { readSubscribeForm, type SubscribeFormValues, subscribeForm } from './subscribe-form.ts';

/** The page with the form (prefilled from a timeline search's parameters), and an optional error. */
export function subscribePage(values: SubscribeFormValues, error?: string): string {
  return layout(
    { title: 'Subscribe', section: '/subscribe' },
    html`<h1>Subscribe to alerts</h1>
<p>Choose what to hear about. Nothing is sent until you press the button in the confirmation mail; every alert has a link to change these choices or leave.</p>
${error ? html`<p class="notice" role="alert">${error}</p>` : ''}
${subscribeForm(values)}`,
  );
}

/** The form's choices as the body of `subscribe()`. */
function subscribeBody(v: SubscribeFormValues, f: TimelineFilters): unknown {
  return {
    email: v.email ?? '',
    mode: v.mode,
    lang: v.mailLang,
    filters: {
      docTypes: f.docType ? [f.docType] : [],
      participants: f.participant ? [f.participant] : [],
      keywords: [],
      includePlanned: v.includePlanned ?? false,
      triggers: v.triggers && v.triggers.length > 0 ? v.triggers : undefined,
      kinds: f.kind ? [f.kind] : undefined,
      hasAgreement: f.hasAgreement,
      q: f.q,
      sourceLang: f.lang,
    },
  };
}

/** The chosen channel, checked (https, not private unless allowed), with a new id and signing secret. */
async function chosenChannel(v: SubscribeFormValues): Promise<Channel | null> {
  if (!v.channel || v.channel === 'none') return null;
  if (!v.channelUrl) throw new ValidationError('enter the URL of the channel', 'channelUrl');
  if (v.channel === 'telegram' && !v.chatId)
    throw new ValidationError('a Telegram channel needs its chat id', 'chatId');
  await checkWebhookUrl(v.channelUrl, process.env.WEBHOOKS_ALLOW_PRIVATE === 'true').catch((err: Error) => {
    throw new ValidationError(`the channel URL is refused: ${err.message}`, 'channelUrl', { cause: err });
  });
  return Channel.parse({
    id: `ch_${randomBytes(8).toString('hex')}`,
    kind: v.channel,
    url: v.channelUrl,
    chatId: v.channel === 'telegram' ? v.chatId : undefined,
    secret: v.channel === 'webhook' ? newWebhookSecret() : undefined,
  });
}

/** The answer to a submission: status and page. */
export async function submitSubscribe(
  deps: ApiDeps,
  form: URLSearchParams,
  clientIp: string,
): Promise<{ status: number; body: string }> {
  const { filters } = readFilters(Object.fromEntries(form));
  const values = readSubscribeForm(form, filters);
  if (!deps.mailer)
    return { status: 503, body: subscribePage(values, 'Email alerts are not configured on this server.') };
  try {
    const channel = await chosenChannel(values);
    await subscribe(
      {
        store: deps.store,
        mailer: deps.mailer,
        apiBaseUrl: deps.apiBaseUrl,
        now: deps.now,
        limits: deps.subscribeLimits,
      },
      subscribeBody(values, filters),
      clientIp,
    );
    if (channel) await attachToPending(deps, values.email ?? '', channel);
    return { status: 200, body: sentPage(channel) };
  } catch (err) {
    if (err instanceof ValidationError) return { status: 400, body: subscribePage(values, err.message) };
    if (err instanceof RateLimitError) return { status: 429, body: subscribePage(values, err.message) };
    throw err;
  }
}

/** Adds the channel to the subscription of `email` while it waits for confirmation (at most five channels). */
async function attachToPending(deps: ApiDeps, email: string, channel: Channel): Promise<void> {
  const sub = await deps.store.getSubscriberByEmail(email.trim().toLowerCase());
  if (sub?.status !== 'pending' || (sub.channels ?? []).length >= 5) return;
  await deps.store.updateSubscriber({ ...sub, channels: [...(sub.channels ?? []), channel] });
}

/** "Check your inbox", with a webhook's signing secret shown this once. */
function sentPage(channel: Channel | null): string {
  const secret: Html | string = channel?.secret
    ? html`<p>Your webhook's signing secret (shown only now; keep it to verify the <code>X-KZCM-Signature</code> header): <code id="secret">${channel.secret}</code></p>`
    : '';
  return layout(
    { title: 'Check your inbox', section: '/subscribe' },
    html`<h1>Check your inbox</h1><p>We sent you an email: press its button to confirm the subscription. If this address was already subscribed, nothing changed: use the “Change preferences” link in any alert.</p>
${channel ? html`<p>Once you confirm, instant alerts also go to your ${channel.kind} channel.</p>` : ''}${secret}
<p><a href="/">Back to the timeline</a></p>`,
  );
}
