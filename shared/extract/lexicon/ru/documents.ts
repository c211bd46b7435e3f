/**
 * Russian words for documents and their signing (data only; patterns are built in ../../doc-types.ts,
 * ../../agreement-cues.ts through ../../pack-words.ts, which wraps ../build.ts).
 * A `*` ends a stem, on any word of a phrase («совместн* заявлени*»); `/…/` is a raw regex source.
 */

/** Document nouns by docType. Order matters: the first type whose words match a mention wins. */
export const DOC_TYPES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['memorandum', ['меморандум*']],
  ['joint_statement', ['совместн* заявлени*', 'совместн* коммюнике']],
  ['declaration', ['декларац*']],
  ['roadmap', ['дорожн* карт*']],
  ['protocol', ['протокол*']],
  ['notes', ['ноты', 'нотами', 'нота', 'нот']],
  [
    'contract',
    ['контракт*', 'коммерческ* соглашени*', 'договор* купли*', 'договор* поставк*', 'кредитн* соглашени*'],
  ],
  [
    'program',
    [
      'программ*',
      'план* действий',
      'план* совместн* действий',
      'комплексн* план*',
      'план* мероприятий',
      'план* совместн* мероприятий',
      'план* консультаций',
    ],
  ],
  [
    'agreement',
    [
      'соглашени*',
      'договор',
      'договора',
      'договором',
      'договоре',
      'договору',
      'договоры',
      'договоров',
      'договорам',
      'договорами',
    ],
  ],
  ['other', ['документ*', 'сделк*']],
];

/** Nouns that say only «документы»: an unnamed batch of them is typed `other` (see the en pack's DOCUMENT_NOUNS). */
export const DOCUMENT_NOUNS = ['документ*'];

/** A signing that happened. */
export const SIGNED = [
  'подписали',
  'подписал',
  'подписала',
  'подписан',
  'подписана',
  'подписано',
  'подписаны',
  'подписанн*',
  'состоялась церемония подписания',
  'состоялось подписание',
  'церемони* подписания',
  'обменялись',
  'обмен документами',
  'состоялся обмен',
  'заключили',
  'заключил',
  'заключен',
  'заключена',
  'заключено',
  'заключены',
  'заключён',
  'заключенн*',
  'парафировали',
];

/** Verbs that make a statement or declaration a document (not a strategy or programme «принятая» by one side). */
export const ISSUED = ['приняли', 'принята', 'принято', 'принят', 'приняты', 'опубликовано', 'одобрили'];

/** A signing still to come: a future or modal form of a signing verb (a draft being prepared is not one). */
export const PLANNED = [
  'подпишут',
  'подпишет',
  'будет подписан*',
  'будут подписаны',
  'будут заключены',
  'будет заключен*',
  'готов* к подписанию',
  'подготов* к подписанию',
  'может быть подписан*',
  'могут быть подписаны',
  'подписать',
  'заключить',
];

/** Intentions that are a planned signing only with a signing verb in the sentence («планируется … подписать»). */
export const INTENT = [
  'планиру*',
  'намерен*',
  'намечен*',
  'ожида*',
  'предстоит',
  'предполага*',
  // «программа визита предусматривает … подписание ряда документов»: an announced signing.
  'предусматрива*',
  'предусмотрен*',
  // «Подписание соглашения состоится в ходе визита»: a signing said to take place (as English "will").
  'состоится',
  'состоятся',
  'пройдет',
  'пройдёт',
];
/** A signing ceremony named without its documents («на церемонии подписания»). */
export const CEREMONY = ['церемони* подписания', 'подписани* документов'];
/** Words right after «программа» that make it a visit's schedule («программа визита»), not a document. */
export const SCHEDULE_AFTER = [
  'визита',
  'государственного визита',
  'официального визита',
  'рабочего визита',
  'пребывания',
  'поездки',
  'переговоров',
  'форума',
  'мероприятий',
];
/** A signed batch of deals with a value («подписаны сделки на $2 млрд»): one generic `other` entry. */
export const VALUED_BATCH = ['сделк*', 'коммерческ* сделк*'];
/** Words next to a batch of deals that give its value. */
export const BATCH_VALUE = ['на сумму', 'стоимостью', 'млрд', 'млн', 'миллиард*', 'миллион*', 'долл*'];
/** The signing verbs that make an intention a planned signing. */
export const SIGN_VERBS = ['подписать', 'подписания', 'подписание', 'заключить', 'заключения'];

/** Verbs after «и»/«а» that open a new clause of the same subject («… и договорились подготовить …»). */
export const NEW_CLAUSE_VERBS = [
  'договорились',
  'решили',
  'обсудили',
  'отметили',
  'подчеркнули',
  'рассмотрели',
  'поручили',
  'провели',
  'выразили',
];

