/** Kazakh words of the relevance rules (data only): the few the Russian pack cannot stand in for. */

/** Kazakhstan and its head of state. */
export const KZ_WORDS = [
  'қазақстан*',
  'қазақ*',
  'тоқаев*',
  'елбасы*',
  // Kazakhstan's own bodies, named without the country: a region's akim and its office, the city councils,
  // the presidential residence («Облыс әкімі … делегациясын қабылдады»).
  'әкім*',
  'мәслихат*',
  'ақорда*',
];
/** Kazakh national companies (ҚТЖ = Қазақстан темір жолы). */
export const KZ_ACRONYMS = ['ҚТЖ', 'ҚР'];
/** China. */
export const CN_WORDS = [
  'қытай*',
  'си цзиньпин*',
  // Xinjiang and its capital in their Kazakh spellings, and Chinese companies as Kazakh writes them.
  'шыңжаң*',
  'үрімжі*',
  'сінопек*',
];
/** The People's Republic of China. */
export const CN_ACRONYMS = ['ҚХР', 'ШҰАР'];
/** Phrases that name the pair as such. */
export const BILATERAL = ['қазақстан-қытай*', 'қытай-қазақстан*'];
/** Formats of several countries. */
export const MULTILATERAL = ['/орталық азия\\s*[–-]\\s*қытай/', '/қытай\\s*[–-]\\s*орталық азия/'];
/** Relation words. */
export const RELATION = [
  'ынтымақтаст*',
  'келіссөз*',
  'кездес*',
  'сапар*',
  'сауда*',
  // Messages between the leaders (condolences, congratulations) are statements of the relationship.
  'көңіл айт*',
  'құттықта*',
  'жеделхат*',
  'қолда*',
  'алғыс*',
  // As the English list: relations, partnership, envoys, delegations, trips, signings, trade words.
  'қарым-қатынас*',
  'әріптест*',
  'серіктест*',
  'екіжақты*',
  'іссапар*',
  'елші*',
  'делегация*',
  'қол қой*',
  'келісім*',
  'меморандум*',
  'инвестиция*',
  'экспорт*',
  'импорт*',
  'транзит*',
  'шекара*',
  // As the English list: officials, companies and plants, forums and fairs, receiving and discussing.
  'министр*',
  'вице-министр*',
  'президент*',
  'премьер*',
  'консул*',
  'әкім*',
  'губернатор*',
  'компания*',
  'кәсіпорын*',
  'кәсіпорн*',
  'зауыт*',
  'жоба*',
  'форум*',
  'көрме*',
  'жәрмеңке*',
  'саммит*',
  'комитет*',
  'диалог*',
  'қабылда*',
  'талқыла*',
  'теміржол*',
  'виза*',
  'арасында*',
  // Launching and opening together (a train sent off, a plant opened, a construction begun).
  'аттандыр*',
  'іске қос*',
  'пойыз*',
  'ашты',
  'ашыл*',
  'құрылыс*',
  'жүк тасымал*',
];
/** A meeting between the two. */
export const MEET = ['кездес*', 'келіссөз*', 'қабылда*', 'сапар*', 'іссапар*', 'жүздес*'];
/** A visit. */
export const VISIT = ['сапар*', 'іссапар*'];
/** Words saying that a multilateral story has a two-party part. */
export const BILATERAL_TALK = ['екіжақты*', 'екі ел*', 'тараптар*'];
/** Words joining the last item of a list. */
export const LIST_AND = ['және', 'мен'];
