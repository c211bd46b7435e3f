/**
 * Landmark venues that name their city: "the Great Hall of the People" is in Beijing, the Akorda in Astana. A
 * talk "at the Akorda" is a talk in Astana. Spellings in any script, matched like city names. General knowledge.
 */
export const LANDMARKS: { names: string[]; city: string }[] = [
  {
    names: [
      'Great Hall of the People',
      'Дом народных собраний',
      'Доме народных собраний',
      'Халық жиналысы үйі',
    ],
    city: 'Beijing',
  },
  { names: ['Zhongnanhai', 'Чжуннаньхай'], city: 'Beijing' },
  { names: ['Diaoyutai', 'Дяоюйтай'], city: 'Beijing' },
  { names: ['Palace of Independence', 'Дворец Независимости', 'Дворце Независимости'], city: 'Astana' },
  {
    names: ['Palace of Peace and Reconciliation', 'Дворец мира и согласия', 'Дворце мира и согласия'],
    city: 'Astana',
  },
  {
    names: [
      'Majilis',
      'Mazhilis',
      'Мажилис',
      'Мажилисе',
      'Мәжіліс',
      'Senate of Kazakhstan',
      'Сенат Парламента',
    ],
    city: 'Astana',
  },
  { names: ['Government House', 'Дом Правительства', 'Доме Правительства', 'Правительстве'], city: 'Astana' },
  { names: ['Ak Orda', 'Akorda', 'Ақорда', 'Акорда', 'Акорде'], city: 'Astana' },
  /*
   * A capital named by its country ("in the Kazakh capital", «в столице Казахстана», «Елордада»): that country's
   * capital city. Russian locative and accusative forms, as the city names' stems do not cover them.
   */
  {
    names: [
      'Kazakh capital',
      "Kazakhstan's capital",
      'столице Казахстана',
      'столица Казахстана',
      'столицу Казахстана',
      'казахстанской столице',
      'казахстанскую столицу',
      'Елорда',
    ],
    city: 'Astana',
  },
  {
    names: [
      'Chinese capital',
      "China's capital",
      'столице Китая',
      'столице КНР',
      'столица Китая',
      'столицу Китая',
      'столицу КНР',
      'китайской столице',
      'китайскую столицу',
    ],
    city: 'Beijing',
  },
];
