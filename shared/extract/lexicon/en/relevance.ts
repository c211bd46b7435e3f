/**
 * English words of the relevance rules (data only; patterns come from lexicon/build.ts). Places are not here:
 * they come from the gazetteer. A trailing `*` is a stem; `/…/` is a regex for what words cannot say.
 */

/** Kazakhstan: the country, its people and its best-known leaders. */
export const KZ_WORDS = ['kazakhstan*', 'kazakh*', 'qazaqstan*', 'tokayev', 'nazarbayev'];
/** Kazakh national companies and institutions that stand for the Kazakh side in business talks. */
export const KZ_BODIES = [
  'Samruk-Kazyna',
  'Kazatomprom',
  'KazMunayGas',
  'QazaqGaz',
  'KEGOC',
  'Baiterek',
  'Temir Zholy',
  'Kazakh Invest',
  'Tau-Ken Samruk',
];
/** Acronyms and proper names matched as written (KTZ, KMG, the parliament's lower house). */
export const KZ_ACRONYMS = ['KTZ', 'KMG', 'Mazhilis', 'Majilis'];

/** China: the country, its people, party and head of state. */
export const CN_WORDS = ['china', "china's", 'chinese', 'prc', 'xi jinping', 'sino-*', 'cpc'];
/** Chinese state companies, banks and funds that stand for the Chinese side. */
export const CN_BODIES = [
  'Sinopec',
  'PetroChina',
  'Huawei',
  'Silk Road Fund',
  'PowerChina',
  'State Grid Corporation',
];
/**
 * Acronyms of Chinese state bodies and companies, and the head of state's surname alone in headlines ("Tokayev,
 * Xi agree …"), matched as written; never the first syllable of Xi'an (nor a second count of Xi Jinping).
 */
export const CN_ACRONYMS = [
  "/Xi(?!['’]an|\\s+Jinping)/",
  'NPC',
  'CPPCC',
  'CNPC',
  'CITIC',
  'CNNC',
  'CGN',
  'COSCO',
  'CRRC',
  'CRCC',
  'CCCC',
  'ICBC',
  'ZTE',
  'SINOPEC',
];

/** Phrases that name the pair as such. */
export const BILATERAL = [
  '/kazakh(?:stan)?[-–\\s]+chin(?:a|ese)/',
  '/chin(?:a|ese)[-–\\s]+kazakh(?:stan|stani)?/',
  'sino-kazakh*',
  'kazakhstan and china',
  'china and kazakhstan',
  'astana and beijing',
  'beijing and astana',
];

/** Formats of several countries: Central Asia–China, C+C5. */
export const MULTILATERAL = [
  '/central asia(?:n)?[-–\\s]+china/',
  '/china[-–\\s]+central asia\\p{L}*/',
  'c+c5',
  'c5+1',
  '5+1',
  'central asian countries',
  'central asian states',
  'central asian nations',
  'central asian leaders',
  'five central asian',
];
/** Organisations whose summits make a title multilateral. */
export const MULTILATERAL_BODIES = [
  'SCO',
  'Shanghai Cooperation Organization',
  'Shanghai Cooperation Organisation',
  'BRICS',
  'CICA',
];
/** Words saying that a multilateral story has a two-party part. */
export const BILATERAL_TALK = [
  'bilateral',
  'two countries',
  'both countries',
  'two sides',
  'the parties',
  'one-on-one',
];

/** Words that make a sentence naming both countries about their relations, not a market report naming both. */
export const RELATION = [
  'cooperat*',
  'partner*',
  'talks',
  'met',
  'meet*',
  'visit*',
  'sign*',
  'agree*',
  'memorand*',
  'treaty',
  'relations',
  'bilateral',
  'ties',
  'trade',
  'turnover',
  'invest*',
  'project*',
  'export*',
  'import*',
  'transit',
  'border',
  'embassy',
  'ambassador',
  'consul*',
  'minister*',
  'president',
  'premier',
  'delegation',
  'forum',
  'committee',
  'visa*',
  'railway',
  'pipeline',
  'plant',
  'factory',
  'company',
  'companies',
  'open',
  'opens',
  'opened',
  'launch*',
  'receiv*',
  'discuss*',
  'phone',
  'call',
  'dialogue',
  'consultations',
  'summit',
  'market',
  'between',
  'with',
  'support*',
  'appreciat*',
  'welcom*',
  'congratulat*',
  'condolence*',
  'arriv*',
  // One leader hosting the other at table ("Xi hosts dinner for Tokayev"): the two sides meet.
  'dinner',
  'banquet',
  'invited',
];
/** A meeting between the two (talks, a call, a visit). */
export const MEET = [
  'held talks',
  'hold talks',
  'holds talks',
  'talks with',
  'meeting with',
  'meetings with',
  'met with',
  'meets with',
  'met',
  'meets',
  'will meet',
  'received',
  'phone',
  'telephone',
  'bilateral meeting',
  'state visit',
  'official visit',
  'private dinner',
  'dinner for',
  'dinner with',
  'private reception',
];
/** Meeting the press is not meeting each other (co-chairs of a multilateral meeting brief reporters together). */
export const PRESS = [
  '/met (?:with )?(?:the )?(?:press|media|reporters|journalists)/',
  'press conference',
  'press briefing',
  'press availability',
];
/** The talks took place at a multilateral event but were the two's own. */
export const SIDELINES = ['on the sidelines of', 'on the margins of'];
/** A round-up of one leader's meetings with many guests (its bilateral sentences count one by one). */
export const ROUNDUP = [
  'heads of state',
  'world leaders',
  'foreign leaders',
  'international leaders',
  'dignitaries',
  'foreign guests',
  'heads of government',
];
/** A visit of one side to the other: bilateral whatever else the trip includes. */
export const VISIT = ['visit*', 'trip', 'tour'];
/** Cues that a list of leaders met one by one, not as a group. */
export const ONE_BY_ONE = [
  'individual meetings',
  'separate meetings',
  'separately met',
  'bilateral meetings',
  'one-on-one meetings',
  'one-on-ones',
  'one-on-one talks',
  'face-to-face meetings',
  'bilateral talks with each',
];
/** Words joining the last item of a list ("Russia, Kazakhstan and China"). */
export const LIST_AND = ['and', 'as well as'];
