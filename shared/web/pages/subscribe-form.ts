/**
 * The subscribe form: an address, the timeline's filters (a subscription is a saved timeline search), what to
 * be told about, how often, in which language, and optionally a webhook, Slack or Telegram channel besides
 * the mail. Works without JavaScript; every control has a label.
 */
import { filterFields } from '../components.ts';
import type { TimelineFilters } from '../filters.ts';
import { type Html, html } from '../html.ts';

/** What the form shows (a failed submission comes back with what was typed). */
export interface SubscribeFormValues {
  email?: string;
  filters: TimelineFilters;
  triggers?: string[];
  includePlanned?: boolean;
  mode?: string;
  mailLang?: string;
  channel?: string;
  channelUrl?: string;
  chatId?: string;
}

function radio(name: string, value: string, label: string, on: boolean): Html {
  return html`<label><input type="radio" name="${name}" value="${value}"${on ? html` checked` : ''}> ${label}</label>`;
}

function box(name: string, value: string, label: string, on: boolean): Html {
  return html`<label><input type="checkbox" name="${name}" value="${value}"${on ? html` checked` : ''}> ${label}</label>`;
}

/** The form, posting to `/subscribe`. */
export function subscribeForm(v: SubscribeFormValues): Html {
  const triggers = v.triggers ?? ['agreement', 'event'];
  const mode = v.mode ?? 'instant';
  const channel = v.channel ?? 'none';
  return html`<form method="post" action="/subscribe" aria-label="Subscribe">
<p><label for="s-email">Email address (we send a confirmation link)</label><input type="email" id="s-email" name="email" required maxlength="254" autocomplete="email" value="${v.email ?? ''}"></p>
<fieldset><legend>Which events</legend><div class="grid">${filterFields(v.filters, false)}</div></fieldset>
<fieldset><legend>Tell me about</legend>
${box('trigger', 'agreement', 'new documents signed', triggers.includes('agreement'))}
${box('trigger', 'event', 'new events matching the filters', triggers.includes('event'))}
${box('trigger', 'figure', 'new trade and investment figures', triggers.includes('figure'))}
${box('includePlanned', 'on', 'also documents announced to be signed', v.includePlanned ?? false)}</fieldset>
<fieldset><legend>How often</legend>
${radio('mode', 'instant', 'at once', mode === 'instant')}${radio('mode', 'daily', 'a daily digest', mode === 'daily')}${radio('mode', 'weekly', 'a weekly digest', mode === 'weekly')}</fieldset>
<fieldset><legend>Language of the mail</legend>
${radio('mailLang', 'en', 'English', v.mailLang !== 'ru')}${radio('mailLang', 'ru', 'Русский', v.mailLang === 'ru')}</fieldset>
<fieldset><legend>Also deliver to (optional, instant alerts)</legend>
${radio('channel', 'none', 'email only', channel === 'none')}${radio('channel', 'webhook', 'a webhook (signed JSON POST)', channel === 'webhook')}${radio('channel', 'slack', 'a Slack incoming webhook', channel === 'slack')}${radio('channel', 'telegram', 'a Telegram bot chat', channel === 'telegram')}
<p><label for="s-url">Webhook, Slack or Telegram URL (https; for Telegram https://api.telegram.org/bot&lt;token&gt;/sendMessage)</label><input type="url" id="s-url" name="channelUrl" maxlength="2000" value="${v.channelUrl ?? ''}"></p>
<p><label for="s-chat">Telegram chat id</label><input type="text" id="s-chat" name="chatId" maxlength="64" value="${v.chatId ?? ''}"></p></fieldset>
<p><button type="submit">Subscribe</button></p>
</form>`;
}

/** The form's fields as values (to show again) and as the parts of a subscription. */
export function readSubscribeForm(form: URLSearchParams, filters: TimelineFilters): SubscribeFormValues {
  const get = (k: string) => form.get(k)?.trim() || undefined;
  return {
    email: get('email'),
    filters,
    triggers: form.getAll('trigger'),
    includePlanned: form.get('includePlanned') === 'on',
    mode: get('mode'),
    mailLang: get('mailLang'),
    channel: get('channel'),
    channelUrl: get('channelUrl'),
    chatId: get('chatId'),
  };
}
