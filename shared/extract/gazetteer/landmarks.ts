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
];
