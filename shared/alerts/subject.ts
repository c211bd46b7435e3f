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

/** "memorandum signed on <topic>" / "подписан меморандум о <topic>"; the topic is what gets shortened. */
function documentPhrase(a: Agreement, lang: SubscriberLang, budget: number): string {
  const title = oneLine(a.title);
  const doc = WORDS[lang].docLabel[a.docType].toLowerCase();
  const topic = (lang === 'ru' ? RU_TOPIC : EN_TOPIC).exec(title);
  const about = topic?.[1] && topic[2] ? `${topic[1].toLowerCase()} ${topic[2]}` : null;
  const what = truncate(about ?? title, Math.max(20, budget));
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
 * with its first participants; then place and date. Untrusted text is made one-line and shortened first.
 */
export function itemsSubject(event: Event, items: AlertItem[], lang: SubscriberLang = 'en'): string {
  const w = WORDS[lang];
  const tail = whereWhen(event, lang);
  const docs = agreementsOf(items);
  const figures = figuresOf(items);
  let head: string;
  const room = SUBJECT_MAX - w.prefix.length - tail.length - 20;
  if (docs[0]) {
    head = documentPhrase(docs[0], lang, room) + (docs.length > 1 ? w.more(docs.length - 1) : '');
  } else if (figures[0]) {
    head = `${w.metric[figures[0].metric]}: ${truncate(oneLine(figures[0].text), Math.max(20, room))}`;
  } else {
    const names = event.participants.slice(0, 2).map((p) => oneLine(p.name));
    head = `${w.kind[event.kind]}${names.length > 0 ? `: ${truncate(names.join(', '), Math.max(20, room))}` : ''}`;
  }
  return truncate(`${w.prefix}${head}${tail}`, SUBJECT_MAX);
}
