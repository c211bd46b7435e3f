/**
 * The small HTML pages behind the links in subscription mail. Following a link (GET) only shows a page; the
 * change happens when its button POSTs a form that carries the link's token, so link scanners (Safe Links,
 * Proofpoint) change nothing and another site cannot forge the POST without the token. Self-contained: inline
 * style only, no scripts or external assets, every untrusted string escaped.
 */
import { DOC_WORDS, describeSubscription, KIND_WORDS } from '../../alerts/describe.ts';
import { escapeHtml } from '../../alerts/mail-safety.ts';
import { DocType, EventKind, type Subscriber, type SubscriberLang } from '../../domain/index.ts';
import { text } from '../http.ts';

/** No scripts, no outside resources, forms only back to this API. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' https: http:; base-uri 'none'";

const STYLE =
  'body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em;line-height:1.4}' +
  'button{font-size:1em;padding:.5em 1.2em}label{display:block;margin:.3em 0}fieldset{margin:1em 0}';

/** A whole page: title, content (already escaped HTML), in the reader's language. */
export function htmlPage(
  title: string,
  content: string,
  lang: SubscriberLang = 'en',
  status = 200,
): Response {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><h1>${escapeHtml(title)}</h1>\n${content}\n</body></html>`;
  return text(status, html, 'text/html; charset=utf-8', {
    'cache-control': 'no-store',
    'content-security-policy': CSP,
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
  ].join('\n');
}

/**
 * The browser subscription form (`GET /subscribe`): it POSTs to `/subscriptions` as a form, which answers with a
 * page; the saved query's fields are those of `/events`. No token here: nothing changes until the mailed
 * confirmation's button is pressed.
 */
export function subscribeForm(apiBaseUrl: string): string {
  const blank = {
    filters: { docTypes: [], keywords: [], participants: [], includePlanned: false },
    mode: 'instant',
    lang: 'en',
  } as unknown as Subscriber;
  const prefs = preferencesForm(`${apiBaseUrl}/subscriptions`, 'none', blank)
    .replace('<input type="hidden" name="token" value="none">', '')
    .replace(
      '<fieldset>',
      '<label>Email<br><input type="email" name="email" required maxlength="254" size="40"></label>\n<fieldset>',
    );
  return prefs;
}
