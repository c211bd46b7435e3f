/**
 * English words for figures (data only; patterns are built in ../../figure-parts.ts, ../../figure-context.ts,
 * ../../figure-year.ts through ../../pack-words.ts, which wraps ../build.ts).
 * A `*` ends a stem, on any word of a phrase («совместн* заявлени*»); `/…/` is a raw regex source.
 */

/** Scale words and their factors. */
export const SCALES: Readonly<Record<string, number>> = {
  trillion: 1e12,
  tn: 1e12,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  thousand: 1e3,
};

/** Currency words by ISO code: before the number ("US$ 5") and after it ("5 billion US dollars"). */
export const CURRENCIES: Readonly<Record<string, readonly string[]>> = {
  USD: ['US$', '$', 'USD', 'US dollars', 'U.S. dollars', 'American dollars', 'dollars', 'dollar'],
  CNY: ['yuan', 'renminbi', 'RMB', 'CNY', '¥'],
  KZT: ['tenge', 'KZT', '₸'],
  EUR: ['euros', 'euro', 'EUR', '€'],
  RUB: ['roubles', 'rubles', 'RUB'],
};

/** Words naming what a number measures, by metric (`projects` = a project noun, resolved by context). */
export const METRIC_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['project_portfolio', ['portfolio*']],
  [
    'investment',
    ['invest*', 'FDI', 'capital inflow*', 'inflow*', 'attracted', 'put into', 'poured into', 'injected'],
  ],
  ['trade_turnover', ['trade', 'turnover', 'trade volume', 'trading volume']],
  ['projects', ['project', 'projects']],
  ['flows', ['export*', 'import*', 'supplies', 'shipments']],
];

/** Words right after an amount that say it is investment ("$25 billion of direct investment", "in Chinese capital"). */
export const INVESTMENT_AFTER = ['investment', 'investments', 'FDI', 'capital'];

/** Facilities whose value ("a plant worth $1 billion") is an investment. */
export const FACILITIES = [
  'plant*',
  'factory',
  'factories',
  'facilit*',
  'enterprise*',
  'cluster*',
  'complex*',
  'industrial park*',
  'mill*',
  'refinery',
  'refineries',
  'terminal*',
  'project',
  'venture',
  'station*',
  'hub*',
];

/** Words before an amount that make it one project's investment, even when planned ("plan to invest $150 million"). */
export const INVEST_VERBS = [
  'invest',
  'invests',
  'invested',
  'investing',
  'investment in the project',
  'investments in the project',
  // "could require a minimum investment of $4 billion": the sum a project needs is its investment.
  'minimum investment of',
  'initial investment of',
  'initial investments of',
  'estimated investment of',
];

/**
 * Nouns right before an amount that name what a project costs ("with a financial commitment exceeding $1 billion",
 * "a construction cost of $300 million"): the money is that project's investment.
 */
export const COST_BEFORE = [
  'financial commitment*',
  'investment commitment*',
  'capital expenditure*',
  'capex',
  'construction cost*',
  'project cost*',
  'cost of the project',
  'cost of construction',
];

/** Sector words that make a trade figure the trade in one kind of goods, not the turnover ("agricultural trade"). */
export const SECTOR_TRADE = [
  'agricultur*',
  'agri-food',
  'agrifood',
  'food',
  'farm*',
  'energy',
  'e-commerce',
  'services',
  'oil',
  'gas',
  'grain',
];

/** Marks of the two countries together, for counted units (tonnes, flights) in a sentence or the one before. */
export const BILATERAL = [
  'two countries',
  'both countries',
  'bilateral',
  'kazakh-chinese',
  'sino-kazakh*',
  'china',
  'chinese',
];

/** Projects already finished: their value is an "other" figure, not the running portfolio (seed 002, 004). */
export const COMPLETED = [
  'have been implemented',
  'has been implemented',
  'have already been implemented',
  'were implemented',
  'already implemented',
  'have been completed',
  'were completed',
  'have been launched',
  'have already been launched',
  'were launched',
  'commissioned',
];

/** Words linking a thing to its value ("worth", "valued at"). */
export const VALUE_LINK = [
  'worth',
  'valued at',
  'costing',
  'with a value of',
  'with a total value of',
  'totalling',
  'totaling',
  'estimated at',
];

/**
 * Words before a number in its clause that make it a target, forecast or offer, not a figure ("to bring trade to
 * $75 billion", "expected to sign deals worth …").
 */
