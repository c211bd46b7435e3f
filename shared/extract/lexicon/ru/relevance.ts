/**
 * Russian words of the relevance rules (data only; patterns come from lexicon/build.ts). Places are not here:
 * they come from the gazetteer. A trailing `*` is a stem; `/…/` is a regex for what words cannot say.
 */

/** Kazakhstan: the country, its people and its best-known leaders. */
export const KZ_WORDS = ['казахстан*', 'казах*', 'токаев*', 'назарбаев*'];
/** Kazakh national companies and institutions that stand for the Kazakh side in business talks. */
export const KZ_BODIES = [
  'Самрук-Казына',
  'Казатомпром',
  'КазМунайГаз',
  'QazaqGaz',
  'Байтерек*',
  'темир жолы',
  'Kazakh Invest',
];
/** Acronyms, matched as written (РК = Республика Казахстан). */
export const KZ_ACRONYMS = ['РК', 'КТЖ', 'КМГ', 'Мажилис*', 'Мәжіліс*'];

/** China: the country, its people and head of state. */
export const CN_WORDS = ['кнр', 'китай*', 'китая', 'китаю', 'китае', 'китаем', 'си цзиньпин*', 'поднебесн*'];
/** Chinese state companies, banks and funds that stand for the Chinese side. */
export const CN_BODIES = ['Синопек', 'Хуавэй', 'Фонд Шелкового пути', 'Госсетевая корпорация'];
/** Acronyms of Chinese state companies, matched as written. */
export const CN_ACRONYMS = ['ВСНП', 'НПКСК', 'КННК', 'CNPC', 'CITIC', 'CNNC', 'COSCO', 'CRRC', 'ICBC'];

/** Phrases that name the pair as such. */
export const BILATERAL = [
  'казахстанско-китайск*',
  'китайско-казахстанск*',
  '/казахстан\\p{L}*\\s+и\\s+кнр/',
  'кнр и казахстан*',
  '/казахстан\\p{L}* и кита[йяюе]\\p{L}*/',
  '/кита[йяюе]\\p{L}* и казахстан\\p{L}*/',
  'астаны и пекина',
  'пекина и астаны',
];

/** Formats of several countries: Central Asia–China. */
export const MULTILATERAL = [
  '/центральная азия\\s*[–-]\\s*китай/',
  '/китай\\s*[–-]\\s*центральная азия/',
  'стран* центральной азии',
  'государств* центральной азии',
  'пятерк* стран*',
];
/** Organisations whose summits make a title multilateral. */
export const MULTILATERAL_BODIES = ['ШОС', 'БРИКС', 'СВМДА', 'Шанхайской организации сотрудничества'];
/** Words saying that a multilateral story has a two-party part. */
export const BILATERAL_TALK = ['двусторонн*', 'двух стран', 'обеих стран', 'стороны'];

/** Words that make a sentence naming both countries about their relations (stems). */
export const RELATION = [
  'сотруднич*',
  'партнер*',
  'переговор*',
  'встреч*',
  'визит*',
  'подпис*',
  'соглашени*',
  'меморандум*',
  'договор*',
  'отношени*',
  'двусторон*',
  'торгов*',
  'товарооборот*',
  'инвест*',
  'проект*',
  'экспорт*',
  'импорт*',
  'транзит*',
  'границ*',
  'посол*',
  'посольств*',
  'консул*',
  'министр*',
  'президент*',
  'председател*',
  'премьер*',
  'делегац*',
  'форум*',
  'комитет*',
  'виз*',
  'железн*',
  'трубопровод*',
  'завод*',
  'компани*',
  'открыт*',
  'запуск*',
  'принял*',
  'обсудил*',
  'телефон*',
  'диалог*',
  'консультаци*',
  'саммит*',
  'рын*',
  'между',
  'с',
  'со',
  'поддерж*',
  'высоко оцени*',
  'приветств*',
  'поздрав*',
  'соболезн*',
  'прибыл*',
  'прилетел*',
  // Один лидер принимает другого за столом («пригласил на личный приём», «ужин»): стороны встречаются.
  'пригласил*',
  'ужин*',
  'прием',
  'приема',
  'приеме',
  'приём',
  'приёма',
  'приёме',
];
/** A meeting between the two (talks, a call, a visit). */
export const MEET = [
  'визит*',
  'переговор*',
  'встретится',
  'встретил*',
  'встреча с',
  'встречи с',
  'встречу с',
  'принял*',
  'телефонн*',
  '/личн\\p{L}*\\s+при(?:е|ё)м\\p{L}*/',
  'ужин*',
];
/** Meeting the press is not meeting each other. */
export const PRESS = [
  '/встретил\\p{L}* с (?:журналист|представител\\p{L}* сми|пресс)\\p{L}*/',
  'пресс-конференци*',
  'брифинг*',
  'подход* к прессе',
];
/** The talks took place at a multilateral event but were the two's own. */
export const SIDELINES = ['в кулуарах', 'на полях'];
/** A round-up of one leader's meetings with many guests. */
export const ROUNDUP = [
  'глав* государств*',
  'мировы* лидер*',
  'зарубежны* лидер*',
  'иностранны* лидер*',
  'зарубежны* гост*',
  'высоки* гост*',
];
/** A visit of one side to the other: bilateral whatever else the trip includes. */
export const VISIT = ['визит*', 'поездк*', 'турне'];
/** Cues that a list of leaders met one by one, not as a group. */
export const ONE_BY_ONE = ['отдельн* встреч*', 'двусторонн* встреч*', 'поочередно'];
/** Words joining the last item of a list («России, Казахстана и Китая»). */
export const LIST_AND = ['и', 'а также'];
