/**
 * Kazakh words of the people rules (data only). Kazakh names the author before the article («Тоқаев … атты
 * мақаласында»): an article word after the name, in its sentence, makes the name its author.
 */
export const AUTHOR_AFTER_KK = [
  'мақаласында',
  'мақаласын',
  'мақала жарияла*',
  'мақала жаз*',
  'мақаласы жарияланды',
];

/**
 * Kazakh verbs that end a sentence whose subject spoke or wrote as the event: the sender of condolences or
 * congratulations, the speaker who stressed, thanked, proposed. Kazakh puts them last («… көңіл айтты»).
 */
export const SPEECH_KK = [
  'көңіл айтты',
  'көңіл айтып',
  'көңіл білдірді',
  'қайғысына ортақтас*',
  'құттықтады',
  'құттықтап',
  'хат жолдады',
  'жеделхат жолдады',
  'тіледі',
  'мәлімдеді',
  'атап өтті',
  'айтты',
  'жеткізді',
  'білдірді',
  'жоғары бағалады',
  'алғыс айтты',
  'ұсынды',
  'тоқталды',
  'сөз сөйледі',
  'сұхбат берді',
  'айтып берді',
  'пікір білдірді',
  'пікірімен бөлісті',
  'әңгімеледі',
  'түсіндірді',
  'баса айтты',
  'атап көрсетті',
  'жауап берді',
  'мәлім етті',
  'еске салды',
  // Clarifying or commenting at a briefing («… нақтылады», «… түсініктеме берді»): the speaker's own words.
  'нақтылады',
  'түсініктеме берді',
];

/**
 * Words that are never part of a name in Kazakh texts, written folded (Kazakh letters as Russian ones: «Қазақ» →
 * казак): the Ili Kazakh and Xinjiang Uyghur autonomous units' names before their heads' posts («Іле Қазақ
 * автономиялық облысының әкімі …»).
 */
export const NAME_STOP_KK = [
  'казак',
  'иле',
  'шынжан*',
  'уйгыр*',
  'автономиял*',
  // The two countries in any case or as place adjectives («Қытай Халық Республикасы», «Қытайдағы Жеңіс күні»):
  // never a name, and the capitalised word after them is not a surname either.
  'кытай*',
  'казакстан*',
  'халык',
];

/**
 * Verbs of saying that close a quotation and come before its speaker («…», – деді Көлік комитетінің төрағасы
 * X): Kazakh puts the verb first in such an inverted attribution, then the speaker's description, role and name.
 */
export const SPEECH_INVERTED_KK = [
  'деді',
  'дейді',
  'деп атап өтті',
  'деп мәлімдеді',
  'деп түсіндірді',
  'деп қосты',
  'деп сөзін қорытындылады',
];

/** Congratulating someone («… туған күнімен құттықтады»): the one congratulated is its addressee. */
export const CONGRATULATE = ['құттықтады', 'құттықтап', 'құттықтау*'];

/**
 * Words right after a name (possessive) that make it only mentioned: «Си Цзиньпиннің алдағы сапары» (X's coming
 * visit), «… жолдауы» (X's message read out), «… атынан» is in the Russian pack's Kazakh list.
 */
export const MENTION_AFTER = ['алдағы*', 'жолдауын*', 'хатын*', 'шақыру*', 'ұсынысы*'];

/**
 * Sentences set at another time than the event: «бұған дейін» (before this), «… болатын» (had been),
 * «еске сала кетейік» (let us recall). The people they name are background.
 */
export const OTHER_TIME = [
  'болатын',
  'болған еді',
  'бұған дейін',
  'осыған дейін',
  'бұдан бұрын',
  // «еске сала кетейік» (let us recall) is the writer's background; «X … еске салды» (X reminded) is X speaking.
  'еске сала*',
  'еске салайық',
  'еске салсақ',
  'естеріңізге сал*',
  'былтыр*',
  'өткен жылы',
];

/**
 * Body sentences about what is still to come: their people are not yet met («кездеседі», «қатысады», «келеді»).
 */
export const FUTURE = [
  'кездеседі',
  'келіссөз жүргізеді',
  'сапармен келеді',
  'сапармен барады',
  'қатысады',
  'қатыспақ',
  'келмек',
  'бармақ',
  'күтілуде',
  'жоспарлануда',
  'көзделуде',
];

/**
 * Role words written before a bare surname or an initial («министр Нұртлеу», «әкім Ахметов», «Елбасы
 * Назарбаев»): the surname then names the one known holder.
 */
export const TITLES_BEFORE = [
  'елбасы',
  'президент*',
  'премьер-министр*',
  'министр*',
  'вице-министр*',
  'әкім*',
  'елші*',
  'төраға*',
  'хатшы*',
  'басшы*',
  'депутат*',
  'спикер*',
];

/**
 * Honorifics written after a name that take its case ending instead («Си Цзиньпин мырзаға», «… ханымның»): the
 * case of the honorific is the case of the name.
 */
export const HONORIFICS_AFTER = ['мырза', 'ханым'];