export const TARGET = [
  '/will\\s+(?:\\p{L}+\\s+)?(?:reach|exceed|grow|increase|rise|double|triple|hit|amount|total|bring|raise|be|surpass|top|boost|expand|achieve|attain)/',
  "'ll",
  '/would\\s+(?:\\p{L}+\\s+)?(?:reach|exceed|grow|increase|rise|double|triple|hit|amount|total|bring|raise|be|surpass|top|boost|expand|achieve|attain)/',
  'could',
  'can',
  'to bring',
  'to raise',
  'to increase',
  'to boost',
  'to double',
  'to triple',
  'to expand',
  'to grow',
  'to lift',
  'to sign',
  'bringing',
  'raising',
  'doubling',
  'aim*',
  'goal*',
  'target*',
  'plan',
  'plans',
  'planned',
  'planning',
  'intend*',
  'intention*',
  'expect*',
  'projected',
  'forecast*',
  // "is set to reach", "on track to hit", "poised to exceed", "likely to top": a forecast, not a level reached.
  'set to',
  'on track to',
  'poised to',
  'likely to',
  'slated to',
  'anticipated',
  'potential',
  'readiness',
  'ready to',
  'seek*',
  // "suggested raising exports worth $1 billion": an offer on the table, not a result.
  'suggest*',
  'propos*',
  'strive*',
  'ambitio*',
  'objective*',
  'capacity',
  'designed to',
  'would require',
  // "the region must attract at least …": an obligation set from above.
  'must',
  'would need',
];

/** Verbs of change: "increase exports by $1 billion" is a change of a figure, not its level (nor a figure). */
export const CHANGE_VERBS = [
  'increas*',
  'grow*',
  'grew',
  'rose',
  'rise*',
  'rising',
  'boost*',
  'expand*',
  'rais*',
];

/** Words after a number that make it a target ("… by 2030", "next year"). */
export const TARGET_AFTER = [
  '/by (?:the end of )?20\\d\\d/',
  'next year',
  'in the coming years',
  'in the future',
];

/** Words that open a part of something already counted ("among them a $90 million mill"). */
export const SUB_ITEM = ['among them', 'among these', 'of them', 'of these', 'of which', 'including'];

/**
 * What is left of a total given before ("the remaining projects amounting to $18 billion"): a part of that
 * total, not a figure of its own.
 */
export const REMAINDER = ['the remaining', 'the rest of', 'the remainder of'];

/** Words that make a trade figure the country's trade with the whole world. */
export const WORLD_TRADE = [
  'foreign trade',
  'external trade',
  'total trade',
  'overall trade',
  'global trade',
];

/** Words that make a number of companies or ventures the ones at work in the other country. */
const PRESENT_CUES = [
  'operate',
  'operating',
  'operates',
  'registered',
  'work',
  'working',
  'active',
  'established',
  'set up',
  'with chinese capital',
  'with chinese participation',
  'with chinese investment',
  'chinese-funded',
  'joint venture*',
];

/** Countable things that are figures about the relationship, with the context words they need. */
export const COUNTED_UNITS: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = [
  [
    'tonnes',
    ['tonnes', 'tonne', 'tons', 'ton', 'metric tons'],
    [
      'freight*',
      'cargo*',
      'transport*',
      'shipp*',
      'shipment*',
      'export*',
      'import*',
      'suppl*',
      'transit*',
      'carried',
    ],
  ],
  [
    'flights',
    ['flights'],
    ['between the two countries', 'between kazakhstan and china', 'between china and kazakhstan'],
  ],
  // The stock of companies, joint ventures and students of one side in the other country is a count of the
  // relationship when the sentence says they operate or study there ("4,100 Chinese firms operate in …").
  ['enterprises', ['enterprises', 'joint ventures', 'ventures'], [...PRESENT_CUES]],
  ['companies', ['companies', 'firms', 'businesses'], [...PRESENT_CUES]],
  ['students', ['students'], ['study', 'studying', 'studies', 'enrolled', 'educated', 'universities']],
];

/** Number words for counts ("five projects"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

/** "Last year", "this year" and part-year periods, for the year of a figure. */
export const LAST_YEAR = ['last year', 'the past year', 'previous year', 'the year before'];
export const THIS_YEAR = ['this year', 'the current year'];
export const SINCE = ['since', 'from'];
/** A year after these is a deadline ("commissioned by 2029"), not the year of the figure. */
export const DEADLINE = ['by', 'until', 'before'];

/** A partner group that makes a figure China's (or Kazakhstan's) with the group, not the bilateral one. */
export const GROUPS = [
  'with central asia',
  'with the central asian countries',
  'with central asian countries',
  'with the central asian states',
  'and central asia',
  'and the central asian countries',
  'with the c5',
  'with the eaeu',
  'with the sco',
  'with sco',
  'with the eu',
  'with the european union',
  'with the cis',
];

/** Third countries: a figure in a clause naming one of them (and not China) is about another relationship. */
export const THIRD_COUNTRIES = [
  'russia*',
  'uzbekistan*',
  'kyrgyzstan*',
  'tajikistan*',
  'turkmenistan*',
  'italy',
  "italy's",
  'germany',
  "germany's",
  'turkey',
  'türkiye',
  'netherlands',
  'france',
  'united states',
  'japan*',
  'south korea*',
  'korea*',
  'india',
  "india's",
  'iran*',
  'azerbaijan*',
  'georgia',
  'belarus*',
  'ukraine*',
  'mongolia*',
  'pakistan*',
  'afghanistan*',
  'switzerland',
  'poland',
  'spain',
  'united kingdom',
  'britain',
  'uae',
  'european union',
  'EU',
];
