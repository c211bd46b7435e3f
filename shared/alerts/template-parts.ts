import type { Agreement, Event, Figure, Person, SubscriberLang } from '../domain/index.ts';
import { type AlertItem, agreementsOf, figuresOf } from './items.ts';
import { escapeHtml, oneLine, safeHttpUrl } from './mail-safety.ts';
import { WORDS } from './template-words.ts';

/** The body of a templated email; the caller adds the recipient. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** "Memorandum (signed)" / "Меморандум (подписан)". */
export function docLabel(a: Agreement, lang: SubscriberLang = 'en'): string {
  const w = WORDS[lang];
  return `${w.docLabel[a.docType]} (${a.status === 'signed' ? w.signed : w.planned})`;
}

/** "Murat Nurtleu (Minister of Foreign Affairs, KZ)", made one-line safe. */
export function personLine(p: Person): string {
  const extra = [p.role, p.country].filter((x): x is string => !!x).map(oneLine);
  return oneLine(p.name) + (extra.length > 0 ? ` (${extra.join(', ')})` : '');
}

/** "trade turnover: $43.8 billion in 2024 (2024)": the metric in words and the reported fragment. */
export function figureLine(f: Figure, lang: SubscriberLang = 'en'): string {
  return `${WORDS[lang].metric[f.metric]}: ${oneLine(f.text)}${f.year !== null ? ` (${f.year})` : ''}`;
}

/** The event's facts as label/value pairs, every value one-line safe. */
export function eventFacts(event: Event, lang: SubscriberLang = 'en'): Array<[string, string]> {
  const w = WORDS[lang];
  return [
    [w.event, w.kind[event.kind]],
    [w.date, event.eventDate ?? w.notReported],
    [w.place, event.location ? oneLine(event.location) : w.notReported],
    [w.participants, event.participants.map(personLine).join('; ') || w.notReported],
  ];
}

/** Plain-text block for one event: headline, facts, new documents and figures, sources, event link. */
export function eventText(
  event: Event,
  items: AlertItem[],
  eventUrl: string,
  lang: SubscriberLang = 'en',
): string {
  const w = WORDS[lang];
  const lines = [oneLine(event.title), ''];
  for (const [label, value] of eventFacts(event, lang)) lines.push(`${label}: ${value}`);
  const docs = agreementsOf(items);
  if (docs.length > 0)
    lines.push('', `${w.documents}:`, ...docs.map((a) => `- ${docLabel(a, lang)}: ${oneLine(a.title)}`));
  const figures = figuresOf(items);
  if (figures.length > 0) lines.push('', `${w.figures}:`, ...figures.map((f) => `- ${figureLine(f, lang)}`));
  lines.push('', `${w.sources}:`);
  for (const s of event.sources) {
    lines.push(`- ${oneLine(s.outlet)}: ${oneLine(s.title)}`, `  ${safeHttpUrl(s.url) ?? w.withheld}`);
  }
  lines.push('', `${w.event}: ${eventUrl}`);
  return lines.join('\n');
}

/** A link, or plain escaped text when the URL is not http(s). */
export function htmlLink(url: string, label: string): string {
  const safe = safeHttpUrl(url);
  return safe ? `<a href="${escapeHtml(safe)}">${escapeHtml(label)}</a>` : escapeHtml(label);
}

/** HTML block for one event; every untrusted string escaped. */
export function eventHtml(
  event: Event,
  items: AlertItem[],
  eventUrl: string,
  lang: SubscriberLang = 'en',
): string {
  const w = WORDS[lang];
  const li = (label: string, value: string) =>
    `<li><strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}</li>`;
  const facts = eventFacts(event, lang)
    .map(([label, value]) => li(label, value))
    .join('');
  const docs = agreementsOf(items)
    .map((a) => li(docLabel(a, lang), oneLine(a.title)))
    .join('');
  const figures = figuresOf(items)
    .map((f) => `<li>${escapeHtml(figureLine(f, lang))}</li>`)
    .join('');
  const sources = event.sources
    .map((s) => `<li>${escapeHtml(oneLine(s.outlet))}: ${htmlLink(s.url, oneLine(s.title))}</li>`)
    .join('');
  return [
    `<h2>${escapeHtml(oneLine(event.title))}</h2>`,
    `<ul>${facts}</ul>`,
    docs ? `<h3>${escapeHtml(w.documents)}</h3><ul>${docs}</ul>` : '',
    figures ? `<h3>${escapeHtml(w.figures)}</h3><ul>${figures}</ul>` : '',
    `<h3>${escapeHtml(w.sources)}</h3><ul>${sources}</ul>`,
    `<p>${htmlLink(eventUrl, w.event)}</p>`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Wraps HTML content in a minimal document. */
export function htmlDocument(title: string, content: string, lang: SubscriberLang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:40em">\n${content}\n</body></html>`;
}

/** The unsubscribe link of a subscription. */
export function unsubscribeUrl(apiBaseUrl: string, token: string): string {
  return `${apiBaseUrl}/unsubscribe?token=${encodeURIComponent(token)}`;
}

/** The manage (preferences) link of a subscription. */
export function manageUrl(apiBaseUrl: string, token: string): string {
  return `${apiBaseUrl}/subscriptions/manage?token=${encodeURIComponent(token)}`;
}

/**
 * Footer (text and HTML) plus the RFC 2369 / RFC 8058 one-click unsubscribe headers. The footer's link opens a
 * page with a button (a scanner following it unsubscribes no one); mail clients POST the header's URL.
 */
export function unsubscribeParts(
  apiBaseUrl: string,
  token: string,
  manageToken?: string,
  lang: SubscriberLang = 'en',
) {
  const w = WORDS[lang];
  const url = unsubscribeUrl(apiBaseUrl, token);
  const manage = manageToken ? manageUrl(apiBaseUrl, manageToken) : null;
  const manageHtml = manage ? ` <a href="${escapeHtml(manage)}">${escapeHtml(w.manage)}</a> ·` : '';
  return {
    // "Unsubscribe:" stays English in every language: it is what readers and filters look for
    text: `--\n${w.why}\n${manage ? `${w.manage}: ${manage}\n` : ''}Unsubscribe: ${url}`,
    html: `<hr><p style="color:#666;font-size:small">${escapeHtml(w.why)}${manageHtml} <a href="${escapeHtml(url)}">${escapeHtml(w.unsubscribe)}</a>.</p>`,
    headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/** The public page of an event (`/event/{id}`, shared/web): readers follow it, so it is a page, not JSON. */
export function eventUrl(apiBaseUrl: string, eventId: string): string {
  return `${apiBaseUrl}/event/${encodeURIComponent(eventId)}`;
}
