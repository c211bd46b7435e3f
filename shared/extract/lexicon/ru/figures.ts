/**
 * Russian (and a few Kazakh) words for figures (data only; patterns are built in ../../figure-parts.ts,
 * ../../figure-context.ts, ../../figure-year.ts through ../../pack-words.ts, which wraps ../build.ts).
 * A `*` ends a stem, on any word of a phrase («совместн* заявлени*»); `/…/` is a raw regex source.
 */

/** Scale words and their factors (stems: «миллиарда», «миллионов»). */
export const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['трлн', 1e12],
  ['триллион*', 1e12],
  ['млрд', 1e9],
  ['миллиард*', 1e9],
  ['млн', 1e6],
  ['миллион*', 1e6],
  ['тыс', 1e3],
  ['тысяч*', 1e3],
];

/** Currency words by ISO code. */
export const CURRENCIES: Readonly<Record<string, readonly string[]>> = {
  USD: ['долларов США', 'долл. США', 'долл.', 'доллар*'],
  CNY: ['юан*'],
  KZT: ['тенге', 'теңге'],
  EUR: ['евро'],
  RUB: ['рубл*'],
};

/** Words naming what a number measures, by metric. */
export const METRIC_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['project_portfolio', ['портфел*']],
  [
    'investment',
    // «намерено вложить», «будет вложено»: the verb of putting money in, whatever its form.
    [
      'инвест*',
      'вложени*',
      'инвестиция*',
      'ПИИ',
      'вложил*',
      'вложит*',
      'вложат',
      'вложен*',
      'привлечен*',
      'привлек*',
    ],
  ],
  ['trade_turnover', ['товарооборот*', 'торгов*', 'оборот*', 'тауар айналым*', 'сауда*', 'взаимн* торговл*']],
  ['projects', ['проект*', 'жоба*']],
  ['flows', ['экспорт*', 'импорт*', 'поставк*']],
];

/** Слова сразу после суммы, делающие её инвестициями («25 млрд долларов инвестиций», «китайского капитала»). */
export const INVESTMENT_AFTER = ['инвестиц*', 'капитал*', 'ПИИ'];

/** Facilities whose value is an investment. */
export const FACILITIES = [
  'завод*',
  'фабрик*',
  'предприяти*',
  'кластер*',
  'комплекс*',
  'индустриальн* парк*',
  'комбинат*',
  'терминал*',
  'проект',
  'проекта',
  'станци*',
  'электростанци*',
  'тэц',
  'хаб*',
];

/** Words before an amount that make it one project's investment, even when planned. */
export const INVEST_VERBS = [
  'инвестир*',
  'вложит*',
  'вложат',
  'инвестиций в проект*',
  'инвестиции в проект*',
  'вложений в проект*',
];

/** Nouns right before an amount that name what a project costs («стоимость проекта — $1 млрд»): its investment. */
export const COST_BEFORE = [
  'стоимость проекта',
  'стоимость строительства',
  'сметная стоимость',
  'объем финансирования',
  'объём финансирования',
  'финансовые обязательства',
];

/** Sector words that make a trade figure the trade in one kind of goods. */
export const SECTOR_TRADE = [
  'сельскохозяйствен*',
  'агро*',
  'продовольств*',
  'продукци*',
  'энергоносител*',
  'зерн*',
  'нефт*',
  'газ*',
  'услуг*',
];

/** Marks of the two countries together. */
export const BILATERAL = [
  'двумя странами',
  'двух стран',
  'между странами',
  'двусторонн*',
  'взаимн*',
  'казахстанско-китайск*',
  'кита*',
  'кнр',
  'қытай*',
];

/** Projects already finished. */
export const COMPLETED = [
  'реализованы',
  'реализовано',
  'уже реализованы',
  'завершены',
  'введены в эксплуатацию',
  'запущены',
];

/** Words linking a thing to its value. */
export const VALUE_LINK = ['стоимостью', 'на сумму', 'общей стоимостью', 'оценивается в', 'на'];

/** Words before a number in its clause that make it a target or forecast. */
export const TARGET = [
  'достигнет',
  'достигнут в будущем',
  'довести',
  'доведени*',
  'увеличить',
  'нарастить',
  'наращивани*',
  'планиру*',
  'план',
  'цель',
  'цели',
  'целью',
  'целев*',
  'задач*',
  'намерен*',
  'ожида*',
  'прогноз*',
  'потенциал*',
  'может',
  'могут',
  'сможет',
  '/(?:будет|будут)\\s+(?:\\p{L}+\\s+)?(?:достиг\\p{L}*|состав\\p{L}*|превы\\p{L}*|увелич\\p{L}*|вырас\\p{L}*|расти|удвои\\p{L}*)/',
  'смогут',
  'составит',
  'превысит',
  'вырастет',
  'стремим*',
  // «предложил нарастить экспорт на сумму $1 млрд»: предложение, а не итог.
  'предлож*',
  'готов',
  'готова',
  'готовы',
  'готовность*',
  'подписать',
  'мощност*',
  'рассчитан*',
  // «область должна привлечь не менее …»: an obligation set from above is a target, not money put in.
  'должен',
  'должна',
  'должно',
  'должны',
  'жеткізу*',
  'жеткізуді',
  '/(?:19|20)\\d\\d\\s+жылға\\s+(?:қарай|дейін)/',
];

