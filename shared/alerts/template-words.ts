/**
 * The words of the alert mail in each reader language (data only). Untrusted values (titles, names) are never
 * translated: they are shown as the sources wrote them.
 */
import type { DocType, EventKind, Metric, SubscriberLang } from '../domain/index.ts';

/** The fixed words of one language. */
export interface MailWords {
  prefix: string;
  signed: string;
  planned: string;
  /** "on" (en) joins a document word to its subject ("memorandum signed on …"). */
  docLabel: Record<DocType, string>;
  kind: Record<EventKind, string>;
  metric: Record<Metric, string>;
  months: string[];
  date: string;
  place: string;
  participants: string;
  documents: string;
  figures: string;
  sources: string;
  event: string;
  notReported: string;
  withheld: string;
  oneNew: string;
  manyNew: string;
  newEvent: string;
  newFigure: string;
  announcedOne: string;
  announcedMany: (n: number) => string;
  more: (n: number) => string;
  digestSubject: (count: number, period: string, docsOnly: boolean) => string;
  digestIntro: (period: string, events: number) => string;
  why: string;
  manage: string;
  unsubscribe: string;
}

export const WORDS: Record<SubscriberLang, MailWords> = {
  en: {
    prefix: 'Kazakhstan–China: ',
    signed: 'signed',
    planned: 'to be signed',
    docLabel: {
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
    },
    kind: {
      meeting: 'meeting',
      visit: 'visit',
      phone_call: 'phone call',
      agreement_signing: 'signing',
      forum: 'forum',
      statement: 'statement',
      other: 'event',
    },
    metric: {
      trade_turnover: 'trade turnover',
      investment: 'investment',
      project_portfolio: 'project portfolio',
      project_count: 'projects',
      other: 'figure',
    },
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    date: 'Date',
    place: 'Place',
    participants: 'Participants',
    documents: 'Documents',
    figures: 'Figures',
    sources: 'Sources',
    event: 'Event',
    notReported: 'not reported',
    withheld: '(link withheld)',
    oneNew: 'A new document was reported.',
    manyNew: 'New documents were reported.',
    newEvent: 'A new event matches your subscription.',
    newFigure: 'A new figure was reported.',
    announcedOne: 'It was announced earlier as planned and has now been signed.',
    announcedMany: (n) => `${n} of them were announced earlier as planned and have now been signed.`,
    more: (n) => ` and ${n} more`,
    digestSubject: (n, p, docs) =>
      `${n} ${docs ? (n === 1 ? 'document' : 'documents') : n === 1 ? 'item' : 'items'} reported on ${p}`,
    digestIntro: (p, e) => `Kazakhstan–China news reported on ${p}, in ${e} ${e === 1 ? 'event' : 'events'}:`,
    why: 'You receive this because you subscribed to kz-china-monitor alerts.',
    manage: 'Change preferences',
    unsubscribe: 'Unsubscribe',
  },
  ru: {
    prefix: 'Казахстан–Китай: ',
    signed: 'подписан',
    planned: 'будет подписан',
    docLabel: {
      memorandum: 'Меморандум',
      agreement: 'Соглашение',
      protocol: 'Протокол',
      notes: 'Обмен нотами',
      joint_statement: 'Совместное заявление',
      declaration: 'Декларация',
      roadmap: 'Дорожная карта',
      program: 'Программа',
      contract: 'Контракт',
      other: 'Документ',
    },
    kind: {
      meeting: 'встреча',
      visit: 'визит',
      phone_call: 'телефонный разговор',
      agreement_signing: 'подписание',
      forum: 'форум',
      statement: 'заявление',
      other: 'событие',
    },
    metric: {
      trade_turnover: 'товарооборот',
      investment: 'инвестиции',
      project_portfolio: 'портфель проектов',
      project_count: 'проекты',
      other: 'показатель',
    },
    months: [
      'янв.',
      'февр.',
      'мар.',
      'апр.',
      'мая',
      'июн.',
      'июл.',
      'авг.',
      'сент.',
      'окт.',
      'нояб.',
      'дек.',
    ],
    date: 'Дата',
    place: 'Место',
    participants: 'Участники',
    documents: 'Документы',
    figures: 'Цифры',
    sources: 'Источники',
    event: 'Событие',
    notReported: 'не сообщается',
    withheld: '(ссылка скрыта)',
    oneNew: 'Сообщается о новом документе.',
    manyNew: 'Сообщается о новых документах.',
    newEvent: 'Новое событие по вашей подписке.',
    newFigure: 'Сообщается о новой цифре.',
    announcedOne: 'О нём сообщалось раньше как о планируемом; теперь он подписан.',
    announcedMany: (n) => `О ${n} из них сообщалось раньше как о планируемых; теперь они подписаны.`,
    more: (n) => ` и ещё ${n}`,
    digestSubject: (n, p, docs) => `${docs ? 'документов' : 'новостей'}: ${n}, ${p}`,
    digestIntro: (p, e) => `Новости отношений Казахстана и Китая за ${p}, событий: ${e}:`,
    why: 'Вы получаете это письмо, потому что подписались на уведомления kz-china-monitor.',
    manage: 'Изменить настройки',
    unsubscribe: 'Отписаться',
  },
};

/** "26 Apr 2025" / "26 апр. 2025" from `YYYY-MM-DD`. */
export function humanDate(iso: string, lang: SubscriberLang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${WORDS[lang].months[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}
