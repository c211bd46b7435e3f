/**
 * Subject lines that say what happened, where and when, in the reader's language:
 * "Kazakhstan–China: memorandum signed on cooperation in AI, Almaty, 26 Apr 2025" /
 * "Казахстан–Китай: подписан меморандум о сотрудничестве в сфере ИИ, Алматы, 26 апр. 2025".
 */
import type { Agreement, DocType, Event, SubscriberLang } from '../domain/index.ts';
import { type AlertItem, agreementsOf, figuresOf } from './items.ts';
import { oneLine, truncate } from './mail-safety.ts';
import { humanDate, WORDS } from './template-words.ts';

/** Subjects are kept to about this many characters (mail clients cut longer ones anyway). */
export const SUBJECT_MAX = 150;

/* Russian past participles agree with the document's gender. */
const RU_GENDER: Record<DocType, 'm' | 'n' | 'f'> = {
  memorandum: 'm',
  agreement: 'n',
  protocol: 'm',
  notes: 'm',
  joint_statement: 'n',
  declaration: 'f',
  roadmap: 'f',
  program: 'f',
  contract: 'm',
  other: 'm',
};
const RU_SIGNED = { m: 'подписан', n: 'подписано', f: 'подписана' };

/* What a document is about, after its type words: "…of Understanding on <topic>", "Меморандум о <topic>". */
const EN_TOPIC = /\s(on|regarding|concerning)\s+(.+)$/i;
const RU_TOPIC = /\s(о|об|по)\s+(.+)$/i;

/** "memorandum signed on <topic>" / "подписан меморандум о <topic>" (the caller shortens it). */
function documentPhrase(a: Agreement, lang: SubscriberLang): string {
  const title = oneLine(a.title);
  const doc = WORDS[lang].docLabel[a.docType].toLowerCase();
  const topic = (lang === 'ru' ? RU_TOPIC : EN_TOPIC).exec(title);
  const about = topic?.[1] && topic[2] ? `${topic[1].toLowerCase()} ${topic[2]}` : null;
  const what = about ?? title;
  if (lang === 'ru') {
    const verb = a.status === 'signed' ? RU_SIGNED[RU_GENDER[a.docType]] : 'планируется';
    return about ? `${verb} ${doc} ${what}` : `${verb} ${doc}: ${what}`;
  }
  const verb = a.status === 'signed' ? 'signed' : 'to be signed';
  return about ? `${doc} ${verb} ${what}` : `${doc} ${verb}: ${what}`;
}

/** ", Almaty, 26 Apr 2025": the place and the date, each when known. */
function whereWhen(event: Event, lang: SubscriberLang): string {
  const parts = [
    event.location ? oneLine(event.location) : null,
    event.eventDate ? humanDate(event.eventDate, lang) : null,
  ];
  return parts
    .filter((p): p is string => !!p)
    .map((p) => `, ${p}`)
    .join('');
}

/**
 * The subject of an instant alert: the first document (and how many more), else the new figure, else the event
 * with its first participants; then place and date, then (for documents and figures) the first two participants.
 * Untrusted text is made one-line; only the "what" is shortened.
 */
export function itemsSubject(event: Event, items: AlertItem[], lang: SubscriberLang = 'en'): string {
  const w = WORDS[lang];
  const tail = whereWhen(event, lang);
  const docs = agreementsOf(items);
  const figures = figuresOf(items);
  // Who took part, after the when: it tells apart two events with the same kind of document on one day.
  const names = event.participants.slice(0, 2).map((p) => oneLine(p.name));
  const who = names.length > 0 ? truncate(` (${names.join(', ')})`, 40) : '';
  // The what is shortened, never the where and when: they fit whatever the titles are.
  const room = Math.max(30, SUBJECT_MAX - w.prefix.length - tail.length - who.length);
  let head: string;
  if (docs[0]) {
    const more = docs.length > 1 ? w.more(docs.length - 1) : '';
    head = truncate(documentPhrase(docs[0], lang), room - more.length) + more;
  } else if (figures[0]) {
    head = truncate(`${w.metric[figures[0].metric]}: ${oneLine(figures[0].text)}`, room);
  } else {
    // the event itself: its kind and its people are the news
    head = truncate(`${w.kind[event.kind]}${names.length > 0 ? `: ${names.join(', ')}` : ''}`, room);
  }
  const people = docs[0] || figures[0] ? who : '';
  return truncate(`${w.prefix}${head}${tail}${people}`, SUBJECT_MAX);
}
