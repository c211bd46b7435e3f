import type { Agreement, DocType, Event, Person } from '../domain/index.ts';
import { escapeHtml, oneLine, safeHttpUrl } from './mail-safety.ts';

/** The body of a templated email; the caller adds the recipient. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

const DOC_LABELS: Record<DocType, string> = {
  memorandum: 'Memorandum',
  agreement: 'Agreement',
  protocol: 'Protocol',
  notes: 'Exchange of notes',
  joint_statement: 'Joint statement',
  declaration: 'Declaration',
  roadmap: 'Roadmap',
  program: 'Programme',
  contract: 'Contract',
  other: 'Document',
};

/** "Memorandum (signed)" / "Agreement (to be signed)". */
export function docLabel(a: Agreement): string {
  return `${DOC_LABELS[a.docType]} (${a.status === 'signed' ? 'signed' : 'to be signed'})`;
}

/** "Murat Nurtleu (Minister of Foreign Affairs, KZ)", made one-line safe. */
export function personLine(p: Person): string {
  const extra = [p.role, p.country].filter((x): x is string => !!x).map(oneLine);
  return oneLine(p.name) + (extra.length > 0 ? ` (${extra.join(', ')})` : '');
}

/** The event's facts as label/value pairs, every value one-line safe. */
export function eventFacts(event: Event): Array<[string, string]> {
  return [
    ['Date', event.eventDate ?? 'not reported'],
    ['Place', event.location ? oneLine(event.location) : 'not reported'],
    ['Participants', event.participants.map(personLine).join('; ') || 'not reported'],
  ];
}

/** Plain-text block for one event: headline, facts, documents, sources, event link. */
export function eventText(event: Event, agreements: Agreement[], eventUrl: string): string {
  const lines = [oneLine(event.title), ''];
  for (const [label, value] of eventFacts(event)) lines.push(`${label}: ${value}`);
  lines.push('', 'Documents:');
  for (const a of agreements) lines.push(`- ${docLabel(a)}: ${oneLine(a.title)}`);
  lines.push('', 'Sources:');
  for (const s of event.sources) {
    lines.push(`- ${oneLine(s.outlet)}: ${oneLine(s.title)}`, `  ${safeHttpUrl(s.url) ?? '(link withheld)'}`);
  }
  lines.push('', `Event: ${eventUrl}`);
  return lines.join('\n');
}

/** A link, or plain escaped text when the URL is not http(s). */
export function htmlLink(url: string, label: string): string {
  const safe = safeHttpUrl(url);
  return safe ? `<a href="${escapeHtml(safe)}">${escapeHtml(label)}</a>` : escapeHtml(label);
}

/** HTML block for one event; every untrusted string escaped. */
export function eventHtml(event: Event, agreements: Agreement[], eventUrl: string): string {
  const facts = eventFacts(event)
    .map(([label, value]) => `<li><strong>${label}:</strong> ${escapeHtml(value)}</li>`)
    .join('');
  const docs = agreements
    .map((a) => `<li><strong>${escapeHtml(docLabel(a))}:</strong> ${escapeHtml(oneLine(a.title))}</li>`)
    .join('');
  const sources = event.sources
    .map((s) => `<li>${escapeHtml(oneLine(s.outlet))}: ${htmlLink(s.url, oneLine(s.title))}</li>`)
    .join('');
  return [
    `<h2>${escapeHtml(oneLine(event.title))}</h2>`,
    `<ul>${facts}</ul>`,
    `<h3>Documents</h3><ul>${docs}</ul>`,
    `<h3>Sources</h3><ul>${sources}</ul>`,
    `<p>${htmlLink(eventUrl, 'View the event')}</p>`,
  ].join('\n');
}

/** Wraps HTML content in a minimal document. */
export function htmlDocument(title: string, content: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:40em">\n${content}\n</body></html>`;
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
export function unsubscribeParts(apiBaseUrl: string, token: string, manageToken?: string) {
  const url = unsubscribeUrl(apiBaseUrl, token);
  const manage = manageToken ? manageUrl(apiBaseUrl, manageToken) : null;
  const why = 'You receive this because you subscribed to kz-china-monitor alerts.';
  const manageHtml = manage ? ` <a href="${escapeHtml(manage)}">Change preferences</a> or` : '';
  return {
    text: `--\n${why}\n${manage ? `Change preferences: ${manage}\n` : ''}Unsubscribe: ${url}`,
    html: `<hr><p style="color:#666;font-size:small">${escapeHtml(why)}${manageHtml} <a href="${escapeHtml(url)}">Unsubscribe</a>.</p>`,
    headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/** The public URL of an event. */
export function eventUrl(apiBaseUrl: string, eventId: string): string {
  return `${apiBaseUrl}/events/${encodeURIComponent(eventId)}`;
}
