import type { Agreement, Event, SubscriberFilters, SubscriberLang, SubscriberMode } from '../domain/index.ts';
import { describeSubscription } from './describe.ts';
import { type AlertItem, agreementItem, agreementsOf, figuresOf } from './items.ts';
import { escapeHtml, oneLine, truncate } from './mail-safety.ts';
import { itemsSubject, SUBJECT_MAX } from './subject.ts';
import {
  eventHtml,
  eventText,
  eventUrl,
  htmlDocument,
  type RenderedMail,
  unsubscribeParts,
} from './template-parts.ts';
import { WORDS } from './template-words.ts';

export { SUBJECT_MAX } from './subject.ts';
export type { RenderedMail } from './template-parts.ts';

/** The subject of an alert about documents of an event (see subject.ts). */
export function alertSubject(event: Event, agreements: Agreement[], lang: SubscriberLang = 'en'): string {
  return itemsSubject(
    event,
    agreements.map((a) => agreementItem(event.id, a)),
    lang,
  );
}

/** Input of the alert templates. */
export interface AlertMailInput {
  apiBaseUrl: string;
  /** The subscriber's unsubscribe-link token (see tokens.ts). */
  unsubscribeToken: string;
  /** The subscriber's manage-link token; the footer links to the preferences page when given. */
  manageToken?: string;
  /** The reader's language (English when absent). */
  lang?: SubscriberLang;
}

/** The intro of an instant alert: what kind of news, and whether a signed document had been announced. */
function intro(items: AlertItem[], announcedCount: number, lang: SubscriberLang): string {
  const w = WORDS[lang];
  const docs = agreementsOf(items).length;
  const lead =
    docs > 1 ? w.manyNew : docs === 1 ? w.oneNew : figuresOf(items).length > 0 ? w.newFigure : w.newEvent;
  // A document announced as planned and now signed is news again, and the reader should know it is the same one.
  const earlier =
    announcedCount === 0 ? '' : ` ${announcedCount === 1 ? w.announcedOne : w.announcedMany(announcedCount)}`;
  return `${lead}${earlier}`;
}

/** The instant alert for newly seen items (documents, figures, the event itself) of one event. */
export function alertMail(
  input: AlertMailInput & { event: Event; items: AlertItem[]; announced?: Agreement[] },
): RenderedMail {
  const { event, items } = input;
  const lang = input.lang ?? 'en';
  const subject = itemsSubject(event, items, lang);
  const url = eventUrl(input.apiBaseUrl, event.id);
  const footer = unsubscribeParts(input.apiBaseUrl, input.unsubscribeToken, input.manageToken, lang);
  const docs = agreementsOf(items);
  const announced = (input.announced ?? []).filter((a) => docs.includes(a));
  const lead = intro(items, announced.length, lang);
  return {
    subject,
    text: `${lead}\n\n${eventText(event, items, url, lang)}\n\n${footer.text}\n`,
    html: htmlDocument(
      subject,
      `<p>${escapeHtml(lead)}</p>\n${eventHtml(event, items, url, lang)}\n${footer.html}`,
      lang,
    ),
    headers: footer.headers,
  };
}

/** The instant alert for newly reported agreements of one event. */
export function agreementAlertMail(
  input: AlertMailInput & { event: Event; agreements: Agreement[]; announced?: Agreement[] },
): RenderedMail {
  return alertMail({ ...input, items: input.agreements.map((a) => agreementItem(input.event.id, a)) });
}

/** A digest: every matching item of a day or a week, grouped by event, in one email. */
export function digestMail(
  input: AlertMailInput & {
    period: { from: string; to: string };
    blocks: Array<{ event: Event; items: AlertItem[] }>;
  },
): RenderedMail {
  const lang = input.lang ?? 'en';
  const w = WORDS[lang];
  const { from, to } = input.period;
  const period = oneLine(from === to ? from : `${from} – ${to}`);
  const all = input.blocks.flatMap((b) => b.items);
  const docsOnly = all.every((i) => i.trigger === 'agreement');
  const subject = `${w.prefix}${w.digestSubject(all.length, period, docsOnly)}`;
  const footer = unsubscribeParts(input.apiBaseUrl, input.unsubscribeToken, input.manageToken, lang);
  const blocks = input.blocks.map((b) => ({ ...b, url: eventUrl(input.apiBaseUrl, b.event.id) }));
  const lead = w.digestIntro(period, blocks.length);
  const rule = `\n\n${'='.repeat(40)}\n\n`;
  return {
    subject,
    text: `${lead}${rule}${blocks.map((b) => eventText(b.event, b.items, b.url, lang)).join(rule)}\n\n${footer.text}\n`,
    html: htmlDocument(
      subject,
      `<p>${escapeHtml(lead)}</p>\n${blocks.map((b) => eventHtml(b.event, b.items, b.url, lang)).join('\n<hr>\n')}\n${footer.html}`,
      lang,
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
