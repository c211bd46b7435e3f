/**
 * News agencies and outlets by name (Latin script), and the words that cite one as a report's source
 * ("Kazinform reports", "according to Xinhua"). A report citing an outlet other than its own relays it: its
 * dateline and publication day are the relay's, often a day after the event. Data only; see ../../report-day.ts.
 */
export const SOURCES_EN = {
  agencies: [
    'kazinform',
    'kazinform news agency',
    'xinhua',
    'xinhua news agency',
    'kaztag',
    'tengrinews',
    'tass',
    'ria novosti',
    'interfax',
    'interfax-kazakhstan',
    'cgtn',
    'china daily',
    'global times',
    "people's daily",
    'the astana times',
    'astana times',
    'akipress',
    'kabar',
    'sputnik',
    'azertac',
    'report.az',
    'daryo',
    'uza',
    'dunya',
    'khabar',
    'zakon.kz',
    'kursiv',
    'inform.kz',
    'el.kz',
    'caspian news',
    'the times of central asia',
  ],
  /** Cue words before the source's name ("according to Xinhua") and after it ("Kazinform reports"). */
  citeBefore: ['according to', 'citing', 'cited by', 'quoted by', 'as reported by', 'reports', 'reported'],
  citeAfter: ['reports', 'reported', 'informs', 'writes', 'wrote', 'said', 'says'],
} as const;

/**
 * The city where an outlet's news desk sits (outlet names lower case, matched as a part of the outlet field):
 * a dateline there is the desk, not a reporter at the event ("ASTANA. KAZINFORM –" over a meeting in Beijing).
 */
export const HOME_CITIES: ReadonlyArray<readonly [outlet: string, city: string]> = [
  ['kazinform', 'Astana'],
  ['казинформ', 'Astana'],
  ['astana times', 'Astana'],
  ['khabar', 'Astana'],
  ['хабар', 'Astana'],
  ['akorda', 'Astana'],
  ['kaztag', 'Almaty'],
  ['казтаг', 'Almaty'],
  ['tengrinews', 'Almaty'],
  ['kursiv', 'Almaty'],
  ['zakon.kz', 'Almaty'],
  ['interfax-kazakhstan', 'Almaty'],
  ['xinhua', 'Beijing'],
  ['синьхуа', 'Beijing'],
  ['cgtn', 'Beijing'],
  ['china daily', 'Beijing'],
  ['global times', 'Beijing'],
  ["people's daily", 'Beijing'],
  ['жэньминь жибао', 'Beijing'],
  ['cri', 'Beijing'],
  ['tass', 'Moscow'],
  ['тасс', 'Moscow'],
  ['ria novosti', 'Moscow'],
  ['риа новости', 'Moscow'],
  ['akipress', 'Bishkek'],
  ['kabar', 'Bishkek'],
  ['azertac', 'Baku'],
  ['trend', 'Baku'],
  ['daryo', 'Tashkent'],
  ['uza', 'Tashkent'],
];