/** Words before a year that set a signing in it («в 2019 году», «ещё в 2013 году»). */
export const YEAR_BEFORE = ['в', 'во', 'еще в', 'ещё в', 'с'];

/** Words just before a document that make it an earlier one. */
export const STALE_BEFORE = [
  'реализаци*',
  'ратифи*',
  'реализу*',
  'исполнени*',
  'выполнени*',
  'достигнут*',
  'ранее',
  'недавно',
  'уже подписанн*',
  'действующ*',
  'ранее подписанн*',
  '/в (?:19|20)\\d\\d/',
];

/** A participle naming an earlier signing right after a document («…, подписанное в 2023 году»). */
export const SIGNED_EARLIER = [
  '/подписанн\\p{L}*\\s+(?:в\\s+(?:19|20)\\d\\d|ранее|в прошлом|в\\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре))/',
];

/** Words right before a document that make it one in force («в рамках соглашения»). */
export const UNDER = ['в рамках', 'в соответствии с', 'согласно', 'по'];

/** Words right after a document that make it an earlier one. */
export const STALE_AFTER = ['достигнут*', 'вступил* в силу', 'действу*'];

/** Напомним: the reporter reminds the reader of earlier news; the sentence tells background, not this event. */
export const RECALL = ['напомним', 'напомню', 'следует напомнить', 'стоит напомнить', 'как сообщалось ранее'];

/** A period of several years: documents signed in it are a running total, not this event's. */
export const CUMULATIVE = [
  'за это время',
  'за этот период',
  'за данный период',
  'за годы',
  'за последние',
  'за прошедшие',
  'за минувшие',
  'с момента',
  'на сегодняшний день',
  'к настоящему времени',
  'на сегодня',
  'с начала',
  '/с (?:19|20)\\d\\d/',
];

/** Words before a plural document that count it. */
export const QUANTIFIERS = ['ряд', 'несколько', 'пакет', 'десят*', 'сотн*', 'множеств*'];

/** A list of fields of one batch, not of documents. */
export const FIELDS = [
  'в сферах',
  'в областях',
  'по направлениям',
  'в таких сферах',
  'в таких областях',
  'касающихся',
  'охватывающ*',
  'затрагивающ*',
  'в таких отраслях',
  'в отраслях',
];

/** Openers of an enumeration of documents. */
export const ENUMERATION = [
  'среди них',
  'среди которых',
  'среди крупнейших',
  'среди основных',
  'среди наиболее крупных',
  'в том числе',
  'включая',
  'в их числе',
  'в числе которых',
  'крупнейш* из них',
  'крупнейш* из которых',
];

/** Prepositions that open what a document is about. */
export const ABOUT = ['о', 'об', 'между', 'по', 'на', 'в сфере', 'в области', 'с'];

/** Complements that only say when. */
export const WHEN = [
  '/(?:в|во|до|к|на|в течение|в ходе)\\s+(?:январ|феврал|март|апрел|ма[йея]|июн|июл|август|сентябр|октябр|ноябр|декабр|\\d{4}|ближайш|текущ|следующ|этом|конц|начал)\\p{L}*/',
];

/** Subjects of a «договор» that show it is a state treaty, not a business contract. */
export const TREATY_CUES = [
  'межгосударствен*',
  'дружб*',
  'добрососедств*',
  'вечн*',
  'партн[её]рств*',
  'о границ*',
];

/** Subjects of a «договор» that show it is a business contract (supply, construction, companies). */
export const CONTRACT_CUES = [
  'поставк*',
  'поставок',
  'строительств*',
  'купли',
  'аренд*',
  'подряд*',
  'закупк*',
  'ТОО',
  'ООО',
  'АО',
  'ОАО',
  'LLP',
  'ltd',
  'компани*',
];

/** Subject words that name no particular document («25 документов о многостороннем партнёрстве»). */
export const GENERIC_SUBJECT = [
  'сотрудничеств*',
  'взаимодейств*',
  'партн*рств*',
  'двусторонн*',
  'взаимн*',
  'различн*',
  'разн*',
  'сфер*',
  'област*',
  'отрасл*',
  'направлени*',
  'связ*',
  'отношени*',
  'экономическ*',
  'так',
  'том',
  'числе',
];

/** Предлоги партнёра пакета документов («семь меморандумов с Китаем»): см. PARTNER_ONLY в ../en/documents.ts. */
export const PARTNER_ONLY = ['с', 'со', 'между'];
/** Слова, дающие пакету предмет после партнёра («с Китаем о таможне», «в сфере …»). */
export const SUBJECT_WORDS = ['о', 'об', 'по', 'в сфере', 'в сферах', 'в области', 'в областях'];
