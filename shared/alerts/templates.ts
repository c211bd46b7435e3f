import type { Agreement, Event, SubscriberFilters, SubscriberLang, SubscriberMode } from '../domain/index.ts';
import { describeSubscription } from './describe.ts';
import { escapeHtml, oneLine, truncate } from './mail-safety.ts';
import {
  eventHtml,
  eventText,
  eventUrl,
  htmlDocument,
  type RenderedMail,
  unsubscribeParts,
} from './template-parts.ts';

export type { RenderedMail } from './template-parts.ts';

/** Subjects are kept to about this many characters (mail clients cut longer ones anyway). */
export const SUBJECT_MAX = 150;
const PREFIX = 'Kazakhstan–China: ';

/**
 * "Kazakhstan–China: Memorandum on … signed (Murat Nurtleu, Wang Yi)": the first document's title, how many
 * more, the verb, and up to three participants. The title is what gets shortened when it is too long.
 */
export function alertSubject(event: Event, agreements: Agreement[]): string {
  const first = agreements[0];
  const more = agreements.length > 1 ? ` and ${agreements.length - 1} more` : '';
  const verb = agreements.every((a) => a.status === 'planned') ? ' to be signed' : ' signed';
  const names = event.participants.slice(0, 3).map((p) => oneLine(p.name));
  const tail = `${more}${verb}${names.length > 0 ? ` (${names.join(', ')})` : ''}`;
  const title = oneLine(first?.title ?? event.title);
  const budget = Math.max(30, SUBJECT_MAX - PREFIX.length - tail.length);
  return truncate(`${PREFIX}${truncate(title, budget)}${tail}`, SUBJECT_MAX);
}

/** Input of the alert templates. */
export interface AlertMailInput {
  apiBaseUrl: string;
  /** The subscriber's unsubscribe-link token (see tokens.ts). */
  unsubscribeToken: string;
  /** The subscriber's manage-link token; the footer links to the preferences page when given. */
  manageToken?: string;
}

/** The instant alert for newly reported agreements of one event. */
export function agreementAlertMail(
  input: AlertMailInput & { event: Event; agreements: Agreement[]; announced?: Agreement[] },
): RenderedMail {
  const { event, agreements } = input;
  const subject = alertSubject(event, agreements);
  const url = eventUrl(input.apiBaseUrl, event.id);
  const footer = unsubscribeParts(input.apiBaseUrl, input.unsubscribeToken, input.manageToken);
  const announced = (input.announced ?? []).filter((a) => agreements.includes(a));
  // A document announced as planned and now signed is news again, and the reader should know it is the same one.
  const earlier =
    announced.length === 0
      ? ''
      : ` ${announced.length === 1 ? 'It was' : `${announced.length} of them were`} announced earlier as planned and ${announced.length === 1 ? 'has' : 'have'} now been signed.`;
  const intro = `${agreements.length === 1 ? 'A new document was reported.' : 'New documents were reported.'}${earlier}`;
  return {
    subject,
    text: `${intro}\n\n${eventText(event, agreements, url)}\n\n${footer.text}\n`,
    html: htmlDocument(subject, `<p>${intro}</p>\n${eventHtml(event, agreements, url)}\n${footer.html}`),
    headers: footer.headers,
  };
}

/** The daily digest: every matching agreement of one day, grouped by event, in one email. */
export function digestMail(
  input: AlertMailInput & { date: string; items: Array<{ event: Event; agreements: Agreement[] }> },
): RenderedMail {
  const count = input.items.reduce((n, i) => n + i.agreements.length, 0);
  const subject = `${PREFIX}${count} ${count === 1 ? 'document' : 'documents'} reported on ${oneLine(input.date)}`;
  const footer = unsubscribeParts(input.apiBaseUrl, input.unsubscribeToken, input.manageToken);
  const blocks = input.items.map((i) => ({ ...i, url: eventUrl(input.apiBaseUrl, i.event.id) }));
  const intro = `Agreements between Kazakhstan and China reported on ${oneLine(input.date)}, in ${blocks.length} ${blocks.length === 1 ? 'event' : 'events'}:`;
  const rule = `\n\n${'='.repeat(40)}\n\n`;
  return {
    subject,
    text: `${intro}${rule}${blocks.map((b) => eventText(b.event, b.agreements, b.url)).join(rule)}\n\n${footer.text}\n`,
    html: htmlDocument(
      subject,
      `<p>${escapeHtml(intro)}</p>\n${blocks.map((b) => eventHtml(b.event, b.agreements, b.url)).join('\n<hr>\n')}\n${footer.html}`,
    ),
    headers: footer.headers,
  };
}