/** Глаголы изменения: «увеличить экспорт на $1 млрд» — прирост, а не уровень показателя. */
export const CHANGE_VERBS = ['увелич*', 'вырос*', 'выросл*', 'нарасти*', 'нарастит*', 'рост', 'роста'];

/** Words after a number that make it a target. */
export const TARGET_AFTER = [
  '/к (?:концу )?20\\d\\d/',
  'в следующем году',
  'в ближайшие годы',
  'в перспективе',
  // Kazakh puts the verb after the amount: «80 млрд долларға жеткізу көзделуде».
  'жеткізу*',
  'көздел*',
  'көздейді',
  'жоспарла*',
  'арттыру*',
  'ұлғайту*',
];

/** Words that open a part of something already counted. */
export const SUB_ITEM = ['среди них', 'из них', 'из которых', 'в том числе', 'в их числе'];

/**
 * What is left of a total given before ("the remaining projects amounting to $18 billion"): a part of that
 * total, not a figure of its own.
 */
export const REMAINDER = ['оставш*', 'остальн*'];

/** Words that make a trade figure the country's trade with the whole world. */
export const WORLD_TRADE = ['внешнеторгов*', 'внешн* торговл*', 'общ* товарооборот*'];

/** Words that make a number of companies the ones at work in the other country. */
const PRESENT_CUES = [
  'работа*',
  'действу*',
  'функционир*',
  'зарегистрир*',
  'создан*',
  'китайск* капитал*',
  'участием',
  'совместн* предприяти*',
];

/** Countable things that are figures about the relationship, with the context words they need. */
export const COUNTED_UNITS: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = [
  [
    'tonnes',
    ['тонн*', 'тонна'],
    ['груз*', 'перевоз*', 'перевез*', 'экспорт*', 'импорт*', 'поставк*', 'постав*', 'транзит*', 'отгруз*'],
  ],
  [
    'flights',
    ['рейс*'],
    ['между двумя странами', 'между казахстаном и китаем', 'между китаем и казахстаном', 'между странами'],
  ],
  // Компании и СП одной стороны, работающие в другой стране, и студенты, обучающиеся там: счёт отношений.
  ['enterprises', ['предприяти*', 'совместн* предприяти*', 'сп'], [...PRESENT_CUES]],
  ['companies', ['компани*', 'фирм*'], [...PRESENT_CUES]],
  ['students', ['студент*', 'учащи*'], ['обуча*', 'учатся', 'учится', 'получают образование', 'вуз*']],
];

/** Number words for counts, in the case forms a count takes. */
export const NUMBER_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['два', 2],
  ['двух', 2],
  ['две', 2],
  ['три', 3],
  ['трех', 3],
  ['трёх', 3],
  ['четыре', 4],
  ['четырех', 4],
  ['четырёх', 4],
  ['пять', 5],
  ['пяти', 5],
  ['шесть', 6],
  ['шести', 6],
  ['семь', 7],
  ['семи', 7],
  ['восемь', 8],
  ['восьми', 8],
  ['девять', 9],
  ['девяти', 9],
  ['десять', 10],
  ['десяти', 10],
  ['двадцать', 20],
  ['тридцать', 30],
  ['сорок', 40],
  ['пятьдесят', 50],
  ['одиннадцать', 11],
  ['двенадцать', 12],
  ['пятнадцать', 15],
];

/** "Last year", "this year" (Russian and Kazakh). */
export const LAST_YEAR = [
  'в прошлом году',
  'по итогам прошлого года',
  'прошлого года',
  'за прошлый год',
  'өткен жыл*',
];
export const THIS_YEAR = ['в этом году', 'в текущем году', 'текущего года', 'этого года', 'биыл*'];
export const SINCE = ['с', 'со', 'начиная с'];
/** A year after these is a deadline («к 2030 году»), not the year of the figure. */
export const DEADLINE = ['к', 'до'];

/** A partner group that makes a figure China's (or Kazakhstan's) with the group, not the bilateral one. */
export const GROUPS = [
  'с центральной азией',
  'со странами центральной азии',
  'с государствами центральной азии',
  'со странами ЕАЭС',
  'с ЕАЭС',
  'со странами ШОС',
  'с ЕС',
  'с евросоюзом',
  'со странами СНГ',
];

/** Third countries. */
export const THIRD_COUNTRIES = [
  'росси*',
  'рф',
  'узбекистан*',
  'кыргызстан*',
  'киргизи*',
  'таджикистан*',
  'туркменистан*',
  'итали*',
  'германи*',
  'турци*',
  'нидерланд*',
  'франци*',
  'япони*',
  'корея',
  'кореи',
  'корее',
  'кореей',
  'индия',
  'индии',
  'индией',
  'индию',
  'иран*',
  'азербайджан*',
  'грузия',
  'грузии',
  'беларус*',
  'белорусси*',
  'украин*',
  'монголи*',
  'пакистан*',
  'афганистан*',
  'швейцари*',
  'польш*',
  'испани*',
  'великобритани*',
  'оаэ',
  'евросоюз*',
  'ЕС',
];
