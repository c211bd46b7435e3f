/**
 * A subscription said in words, in the reader's language: the confirmation mail, the confirmation page and the
 * manage page repeat it, so a reader confirms (and later reviews) what they will actually receive, not a token.
 */
import type {
  DocType,
  EventKind,
  SubscriberFilters,
  SubscriberLang,
  SubscriberMode,
} from '../domain/index.ts';
import { oneLine } from './mail-safety.ts';

/** Document types in words, per language (lower case: they are used inside sentences). */
export const DOC_WORDS: Record<SubscriberLang, Record<DocType, string>> = {
  en: {
    memorandum: 'memorandum',
    agreement: 'agreement',
    protocol: 'protocol',
    notes: 'exchange of notes',
    joint_statement: 'joint statement',
    declaration: 'declaration',
    roadmap: 'roadmap',
    program: 'programme',
    contract: 'contract',
    other: 'other document',
  },
  ru: {
    memorandum: 'меморандум',
    agreement: 'соглашение',
    protocol: 'протокол',
    notes: 'обмен нотами',
    joint_statement: 'совместное заявление',
    declaration: 'декларация',
    roadmap: 'дорожная карта',
    program: 'программа',
    contract: 'контракт',
    other: 'иной документ',
  },
};

/** Event kinds in words, per language. */
export const KIND_WORDS: Record<SubscriberLang, Record<EventKind, string>> = {
  en: {
    meeting: 'meeting',
    visit: 'visit',
    phone_call: 'phone call',
    agreement_signing: 'signing',
    forum: 'forum',
    statement: 'statement',
    other: 'other',
  },
  ru: {
    meeting: 'встреча',
    visit: 'визит',
    phone_call: 'телефонный разговор',
    agreement_signing: 'подписание',
    forum: 'форум',
    statement: 'заявление',
    other: 'иное',
  },
};

const MODE_WORDS: Record<SubscriberLang, Record<SubscriberMode, string>> = {
  en: {
    instant: 'one email as soon as something new is reported',
    daily: 'one digest email a day',
    weekly: 'one digest email a week',
  },
  ru: {
    instant: 'письмо сразу, как только появится новость',
    daily: 'одна сводка в день',
    weekly: 'одна сводка в неделю',
  },
};

const WORDS = {
  en: {
    what: 'What',
    how: 'How often',
    language: 'Language',
    all: 'every new agreement between Kazakhstan and China',
    docs: 'documents of these types',
    keywords: 'mentioning',
    people: 'with',
    planned: 'also documents announced to be signed',
    langName: 'English',
    or: ' or ',
    triggers: { agreement: 'new documents', event: 'new events', figure: 'new trade and investment figures' },
    kinds: 'events of kind',
    q: 'matching',
    withDocs: 'events with documents',
    withoutDocs: 'events without documents',
    sourceLang: 'reported in',
  },
  ru: {
    what: 'Что',
    how: 'Как часто',
    language: 'Язык',
    all: 'каждое новое соглашение между Казахстаном и Китаем',
    docs: 'документы этих видов',
    keywords: 'со словами',
    people: 'с участием',
    planned: 'также документы, которые только собираются подписать',
    langName: 'русский',
    or: ' или ',
    triggers: {
      agreement: 'новые документы',
      event: 'новые события',
      figure: 'новые цифры торговли и инвестиций',
    },
    kinds: 'события вида',
    q: 'по запросу',
    withDocs: 'события с документами',
    withoutDocs: 'события без документов',
    sourceLang: 'на языке',
  },
} as const;

/** Quoted, one-line-safe list joined by "or". */
function anyOf(values: string[], lang: SubscriberLang): string {
  return values.map((v) => `“${oneLine(v)}”`).join(WORDS[lang].or);
}

/** The filters as short phrases ("documents of these types: memorandum, protocol"), each one line. */
export function filterPhrases(filters: SubscriberFilters, lang: SubscriberLang = 'en'): string[] {
  const w = WORDS[lang];
  const out: string[] = [];
  const triggers = filters.triggers ?? ['agreement'];
  if (triggers.length > 1 || triggers[0] !== 'agreement')
    out.push(triggers.map((t) => w.triggers[t]).join(', '));
  if (filters.kinds && filters.kinds.length > 0)
    out.push(`${w.kinds} ${filters.kinds.map((k) => KIND_WORDS[lang][k]).join(w.or)}`);
  if (filters.hasAgreement !== undefined) out.push(filters.hasAgreement ? w.withDocs : w.withoutDocs);
  if (filters.q) out.push(`${w.q} “${oneLine(filters.q)}”`);
  if (filters.sourceLang) out.push(`${w.sourceLang} ${filters.sourceLang}`);
  if (filters.docTypes.length > 0)
    out.push(`${w.docs}: ${filters.docTypes.map((d) => DOC_WORDS[lang][d]).join(', ')}`);
  if (filters.keywords.length > 0) out.push(`${w.keywords} ${anyOf(filters.keywords, lang)}`);
  if (filters.participants.length > 0) out.push(`${w.people} ${anyOf(filters.participants, lang)}`);
  if (filters.includePlanned) out.push(w.planned);
  return out;
}

/** The subscription as label/value lines: what, how often, language. Values are plain text (escape for HTML). */
export function describeSubscription(
  sub: { filters: SubscriberFilters; mode: SubscriberMode; lang?: SubscriberLang },
  lang: SubscriberLang = sub.lang ?? 'en',
): Array<[string, string]> {
  const w = WORDS[lang];
  const phrases = filterPhrases(sub.filters, lang);
  return [
    [w.what, phrases.length > 0 ? phrases.join('; ') : w.all],
    [w.how, MODE_WORDS[lang][sub.mode]],
    [w.language, WORDS[sub.lang ?? 'en'].langName],
  ];
}

/** The same lines as plain text ("What: …\nHow often: …"). */
export function describeText(
  sub: { filters: SubscriberFilters; mode: SubscriberMode; lang?: SubscriberLang },
  lang?: SubscriberLang,
): string {
  return describeSubscription(sub, lang)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
}
