import type { GazetteerPerson } from './types.ts';

/**
 * More officials Kazakh-language reports name, with their Kazakh and Russian spellings and dated roles (public
 * record): regional heads before their later posts, central bankers, Mangystau's akims. Roles of people listed
 * elsewhere are joined to their entry by name (see ./index.ts).
 */
export const KK_PEOPLE_MORE: GazetteerPerson[] = [
  // Foreign minister 2011–2012 as Kazykhanov (people-kz.ts); he writes his name Kazykhan since. The Cyrillic form
  // is left to that entry, so that «Казыханов» keeps its era's spelling.
  {
    name: 'Yerzhan Kazykhan',
    alt: ['Erzhan Kazykhan'],
    cyr: [],
    country: 'KZ',
    roles: [
      ['Assistant to the President for International Affairs', 2022, 2025],
      ['Permanent Representative to the UN Office at Geneva', 2025, null],
    ],
  },
  {
    name: 'Daniyal Akhmetov',
    cyr: ['Даниял Ахметов'],
    country: 'KZ',
    roles: [['Akim of East Kazakhstan Region', 2014, 2023]],
  },
  {
    name: 'Bakytzhan Sagintayev',
    cyr: ['Бақытжан Сағынтаев'],
    country: 'KZ',
    roles: [['Akim of Almaty', 2019, 2022]],
  },
  {
    name: 'Bakhyt Sultanov',
    cyr: ['Бақыт Сұлтанов'],
    country: 'KZ',
    roles: [['Akim of Astana', 2018, 2019]],
  },
  {
    name: 'Altai Kulginov',
    cyr: ['Алтай Көлгінов'],
    country: 'KZ',
    roles: [['Akim of West Kazakhstan Region', 2016, 2019]],
  },
  {
    name: 'Zhenis Kassymbek',
    cyr: ['Жеңіс Қасымбек'],
    country: 'KZ',
    roles: [['Akim of Karaganda Region', 2019, 2022]],
  },
  {
    name: 'Yerlan Koshanov',
    cyr: ['Ерлан Қошанов'],
    country: 'KZ',
    roles: [['Akim of Karaganda Region', 2017, 2019]],
  },
  {
    name: 'Kumar Aksakalov',
    cyr: ['Құмар Ақсақалов'],
    country: 'KZ',
    roles: [['Akim of North Kazakhstan Region', 2017, 2022]],
  },
  {
    name: 'Kanat Bozumbayev',
    cyr: ['Қанат Бозымбаев'],
    country: 'KZ',
    roles: [['Akim of Pavlodar Region', 2013, 2016]],
  },
  {
    name: 'Yeraly Tugzhanov',
    cyr: ['Ералы Тоғжанов'],
    country: 'KZ',
    roles: [['Akim of Mangystau Region', 2017, 2019]],
  },
  {
    name: 'Alik Aidarbayev',
    cyr: ['Алик Айдарбаев', 'Әлік Айдарбаев'],
    country: 'KZ',
    roles: [
      ['Akim of Mangystau Region', 2013, 2017],
      ['Chairman of the Board of KazMunayGas', 2018, 2022],
    ],
  },
  {
    name: 'Alikhan Smailov',
    cyr: ['Әлихан Смайылов'],
    country: 'KZ',
    roles: [
      ['First Deputy Prime Minister', 2019, 2022],
      ['Minister of Finance', 2018, 2019],
    ],
  },
  {
    name: 'Yerbolat Dossayev',
    cyr: ['Ерболат Досаев'],
    country: 'KZ',
    roles: [
      ['Governor of the National Bank', 2019, 2022],
      ['Minister of National Economy', 2014, 2016],
    ],
  },
  {
    name: 'Daniyar Akishev',
    cyr: ['Данияр Акишев', 'Данияр Әкішев'],
    country: 'KZ',
    roles: [['Governor of the National Bank', 2015, 2019]],
  },
  {
    name: 'Galymzhan Pirmatov',
    cyr: ['Галымжан Пирматов', 'Ғалымжан Пірматов'],
    country: 'KZ',
    roles: [['Governor of the National Bank', 2022, 2023]],
  },
  {
    name: 'Kairat Kelimbetov',
    cyr: ['Кайрат Келимбетов', 'Қайрат Келімбетов'],
    country: 'KZ',
    roles: [
      ['Governor of the National Bank', 2013, 2015],
      ['Governor of the Astana International Financial Centre', 2015, 2021],
    ],
  },
];
