/**
 * The HTML pages behind the links in subscription mail, in the site's layout. Following a link (GET) only shows
 * a page; the change happens when its button POSTs a form that carries the link's token, so link scanners (Safe
 * Links, Proofpoint) change nothing and another site cannot forge the POST without the token. No scripts, the
 * site's own stylesheet only, every untrusted string escaped.
 */
import { DOC_WORDS, describeSubscription, KIND_WORDS } from '../../alerts/describe.ts';
import { escapeHtml } from '../../alerts/mail-safety.ts';
import { DocType, EventKind, type Subscriber, type SubscriberLang } from '../../domain/index.ts';
import { readFilters } from '../../web/filters.ts';
import { html, raw } from '../../web/html.ts';
import { layout } from '../../web/layout.ts';
import { channelsSection } from '../../web/pages/channels.ts';
import { subscribeForm as webSubscribeForm } from '../../web/pages/subscribe-form.ts';
import { text } from '../http.ts';

/** No scripts, no outside resources, forms only back to this API (its base URL may be another origin). */
const CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self' https: http:; base-uri 'none'; frame-ancestors 'none'";

/** A whole page: title, content (already escaped HTML), in the reader's language. */
export function htmlPage(
  title: string,
  content: string,
  lang: SubscriberLang = 'en',
  status = 200,
): Response {
  const page = layout(
    { title, lang, noindex: true, section: '/subscribe' },
    html`<h1>${title}</h1>\n${raw(content)}`,
  );
  return text(status, page, 'text/html; charset=utf-8', {
    'cache-control': 'no-store',
    'content-security-policy': CSP,
    // the URL carries the link's token: never send it to another site
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  });
}

/** A paragraph of escaped text. */
export function para(message: string): string {
  return `<p>${escapeHtml(message)}</p>`;
}

/** The subscription in words, as a list. */
export function describeHtml(sub: Subscriber): string {
  const items = describeSubscription(sub).map(
    ([k, v]) => `<li><strong>${escapeHtml(k)}:</strong> ${escapeHtml(v)}</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

/** A form that POSTs the token (and any hidden fields) to `action` with one button. */
export function buttonForm(action: string, token: string, label: string): string {
  return `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit">${escapeHtml(label)}</button></form>`;
}

const FORM_WORDS = {
  en: {
    mode: 'How often',
    instant: 'At once',
    daily: 'Daily digest',
    weekly: 'Weekly digest',
    lang: 'Language',
    docs: 'Document types (none ticked: all)',
    keywords: 'Keywords, comma-separated (English or Russian)',
    people: 'Participants, comma-separated (e.g. Wang Yi)',
    planned: 'Also documents announced to be signed',
    save: 'Save preferences',
    triggers: 'Alert me about',
    trigger: { agreement: 'new documents', event: 'new events', figure: 'new trade and investment figures' },
    kinds: 'Event kinds (none ticked: all)',
    q: 'Search words, all must match (English or Russian)',
  },
  ru: {
    mode: 'Как часто',
    instant: 'Сразу',
    daily: 'Сводка за день',
    weekly: 'Сводка за неделю',
    lang: 'Язык',
    docs: 'Виды документов (ничего не отмечено: все)',
    keywords: 'Ключевые слова через запятую (по-русски или по-английски)',
    people: 'Участники через запятую (например, Ван И)',
    planned: 'Также документы, которые только собираются подписать',
    save: 'Сохранить',
    triggers: 'Сообщать о',
    trigger: {
      agreement: 'новых документах',
      event: 'новых событиях',
      figure: 'новых цифрах торговли и инвестиций',
    },
    kinds: 'Виды событий (ничего не отмечено: все)',
    q: 'Слова поиска, все должны встретиться (по-русски или по-английски)',
  },
} as const;

/** The preferences form of the manage page, filled with the subscriber's current choices. */
export function preferencesForm(action: string, token: string, sub: Subscriber): string {
  const lang = sub.lang ?? 'en';
  const w = FORM_WORDS[lang];
  const radio = (name: string, value: string, label: string, on: boolean) =>
    `<label><input type="radio" name="${name}" value="${value}"${on ? ' checked' : ''}> ${escapeHtml(label)}</label>`;
  const modes = (['instant', 'daily', 'weekly'] as const)
    .map((m) => radio('mode', m, w[m], sub.mode === m))
    .join('');
  const langs = radio('lang', 'en', 'English', lang === 'en') + radio('lang', 'ru', 'Русский', lang === 'ru');
  const docs = DocType.options
    .map(
      (d) =>
        `<label><input type="checkbox" name="docType" value="${d}"${sub.filters.docTypes.includes(d) ? ' checked' : ''}> ${escapeHtml(DOC_WORDS[lang][d])}</label>`,
    )
    .join('');
  const box = (name: string, value: string, label: string, on: boolean) =>
    `<label><input type="checkbox" name="${name}" value="${value}"${on ? ' checked' : ''}> ${escapeHtml(label)}</label>`;
  const triggers = sub.filters.triggers ?? ['agreement'];
  const triggerBoxes = (['agreement', 'event', 'figure'] as const)
    .map((t) => box('trigger', t, w.trigger[t], triggers.includes(t)))
    .join('');
  const kinds = EventKind.options
    .map((k) => box('kind', k, KIND_WORDS[lang][k], sub.filters.kinds?.includes(k) ?? false))
    .join('');
  const textField = (name: string, label: string, values: string[]) =>
    `<label>${escapeHtml(label)}<br><input type="text" name="${name}" size="50" maxlength="2000" value="${escapeHtml(values.join(', '))}"></label>`;
  return [
    `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="token" value="${escapeHtml(token)}">`,
    `<fieldset><legend>${escapeHtml(w.mode)}</legend>${modes}</fieldset>`,
    `<fieldset><legend>${escapeHtml(w.lang)}</legend>${langs}</fieldset>`,
    `<fieldset><legend>${escapeHtml(w.triggers)}</legend>${triggerBoxes}</fieldset>`,
    `<fieldset><legend>${escapeHtml(w.kinds)}</legend>${kinds}</fieldset>`,
    `<fieldset><legend>${escapeHtml(w.docs)}</legend>${docs}</fieldset>`,
    textField('q', w.q, sub.filters.q ? [sub.filters.q] : []),
    textField('keywords', w.keywords, sub.filters.keywords),
    textField('participants', w.people, sub.filters.participants),
    `<label><input type="checkbox" name="includePlanned"${sub.filters.includePlanned ? ' checked' : ''}> ${escapeHtml(w.planned)}</label>`,
    `<p><button type="submit">${escapeHtml(w.save)}</button></p></form>`,
    // the manage page (a real token) also lists and adds webhook, Slack and Telegram channels
    token === 'none' ? '' : channelsSection(token, sub).value,
  ].join('\n');
}

/**
 * The browser subscription form (`GET /subscribe`): the site's form (shared/web), prefilled from a timeline
 * search's parameters; it POSTs to `/subscribe`. No token here: nothing changes until the mailed confirmation's
 * button is pressed.
 */
export function subscribeForm(_apiBaseUrl: string, query: Record<string, string | undefined> = {}): string {
  return webSubscribeForm({ filters: readFilters(query).filters }).value;
}
