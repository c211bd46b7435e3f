/**
 * What each channel receives for one alert (one event, its new items): a JSON document for signed webhooks, a
 * Slack incoming-webhook message (`text` in Slack's mrkdwn, links as `<url|label>`), a Telegram Bot API
 * `sendMessage` body (HTML parse mode). Untrusted text is escaped for each format.
 */
import type { Channel, Event, SubscriberLang } from '../domain/index.ts';
import { type AlertItem, agreementsOf, figuresOf } from './items.ts';
import { escapeHtml, oneLine } from './mail-safety.ts';
import { itemsSubject } from './subject.ts';
import { docLabel, eventUrl, figureLine } from './template-parts.ts';

/** One alert as the channels see it. */
export interface ChannelAlert {
  apiBaseUrl: string;
  event: Event;
  items: AlertItem[];
  lang?: SubscriberLang;
}

/** The signed webhook's JSON: stable field names, the event's facts and the new items with their keys. */
export function webhookPayload(a: ChannelAlert) {
  return {
    type: 'kzcm.alert',
    subject: itemsSubject(a.event, a.items, a.lang),
    url: eventUrl(a.apiBaseUrl, a.event.id),
    event: {
      id: a.event.id,
      kind: a.event.kind,
      date: a.event.eventDate,
      location: a.event.location,
      title: a.event.title,
      participants: a.event.participants.map((p) => ({ name: p.name, role: p.role, country: p.country })),
    },
    items: a.items.map((i) => ({
      key: i.key,
      trigger: i.trigger,
      ...(i.trigger === 'agreement' ? { agreement: i.agreement } : {}),
      ...(i.trigger === 'figure' ? { figure: i.figure } : {}),
    })),
  };
}

/** The item lines shared by the chat formats (plain, one line each). */
function itemLines(a: ChannelAlert): string[] {
  const lang = a.lang ?? 'en';
  return [
    ...agreementsOf(a.items).map((d) => `${docLabel(d, lang)}: ${oneLine(d.title)}`),
    ...figuresOf(a.items).map((f) => figureLine(f, lang)),
  ];
}

/* Slack mrkdwn: &, < and > are the only characters to escape. */
const slackEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Slack incoming-webhook message. */
export function slackPayload(a: ChannelAlert): { text: string; unfurl_links: boolean } {
  const url = eventUrl(a.apiBaseUrl, a.event.id);
  const lines = [
    `*${slackEscape(itemsSubject(a.event, a.items, a.lang))}*`,
    ...itemLines(a).map((l) => `• ${slackEscape(l)}`),
    `<${url}|${slackEscape(oneLine(a.event.title))}>`,
  ];
  return { text: lines.join('\n'), unfurl_links: false };
}

/** A Telegram `sendMessage` body for the channel's chat (HTML parse mode, at most 4096 characters). */
export function telegramPayload(a: ChannelAlert, chatId: string) {
  const url = eventUrl(a.apiBaseUrl, a.event.id);
  const lines = [
    `<b>${escapeHtml(itemsSubject(a.event, a.items, a.lang))}</b>`,
    ...itemLines(a).map((l) => `• ${escapeHtml(l)}`),
    `<a href="${escapeHtml(url)}">${escapeHtml(oneLine(a.event.title))}</a>`,
  ];
  return {
    chat_id: chatId,
    text: lines.join('\n').slice(0, 4096),
    parse_mode: 'HTML',
    disable_web_page_preview: true,
  };
}

/** The JSON body a channel receives for an alert. */
export function channelBody(channel: Channel, a: ChannelAlert): string {
  if (channel.kind === 'slack') return JSON.stringify(slackPayload(a));
  if (channel.kind === 'telegram') return JSON.stringify(telegramPayload(a, channel.chatId ?? ''));
  return JSON.stringify(webhookPayload(a));
}
