/** Frameworks (UN, SCO, Belt and Road…) and topics (trade, transit, energy…) named in an article, English and Russian. */

const FRAMEWORKS: Array<[string, RegExp]> = [
  [
    'UN',
    /\bUN\b|\bUnited Nations\b|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])ООН(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])БҰҰ(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])/,
  ],
  [
    'SCO',
    /\bSCO\b|Shanghai Cooperation Organi[sz]ation|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])ШОС(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])|Шанхайск\S* организаци\S* сотрудничества|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])ШЫҰ(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])/,
  ],
  [
    'CICA',
    /\bCICA\b|Conference on Interaction and Confidence[- ]Building Measures in Asia|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])СВМДА(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])АӨСШК(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])/,
  ],
  [
    'Central Asia–China',
    /Central Asia\s*[-–]\s*China|China\s*[-–]\s*Central Asia|\bC\+C5\b|Центральная Азия\s*[-–]\s*Китай|Китай\s*[-–]\s*Центральная Азия|Орталық Азия\s*[-–]\s*Қытай/i,
  ],
  [
    'Belt and Road',
    /Belt and Road|One Belt,? One Road|\bBRI\b|Один пояс,? один путь|Пояс и путь|Экономическ\S* пояс\S* Шелкового пути|Бір белдеу,? бір жол/i,
  ],
  [
    'EAEU',
    /\bEAEU\b|\bEEU\b|Eurasian Economic Union|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])ЕАЭС(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])|Евразийск\S* экономическ\S* союз\S*|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])ЕАЭО(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])/,
  ],
  [
    'Trans-Caspian International Transport Route',
    /Trans-Caspian International Transport Route|\bTITR\b|Middle Corridor|Транскаспийск\S* международн\S* транспортн\S* маршрут\S*|\bТМТМ\b|Средн\S* коридор\S*/i,
  ],
  ['BRICS', /\bBRICS\b|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])БРИКС(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])/],
  [
    'CIS',
    /\bCIS\b|Commonwealth of Independent States|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])СНГ(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])/,
  ],
  [
    'AIIB',
    /\bAIIB\b|Asian Infrastructure Investment Bank|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])АБИИ(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])|Азиатск\S* банк\S* инфраструктурных инвестиций/i,
  ],
];

const TOPICS: Array<[string, RegExp]> = [
  [
    'trade',
    /\btrad(?:e|ing)\b|\bturnover\b|\bexports?\b|\bimports?\b|торгов\S*|товарооборот\S*|экспорт\S*|импорт\S*|сауда/i,
  ],
  [
    'transport',
    /\btransport\S*|\blogistic\S*|\brailway\S*|\bcargo\b|\bfreight\b|транспорт\S*|логистик\S*|железн\S* дорог\S*|груз\S*|көлік/i,
  ],
  [
    'transit',
    /\btransit\b|\bMiddle Corridor\b|\bTrans-Caspian\b|транзит\S*|Средн\S* коридор\S*|Транскаспийск\S*/i,
  ],
  [
    'energy',
    /\benergy\b|\boil\b|\bgas\b|\bpower plant\S*|\belectricity\b|\brenewable\S*|\bnuclear\b|энергетик\S*|нефт\S*|газ\S*|электроэнерг\S*|энергия/i,
  ],
  [
    'agriculture',
    /\bagricultur\S*|\bagro\S*|\bfarm\S*|\bgrain\b|\bwheat\b|\bfood\b|сельск\S* хозяйств\S*|агро\S*|зерн\S*|аграрн\S*|ауыл шаруашылығы/i,
  ],
  ['tourism', /\btouris\S*|туризм\S*|турист\S*|туризм/i],
  ['visas', /\bvisa\S*|безвизов\S*|визов\S*|(?<![а-яё])виз(?:а|ы|у|е|ой)?(?![а-яё])/i],
  ['consular', /\bconsul\S*|консульск\S*|консул\S*|генконсульств\S*/i],
  [
    'security',
    /\bsecurity\b|\bterroris\S*|\bextremis\S*|\bdefen[cs]e\b|\bmilitary\b|безопасност\S*|терроризм\S*|экстремизм\S*|оборон\S*|военн\S*/i,
  ],
  ['culture', /\bcultur\S*|\bhumanitarian\b|\bpeople-to-people\b|культур\S*|гуманитарн\S*|мәдени/i],
  [
    'education',
    /\beducation\S*|\buniversit\S*|\bstudents?\b|\bscholarship\S*|\bacademic\b|образован\S*|университет\S*|студент\S*|білім/i,
  ],
  ['investment', /\binvest\S*|инвест\S*|инвестиция/i],
  [
    'technology',
    /\btechnolog\S*|\binnovation\S*|\bdigital\b|\bhigh-tech\b|\bartificial intelligence\b|\bAI\b|технолог\S*|инновац\S*|цифров\S*/i,
  ],
  [
    'water',
    /\bwater\b|\btransboundary rivers?\b|\bIrtysh\b|\bIli\b|водн\S* ресурс\S*|трансграничн\S* рек\S*|Иртыш\S*|Или(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])/i,
  ],
  [
    'industry',
    /\bindustr\S*|\bmanufactur\S*|\bproduction capacit\S*|индустри\S*|промышлен\S*|производствен\S*/i,
  ],
  ['finance', /\bfinanc\S*|\bbank\S*|\byuan\b|\bcurrency\b|финанс\S*|банк\S*|юан\S*/i],
  ['health', /\bhealth\S*|\bmedic\S*|\bpandemic\b|здравоохранен\S*|медицин\S*/i],
  [
    'media',
    /\bmedia\b|\bjournalis\S*|\bpress\b cooperation|СМИ(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])|журналист\S*/i,
  ],
];

/** The frameworks an article names, in a fixed order. */
export function extractFrameworks(text: string): string[] {
  return FRAMEWORKS.filter(([, re]) => re.test(text)).map(([name]) => name);
}

/** The topics an article touches, in a fixed order. */
export function extractTopics(text: string): string[] {
  return TOPICS.filter(([, re]) => re.test(text)).map(([name]) => name);
}
