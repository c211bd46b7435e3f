/**
 * Kazakh words for the event kind (see ../en/kind.ts for what each list means). Kazakh puts the verb last and
 * the event noun before it («сапармен барды», «жеделхат жолдады»), so its light verbs look back for their
 * noun as well. Data only.
 */
export const KIND_KK = {
  verbs: {
    // «келіссөз жасасты» (held talks) beside the noun-and-light-verb «келіссөз жүргізді».
    meeting: ['кездесті', 'кездесіп', 'келіссөз жасас*', 'келіссөздер жасас*'],
    // The trip as a whole: begun, continued, ended («сапарын аяқтады»), or its programme done.
    visit: [
      'барып қайтты',
      'барып келді',
      'сапарын бастады',
      'сапары басталды',
      'сапарын жалғастырды',
      'сапарын аяқтады',
      'сапары аяқталды',
      'сапары өз мәресіне жетті',
      'келіп жетті',
      // Meetings in the plural, or with two counterparts one after the other («Ма Синжуймен және Эркин
      // Туниязбен кездесті»): a trip told as a whole, not one meeting of it.
      'кездесулер өткізді',
      'бірқатар кездесу өткізді',
      '/\\S+(?:мен|пен|бен),?\\s+(?:және\\s+)?(?:\\S+\\s+){0,6}?\\S+(?:мен|пен|бен)\\s+(?:жеке\\s+)?кездес(?:ті|іп)/',
      // Kazakh puts one case ending on the last of joined names («Ма Шиңжуй және Еркін Тұниязбен кездесті»).
      '/\\S+\\s+және\\s+(?:\\S+\\s+){0,6}?\\S+(?:мен|пен|бен)\\s+(?:жеке\\s+)?(?:кездес|жүздес)(?:ті|іп)/',
      // A region's leadership met on a trip (several leaders at once: «ШҰАР басшылығымен кездесті»).
      '/(?:ШҰАР|Шыңжаң\\S*|провинция\\S*|өңір\\S*|автономиялық\\s+\\S+)\\s+(?:\\S+\\s+){0,2}?басшы(?:лығы|лары)мен\\s+(?:\\S+\\s+){0,2}?(?:кездес|жүздес)(?:ті|іп)/',
    ],
    phone_call: ['телефон арқылы сөйлесті', 'телефонмен сөйлесті'],
    agreement_signing: ['қол қойды', 'қол қойылды'],
    // Answering journalists' questions at a briefing («сауалдарына жауап берді», «сауал қойылды»).
    statement: [
      'құттықтады',
      'көңіл айтты',
      'сауал қойылды',
      'сауалдар қойылды',
      'сауалдарына жауап берді',
      'сұрақтарына жауап берді',
      // Commenting to the press («… туралы түсініктеме берді», gave a comment on …): the official's own words.
      'түсініктеме берді',
      'түсініктеме беріп',
      // Commenting on something («… сапарына байланысты пікір білдірді», commented on the visit): the comment is
      // the event, not what it is about.
      '/(?:байланысты|қатысты|туралы)\\s+пікір(?:ін)?\\s+білдірді/',
    ],
    other: ['марапаттады', 'марапатталды'],
  },
  discuss: ['талқылады', 'пікір алмасты'],
  // What is yet to happen («сапармен келеді», «кездеседі»): a preview of the visit or the meeting.
  futureVerbs: {
    // «алдағы» (upcoming) before the noun: an envoy telling about the visit to come is a preview of it.
    visit: [
      'сапармен келеді',
      'сапармен барады',
      'сапармен келмек',
      'сапармен бармақ',
      'сапар жасайды',
      'алдағы сапар*',
      'алдағы мемлекеттік сапар*',
      'алдағы ресми сапар*',
    ],
    meeting: ['кездеседі', 'келіссөз жүргізеді', 'алдағы кездесу*', 'алдағы келіссөз*'],
  },
  light: {
    meeting: ['қабылдады', 'қабылдап'],
    // The converb chains the session to the next verb («кеңесіне қатысып, сөз сөйледі»).
    forum: ['қатысты', 'қатысып'],
    none: ['жүргізді', 'өткізді', 'жолдады', 'табыс етті', 'барды', 'келді'],
  },
  intransitive: ['өтті', 'өткізілді', 'жарияланды'],
  nouns: {
    meeting: ['кездесу*', 'келіссөз*'],
    phone_call: ['телефон арқылы'],
    forum: [
      'форум*',
      'саммит*',
      'отырыс*',
      'көрме*',
      // The word whole (or «ЭКСПО-2017»): a stem would take «экспорт» (export).
      'ЭКСПО',
      '/ЭКСПО-\\S+/',
      'конференция*',
      'дөңгелек үстел*',
      'жәрмеңке*',
      'конгресс*',
      // Councils and committees of the two («іскерлік кеңесінің отырысы», «ынтымақтастық комитеті»); «кеңес»
      // alone is also advice and the Soviet, so only with its qualifier.
      'іскерлік кеңес*',
      'ынтымақтастық комитет*',
      'ынтымақтастық жөніндегі комитет*',
      'кіші комитет*',
    ],
    // Not the surnames built on «сапар» (Сапаров, Сапарбаев, Сапарбеков, Сапарғалиев): a minister's name in the
    // lead is no trip.
    // «іссапар» (a business trip, also «іс-сапар») is a trip as well.
    visit: ['/сапар(?!ов|бай|бек|ғали|қали|али|әлі)[а-яёәғқңөұүһі]*/', 'іссапар*', 'іс-сапар*'],
    statement: [
      'жеделхат*',
      'құттықтау*',
      'мақала*',
      'сұхбат*',
      'брифинг*',
      // The government's press centre, where officials answer journalists' questions («сауалдарына жауап берді»).
      'Орталық коммуникациялар қызмет*',
      'сауалдарға жауап*',
      'сауалдарына жауап*',
      'баспасөз мәслихат*',
      'жолдау*',
      'көңіл айту*',
      'хат',
      'хатын',
      'хаты',
    ],
    agreement_signing: ['қол қою рәсім*'],
    // Cultural events (a photo exhibition, a festival, culture days) are `other` by the labelling conventions;
    // an exhibition as such («көрме»: the China–Eurasia Expo, trade fairs) stays a forum.
    other: [
      'орден*',
      'марапат*',
      'салтанат*',
      'фотокөрме*',
      'сурет көрме*',
      'суреттер көрме*',
      'фестиваль*',
      'мәдениет күндері*',
      'концерт*',
      // Opening a centre, a school, a plant («орталығының ашылу рәсіміне қатысты»): a ceremony of its own, not a
      // forum; the opening of an expo or a forum («көрмесінің ашылу рәсімі») stays that forum.
      '/(?:орталығ|зауыт|филиал|мектеб|кәсіпорн|институт|университет|кеңсе|өкілдіг)\\p{L}*\\s+(?:салтанатты\\s+)?ашылу\\p{L}*/',
    ],
  },
  documents: ['келісім*', 'құжат*', 'меморандум*'],
  speech: [
    'мәлімдеді',
    'атап өтті',
    'айтты',
    'деді',
    'пікірін білдірді',
    'пікір білдірді',
    'сұхбат берді',
    // «Бұл туралы … кездесу барысында мәлім болды» (this was made known during a meeting with …): words whose
    // setting is the event. Only with the setting: «… қатысатыны белгілі болды» alone is news of a plan.
    '/(?:кездесу|келіссөз|брифинг|жиын)\\p{L}*\\s+(?:барысында|кезінде|үстінде)\\s+(?:мәлім|белгілі)\\s+болды/',
  ],
  attribution: [
    'хабарлады',
    'хабарлайды',
    'жазады',
    // «Бұл туралы … мәлімдеді» (… announced this): the speaker only sources the sentence before, whose event
    // (a visit to come, talks held) is the article's, not a statement of the speaker's own.
    '/бұл\\s+туралы\\s+(?:\\S+\\s+){0,6}?(?:мәлімдеді|хабарлады|айтты|мәлім етті|жазды)/',
  ],
  future: [],
  past: ['өткен жылы'],
  subordinate: [],
  setting: ['барысында', 'кезінде', 'аясында', 'шеңберінде'],
  settingWeak: [],
  bylineLead: [] as string[],
  bylineRoles: ['елшісі', 'министрі', 'төрағасы'],
  determiners: [],
};

