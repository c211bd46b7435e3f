/**
 * Kazakh words for figures (data only). Kazakh puts what the money is after the number, before the verb
 * («27 миллиард доллар инвестиция салды»): these are read right after a sum, in its clause.
 */
export const METRIC_AFTER: ReadonlyArray<readonly [metric: string, words: readonly string[]]> = [
  [
    'investment',
    [
      'инвестиция*',
      'инвестицияс*',
      'қаржы салды',
      'қаржы салған',
      'қаржы салу*',
      'қаржы салма*',
      // «137 млн доллар болатын цемент зауыты» (a cement plant worth $137m): the value of one facility.
      '/(?:болатын|тұратын)\\s+(?:\\p{L}+\\s+){0,3}?(?:зауыт|фабрика|кәсіпорын|станция|кешен)\\p{L}*/',
    ],
  ],
  ['trade_turnover', ['тауар айналым*', 'сауда айналым*']],
  // «жалпы құны 15 миллиард доллар болатын 50 бірлескен жоба» (50 projects worth $15bn): the value of counted or
  // plural projects is their portfolio, as in English and Russian; one project's cost is not.
  ['project_portfolio', ['/\\d+\\s+(?:\\p{L}+\\s+){0,2}жоба\\p{L}*/', 'жобалар*']],
];

/**
 * «құны 137,8 млн доллар…, … цемент зауыты іске қосылды»: a sum after «құны» (its cost) in a sentence that names
 * a facility is the value of that one investment, wherever the facility stands in the sentence.
 */
export const VALUE_BEFORE = ['құны'];
/**
 * «14 инвестициялық жоба … Инвесторлар жалпы құны 134 миллиард теңге қаржы салмақ»: the total value of projects
 * counted in the sentence or the one before is their portfolio, whatever verb of investing follows the sum.
 */
export const PORTFOLIO_TOTAL = {
  /** Right before the sum: the total value («жалпы құны», «жалпы сомасы»). */
  before: ['жалпы құны', 'жалпы сомасы'],
  /** Projects counted in digits («14 инвестициялық жоба», «20 жобаны»). */
  counted: ['/\\d+\\s+(?:\\p{L}+\\s+){0,2}жоба\\p{L}*/'],
};

/** Facilities whose cost is an investment (Kazakh stems). */
export const FACILITIES = ['зауыт*', 'фабрика*', 'кәсіпорын*', 'кәсіпорн*', 'электр станция*', 'кешен*'];

/**
 * Kazakh currency words after a sum, with their case endings («350 миллион АҚШ долларын», «134 миллиард
 * теңгеден астам»): Kazakh names the US dollar with the country before it («АҚШ доллары», sometimes «АҚШ.
 * доллары»), which the Russian «долларов США» order does not cover.
 */
export const CURRENCIES: Readonly<Record<string, readonly string[]>> = {
  USD: ['АҚШ доллар*', '/АҚШ\\.\\s+доллар\\p{L}*/'],
  KZT: ['теңге*'],
  CNY: ['юань*'],
};

/** Kazakh scale words («6 мың», «мыңға жуық», «мыңнан астам»): a stem takes the case ending. */
export const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['мың*', 1e3],
  ['миллион*', 1e6],
  ['миллиард*', 1e9],
  ['триллион*', 1e12],
  ['млн', 1e6],
  ['млрд', 1e9],
];

/** Kazakh number words, composed as written («он екі мың» = 12 000, «алты мыңға жуық» ≈ 6 000). */
export const NUMBER_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['бір', 1],
  ['екі', 2],
  ['үш', 3],
  ['төрт', 4],
  ['бес', 5],
  ['алты', 6],
  ['жеті', 7],
  ['сегіз', 8],
  ['тоғыз', 9],
  ['он', 10],
  ['жиырма', 20],
  ['отыз', 30],
  ['қырық', 40],
  ['елу', 50],
  ['алпыс', 60],
  ['жетпіс', 70],
  ['сексен', 80],
  ['тоқсан', 90],
  ['жүз', 100],
];

/** Case endings Kazakh joins to digits with a hyphen («1500-ден астам», «800-ге жуық», «5-тен»). */
export const DIGIT_CASES = [
  'ден',
  'дан',
  'тен',
  'тан',
  'нен',
  'нан',
  'ге',
  'ға',
  'ке',
  'қа',
  'дей',
  'дай',
  'тей',
  'тай',
];

/** Words between a count and its noun that only round it («жуық», «астам», «шамасында»). */
export const APPROX = ['жуық', 'астам', 'шамасында', 'артық', 'аса', 'шақты', 'жуығы'];

/**
 * Counted things that are figures of the relationship (metric `other`), with the context words they need in the
 * sentence: companies with Chinese capital, students, tonnes of freight or grain.
 */
export const COUNTED_UNITS: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = [
  [
    'companies',
    ['компания*', 'кәсіпорын*', 'кәсіпорн*', 'фирма*'],
    // «… қытай компаниясы бар» (there are): the Chinese companies themselves are the context.
    [
      'капитал*',
      'қатысуымен',
      'жұмыс істей*',
      'тіркел*',
      'қытайлық',
      'бірлескен',
      'қытай',
      'бар',
      'инвестор*',
    ],
  ],
  ['students', ['студент*', 'білім алушы*'], ['оқи*', 'білім ал*', 'оқып', 'оқу*', 'бар', 'қазақстандық']],
  // Young people studying («4 мыңнан астам жас … білім алып жатыр», «қаракөз» in the press's idiom): only with
  // a word of studying, as «жас» alone is also an age.
  ['students', ['жас', 'жастар*', 'қаракөз*', 'шәкірт*'], ['білім ал*', 'оқып', 'оқи*', 'оқуда']],
  [
    'tonnes',
    ['тонна*'],
    [
      'жүк*',
      'тасымал*',
      'жөнелт*',
      'экспорт*',
      'импорт*',
      'жеткіз*',
      'транзит*',
      'астық*',
      'бидай*',
      'өнім*',
      'мұнай*',
      'көмір*',
      'металл*',
      'тауар*',
      'сатыл*',
      'әкел*',
      'шығар*',
    ],
  ],
];

/**
 * «… кәсіпорындар саны 4 мың 700-ден асады» (the number of companies exceeds 4,700): the count after its noun and
 * «саны» (the number of), up to two words between.
 */
export const COUNT_OF = ['саны'];

/**
 * The Chinese share of a count given right after it: «15 компания жұмыс істейді, оның 8-і – қытайлық кәсіпорын»
 * (of them 8 are Chinese). The share is the figure of the relationship, not the whole count.
 */
export const SHARE_OF = { of: ['оның', 'олардың', 'соның ішінде'], chinese: ['қытайлық', 'қытай', 'ҚХР'] };

/** Words that name the two countries around a count (a count of companies in Kazakhstan alone is no figure). */
export const BILATERAL = ['қытай*', 'ҚХР', 'екі ел*', 'қазақстан-қытай*', 'шыңжаң*'];
