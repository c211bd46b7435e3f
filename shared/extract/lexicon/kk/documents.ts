/**
 * Kazakh words for documents and their signing (data only). Kazakh puts what a document is about before it
 * ("… туралы шартқа қол қойылды"), so titles are read backwards (see ../../agreement-title.ts).
 */

/** Document nouns by docType. */
export const DOC_TYPES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['memorandum', ['меморандум*', 'өзара түсіністік*']],
  ['joint_statement', ['бірлескен мәлімдеме*']],
  ['declaration', ['декларация*']],
  ['roadmap', ['жол карта*']],
  ['protocol', ['хаттама*']],
  ['contract', ['келісімшарт*', 'келісім-шарт*', 'контракт*']],
  ['program', ['бағдарлама*']],
  // «Құжат» (document) is the Kazakh word for any signed paper: an unnamed batch is a generic agreement.
  [
    'agreement',
    [
      'келісім',
      'келісімге',
      'келісімді',
      'келісімдер*',
      'келісімі',
      'келісімін',
      'келісімнің',
      'шарт',
      'шартқа',
      'шартты',
      'шарты',
      'шарттың',
      'құжат*',
    ],
  ],
];

/**
 * «Құжат» (document) names no type: an unnamed batch of them («бірқатар құжатқа») is typed `other`, as the en and
 * ru DOCUMENT_NOUNS are, although a single «құжат» pointing back stays with the agreement words above.
 */
export const DOCUMENT_NOUNS = ['құжат*'];

/**
 * Words that make a singular noun several documents («бірқатар құжатқа», «біраз екіжақты құжатқа»): Kazakh keeps
 * the noun singular after a quantity, so these count as a batch the way a plural does in English or Russian.
 */
export const SEVERAL = ['бірқатар', 'біраз', 'бірнеше', 'көптеген', 'түрлі', 'бір топ'];

/** Words right before «бағдарлама» that make it a visit's schedule («сапар бағдарламасы»), not a signed programme. */
export const SCHEDULE_BEFORE = ['сапар', 'сапардың', 'іс-сапар', 'ресми сапар', 'мемлекеттік сапар'];

/** A signing ceremony («қол қою рәсімі»): unnamed documents signed there. */
export const CEREMONY = ['қол қою рәсім*', 'құжаттармен алмасу рәсім*'];

/** A signing that happened. */
export const SIGNED = [
  // «келісім жасасты» (concluded an agreement), «құжаттармен алмасты» (exchanged documents).
  'жасасты',
  'жасалды',
  'жасасып',
  'алмасты',
  'қол қойды',
  'қол қойылды',
  'қол қойысты',
  // Converbs chain a signing to the next verb («мәлімдемеге қол қойып, құжаттар алмасты»).
  'қол қойып',
  'қол қойылып',
  'қол қойысып',
  // The perfect ending a sentence («… құжатқа қол қойылған.»): signed at this event unless a year says otherwise.
  '/қол\\s+қойылған(?=\\s*[.!]|\\s*$)/',
  '/қол\\s+қойған(?=\\s*[.!]|\\s*$)/',
];

/** A signing still to come. */
export const PLANNED = [
  'қол қойылады',
  'қол қояды',
  'қол қоятын',
  'қол қойылмақ*',
  'қол қоймақ*',
  'қол қою жоспар*',
  // «… қол қоюды жоспарлап отыр» (plan to sign), «қол қоюға дайындалуда» (prepare to sign), «тиіс» (are to).
  'қол қоюды жоспарла*',
  'қол қоюы жоспар*',
  'қол қоюға дайын*',
  'қол қоюға келіс*',
  'қол қоюы тиіс',
  'қол қоюы мүмкін',
  'қол қою көздел*',
  'қол қоюы көздел*',
  'қол қойылуы көздел*',
  'қол қоюды көздейді',
  'қол қоюға ниетті',
  'қол қоюға әзір*',
  'қол қоюы күтіл*',
  'қол қою көзделіп',
  'қол қою күтіл*',
  // Participles and verbal nouns of what is to be signed: «қол қойылатыны», «қол қойылуы тиіс».
  'қол қойылатын*',
  'қол қойылуы*',
];

/**
 * A sentence opening with a demonstrative and «құжат» (that/this/the said document) points back at the document
 * named in the sentence before («… туралы меморандум жасалмақ. Ол құжатқа … қол қояды»).
 */
export const POINTS_BACK = ['ол құжат*', 'бұл құжат*', 'осы құжат*', 'аталған құжат*', 'аталмыш құжат*'];

/**
 * Postpositions that end what a Kazakh document is about, right before its noun («ынтымақтастық туралы
 * меморандум»): with one the mention names a document; without («құжатқа», «келісімге») it points back.
 */
export const ABOUT_BEFORE = ['туралы', 'жөніндегі', 'жөнінде', 'саласындағы', 'арасындағы', 'бойынша'];

/** Issuing verbs («бірлескен мәлімдеме қабылдады»): they make a document only of the issued types. */
export const ISSUED = ['қабылдады', 'қабылданды', 'қабылдап', 'жариялады'];

/** Openers of an enumeration of documents («оның ішінде» = including). */
export const ENUMERATION = ['оның ішінде', 'соның ішінде', 'олардың ішінде'];

/** A document in force, named before a postposition («2019 жылғы келісім аясында»): no document of this event. */
export const UNDER_AFTER = [
  'аясында',
  'шеңберінде',
  'бойынша',
  'негізінде',
  'сәйкес',
  'орындау*',
  'іске асыру*',
];

/** Signings set at another time: last year, before this, earlier (the sentence tells background). */
export const OTHER_TIME = ['былтыр*', 'өткен жылы', 'бұған дейін', 'осыған дейін', 'бұдан бұрын', 'болатын'];

/** Words after a year that set the sentence in it («2019 жылы», «2015 жылғы»). */
export const YEAR_AFTER = ['жылы', 'жылғы', '/ж\\./'];

/** «Еске салсақ»: the reporter reminds the reader of earlier news; the sentence tells background. */
export const RECALL = ['еске салсақ', 'еске сала кетейік', 'еске сала кетсек'];

/** A running total of several years («осы жылдар ішінде», «барлығы»). */
export const CUMULATIVE = [
  'осы жылдар ішінде',
  'жылдар бойы',
  'барлығы',
  'бүгінге дейін',
  'қатынас орнағалы',
];