/** Kazakh case endings by case, in each vowel-harmony and consonant variant («Тоқаевтың», «Тоқаевқа»). */
const GENITIVE = ['ның', 'нің', 'дың', 'дің', 'тың', 'тің'];
const DATIVE = ['ға', 'ге', 'қа', 'ке'];
const ABLATIVE = ['нан', 'нен', 'дан', 'ден', 'тан', 'тен'];
const COMITATIVE = ['мен', 'пен', 'бен'];
const ACCUSATIVE = ['ды', 'ді', 'ты', 'ті', 'ны', 'ні'];
const LOCATIVE = ['да', 'де', 'та', 'те'];

/**
 * Case endings that make a name an object or a possessor, never the subject: genitive, dative, ablative,
 * comitative (no surname ends so; the accusative and locative are left out, «Сатыбалды» ends like one).
 */
export const OBLIQUE_ENDINGS = [...GENITIVE, ...DATIVE, ...ABLATIVE, ...COMITATIVE];

/** The accusative, which a Chinese name takes after its last syllable («Ван Сяодунды», «Чжан Сяоны»). */
export const ACCUSATIVE_ENDINGS = ACCUSATIVE;

/** Kazakh case endings on a surname («Тоқаевпен», «Назарбаевтың», «Әшімбаевқа»), longest first. */
export const CASE_ENDINGS = [...COMITATIVE, ...GENITIVE, ...ABLATIVE, ...DATIVE, ...ACCUSATIVE, ...LOCATIVE];

/** Taking part by meeting a guest, seeing them off, accompanying («әуежайдан күтіп алды», «шығарып салды»). */
export const ATTEND = [
  'күтіп алды',
  'қарсы алды',
  'шығарып салды',
  'сүйемелдеді',
  'бірге болды',
  // The chair named by a participle before the role («отырысын жүргізген облыс әкімі X», who chaired the
  // session): the one who led the meeting was at it.
  'отырысын жүргізген',
  'отырысын өткізген',
  'жиынды жүргізген',
  'кездесуді жүргізген',
  'кездесуді өткізген',
  'төрағалық еткен',
];

/** Arrived, landed, came on a visit: a trip done («ұшағы келіп қонды», «сапармен келді»). */
export const ARRIVED = [
  'келіп қонды',
  'келіп түсті',
  'келіп жетті',
  'сапармен келді',
  'сапармен барды',
  'сапарымен келді',
  'сапарымен барды',
];

/** Arriving, landing, meeting: the people of the clause are at the event («ұшағы келіп қонды»). */
export const EVENT = [
  ...ARRIVED,
  'табыс етті',
  'қол қойды',
  'қол қойысты',
  'келісті',
  'уағдаласты',
  // «жүздесті» (met face to face), «бас қосты» (came together): meeting verbs the shared list lacks.
  'жүздес*',
  'бас қосты',
  // Chairing a session («отырысқа … төрағалық етті»): the co-chairs are its participants.
  'төрағалық ет*',
  // On a trip now («іссапарда жүр», «сапарында болды»): the traveller is at the event.
  'іссапарда жүр*',
  'сапарда жүр*',
  'іссапармен барды',
  'сапарында болды',
  'іссапарында болды',
  // Sending off a convoy or a train together, opening a centre («керуенін аттандырды», «орталығын ашты»).
  'аттандырды',
  'аттандырып',
  'салтанатты түрде ашты',
  // Touring a site together («… бірге орталықты аралап көрді», toured the centre with …): both were there.
  'аралап көрді',
  'аралап шықты',
  'аралады',
];

/**
 * Meetings in the plural as a setting («Қытайдағы кездесулерде», «келіссөздер барысында»): a feature telling what
 * someone did at several meetings names the counterparts in passing; they are mentioned, not this event's.
 */
export const IN_PASSING = [
  'кездесулерде',
  'кездесулерінде',
  'кездесулер барысында',
  'кездесулер кезінде',
  'келіссөздерде',
  'келіссөздерінде',
  'сапарларында',
  'сапарлары кезінде',
];

/** «X-тың айтуынша» (according to X): the person is the source of the sentence, not at the event. */
export const SOURCE_AFTER = [
  'айтуынша',
  'сөзінше',
  'мәліметінше',
  'хабарлауынша',
  // «X-тың атап өткендей» (as X noted), «пікірінше» (in X's opinion): a commentator, not at the event.
  'атап өткендей',
  'айтқандай',
  'пікірінше',
  'бағалауынша',
];

/**
 * Titles that name one person by law, written alone in Kazakh texts: «Елбасы» (Leader of the Nation) is
 * Nazarbayev's. Before his name the gazetteer's forms read it; alone it still names him.
 */
export const TITLE_OF_ONE: Record<string, string> = { елбасы: 'Nursultan Nazarbayev' };

export { ROLE_HEAD_STEMS, ROLE_PART_STEMS, ROLE_WORD_ENDINGS, SOURCE_ROLES_KK } from './people-roles.ts';