/**
 * Visits of state (see ../ru/kind.ts `TRIP_RU`). Kazakh puts the verb last, so the English/Russian rule that reads
 * a trip verb at the start of a predicate has no Kazakh verbs here.
 */
export const TRIP_KK = {
  /** A visit of state as a whole (мемлекеттік/ресми сапар): its meetings stay parts of the visit report. */
  stateVisit: ['мемлекеттік сапар*', 'ресми сапар*'],
};

/**
 * A trip told as a whole (see ../../kk-kind.ts): the trip itself, the meetings of its programme, and the words
 * that add another item to it («сондай-ақ», also). Data only.
 */
export const WHOLE_TRIP_KK = {
  /** The trip made or ended: «жұмыс сапарымен барды», «сапары аясында», «сапарын аяқтады». */
  trip: [
    'іссапарда жүр*',
    'сапарда жүр*',
    'іссапармен барды',
    // «іс-сапар» is written with and without the hyphen.
    'іс-сапарда жүр*',
    'іс-сапармен барды',
    'іс-сапарымен барды',
    'іс-сапарында болды',
    'іссапарымен барды',
    'сапарында болды',
    'іссапарында болды',
    'сапарымен барды',
    'сапарымен келді',
    'сапармен барды',
    'сапармен келді',
    'сапарымен болды',
    'сапармен болды',
    'сапары аясында',
    'сапары барысында',
    'сапар аясында',
    'сапар барысында',
    // The same frame before a noun («сапары аясындағы кездесулерде», at the meetings of the visit).
    'сапары аясындағы',
    'сапары барысындағы',
    'сапарын аяқтады',
    'сапары аяқталды',
  ],
  /** A meeting of the programme, with the counterpart's comitative before it («Ли Цянмен кездесті»). */
  meeting: ['кездесті', 'кездесіп', 'жүздесті', 'жүздесіп', 'келіссөз жүргізді', 'келіссөз жүргізіп'],
  /** Other items of a programme: touring plants, seeing projects («кәсіпорындарды аралады», «жобалармен танысты»). */
  programme: ['аралады', 'аралап', 'танысты', 'танысып', 'барып көрді', 'қатысып'],
  /**
   * One meeting with several counterparts, as many items of the programme: joined names with one case ending
   * («Ма Шиңжуй және Еркін Тұниязбен кездесті»), a region's leadership («ШҰАР басшылығымен кездесті»).
   */
  several: [
    '/\\S+\\s+және\\s+(?:\\S+\\s+){0,6}?\\S+(?:мен|пен|бен)\\s+(?:жеке\\s+)?(?:кездес|жүздес)(?:ті|іп)/',
    '/(?:ШҰАР|Шыңжаң\\S*|провинция\\S*|өңір\\S*|автономиялық\\s+\\S+)\\s+(?:\\S+\\s+){0,2}?басшы(?:лығы|лары)мен\\s+(?:\\S+\\s+){0,2}?(?:кездес|жүздес)(?:ті|іп)/',
  ],
  /**
   * Meetings in the plural («кездесулерде», at the meetings): more than one item of the programme. Not «келіссөздер»,
   * which is the plural Kazakh uses for one round of talks, as Russian «переговоры».
   */
  plural: ['кездесулер*', 'жүздесулер*'],
  /** Another item of the same programme. */
  also: ['сондай-ақ', 'бұдан кейін', 'одан кейін', 'кейін', 'сонымен қатар'],
  /**
   * A delegation led by someone («әкімі … бастаған делегация»): a region's or ministry's trip, whose programme
   * of visits to companies is the trip told whole even when no meeting is named with its counterpart.
   */
  delegation: ['бастаған делегация*'],
  /** A trip still to come is a preview, not a programme told. */
  future: ['алдағы', 'келеді', 'барады', 'келмек', 'бармақ'],
};

/**
 * Something said ahead of a trip (see ../../kk-kind.ts): an interview given or an article published «сапармен
 * барар алдында», «сапары қарсаңында» (before, on the eve of the visit) is a statement; the trip only dates it.
 */
export const AHEAD_KK = {
  /** Postpositions of «before» after the trip and its verb («сапары алдында», «сапармен барар алдында»). */
  eve: ['алдында', 'қарсаңында'],
  /** What is said: the interview, the article, the address. */
  said: ['сұхбат*', 'мақала*', 'интервью*', 'жолдау*'],
  /** Events done that a lead may tell besides («кездесті»): then the lead reports them, not the words. */
  done: ['кездесті', 'қабылдады', 'келіссөз жүргізді', 'келіп жетті', 'келді', 'барды', 'қол қойды'],
};