const CONFIRM_WORDS = {
  en: {
    subject: 'Confirm your kz-china-monitor alert subscription',
    lead: 'Someone, hopefully you, asked to receive email alerts about Kazakhstan–China relations:',
    button: 'Confirm the subscription',
    ignore: 'If it was not you, ignore this email: nothing will be sent without confirmation.',
  },
  ru: {
    subject: 'Подтвердите подписку на уведомления kz-china-monitor',
    lead: 'Кто-то, надеемся, вы, попросил присылать уведомления об отношениях Казахстана и Китая:',
    button: 'Подтвердить подписку',
    ignore: 'Если это были не вы, просто проигнорируйте письмо: без подтверждения ничего не придёт.',
  },
} as const;

/**
 * The double opt-in email with the confirmation link, repeating the chosen filters and mode in words (in the
 * subscriber's language) so the reader confirms what they will receive. The link opens a page with a button:
 * following it changes nothing, so a mail scanner cannot confirm on the reader's behalf.
 */
export function confirmationMail(input: {
  apiBaseUrl: string;
  token: string;
  subscription?: { filters: SubscriberFilters; mode: SubscriberMode; lang?: SubscriberLang };
}): RenderedMail {
  const url = `${input.apiBaseUrl}/subscriptions/confirm?token=${encodeURIComponent(input.token)}`;
  const w = CONFIRM_WORDS[input.subscription?.lang ?? 'en'];
  const lines = input.subscription ? describeSubscription(input.subscription) : [];
  const text = lines.map(([k, v]) => `${k}: ${v}`).join('\n');
  const html = lines.map(([k, v]) => `<li><strong>${escapeHtml(k)}:</strong> ${escapeHtml(v)}</li>`).join('');
  return {
    subject: w.subject,
    text: `${w.lead}\n\n${text}\n\n${w.button}: ${url}\n\n${w.ignore}\n`,
    html: htmlDocument(
      w.subject,
      `<p>${escapeHtml(w.lead)}</p>\n<ul>${html}</ul>\n<p><a href="${escapeHtml(url)}">${escapeHtml(w.button)}</a></p>\n<p>${escapeHtml(w.ignore)}</p>`,
    ),
    headers: {},
  };
}

/** Sent instead of a confirmation when a confirmed address subscribes again (the API answers the same). */
export function alreadySubscribedMail(input: AlertMailInput): RenderedMail {
  const subject = 'You are already subscribed to kz-china-monitor alerts';
  const body =
    'Someone asked to subscribe this address, which already receives agreement alerts. Nothing changed.';
  const footer = unsubscribeParts(input.apiBaseUrl, input.unsubscribeToken, input.manageToken);
  return {
    subject,
    text: `${body}\n\n${footer.text}\n`,
    html: htmlDocument(subject, `<p>${escapeHtml(body)}</p>\n${footer.html}`),
    headers: footer.headers,
  };
}

/** A plain operator notice (failing sources): the text is shown verbatim, escaped in the HTML part. */
export function operatorMail(subject: string, text: string): RenderedMail {
  const clean = truncate(oneLine(`[kz-china-monitor] ${subject}`), SUBJECT_MAX);
  return { subject: clean, text, html: htmlDocument(clean, `<pre>${escapeHtml(text)}</pre>`), headers: {} };
}
