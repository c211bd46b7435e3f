import type { GazetteerPerson } from './types.ts';

/**
 * Kazakh Cyrillic spellings of known officials, joined to the gazetteer's entries by their English name (the
 * entries keep the Russian spelling; «Нұртлеу», «Тоқаев», «Әшімбаев» are how Kazakh texts write them). Patterns
 * built from the gazetteer's Cyrillic forms (relevance's officials) then find Kazakh texts' names too.
 */
export const KK_FORMS: Record<string, readonly string[]> = {
  // A title before the bare surname names the one holder (the matcher adds the case suffix: «Тоқаевпен»).
  'Kassym-Jomart Tokayev': ['Қасым-Жомарт Тоқаев', 'Тоқаев'],
  // «Елбасы» (Leader of the Nation) is Nazarbayev's own title: before the bare surname it names him. Not alone:
  // Russian texts use the bare title too, and a title-only subject would outrank the article's real speaker.
  'Nursultan Nazarbayev': ['Нұрсұлтан Назарбаев', 'Елбасы Назарбаев'],
  'Alikhan Smailov': ['Әлихан Смайылов'],
  'Askar Mamin': ['Асқар Мамин'],
  'Bakytzhan Sagintayev': ['Бақытжан Сағынтаев'],
  'Karim Massimov': ['Кәрім Мәсімов'],
  'Serik Zhumangarin': ['Серік Жұманғарин'],
  'Murat Nurtleu': ['Мұрат Нұртлеу'],
  'Yermek Kosherbayev': ['Ермек Көшербаев'],
  'Mukhtar Tileuberdi': ['Мұхтар Тілеуберді'],
  'Beibut Atamkulov': ['Бейбіт Атамқұлов'],
  'Kairat Abdrakhmanov': ['Қайрат Әбдірахманов'],
  'Erlan Idrissov': ['Ерлан Ыдырысов'],
  'Yerzhan Kazykhanov': ['Ержан Қазыханов'],
  'Aibek Smadiyarov': ['Айбек Смадияров'],
  'Shakhrat Nuryshev': ['Шахрат Нұрышев'],
  'Maulen Ashimbayev': ['Мәулен Әшімбаев'],
  'Yerlan Koshanov': ['Ерлан Қошанов'],
  'Zhanseit Tuimebayev': ['Жансейіт Түймебаев'],
  'Dariga Nazarbayeva': ['Дариға Назарбаева'],
  'Arman Shakkaliyev': ['Арман Шаққалиев'],
  'Aidos Ukibay': ['Айдос Үкібай'],
  'Ruslan Zheldibay': ['Руслан Желдібай'],
  'Berdibek Saparbayev': ['Бердібек Сапарбаев'],
  'Zhenis Kassymbek': ['Жеңіс Қасымбек'],
  'Berik Uali': ['Берік Уәли'],
  'Yerbolat Dossayev': ['Ерболат Досаев'],
  'Kanat Bozumbayev': ['Қанат Бозымбаев'],
  'Nurlan Nogayev': ['Нұрлан Ноғаев'],
  'Bolat Akchulakov': ['Болат Ақшолақов'],
  'Kanat Sharlapayev': ['Қанат Шарлапаев'],
  'Yerulan Zhamaubayev': ['Ерұлан Жамаубаев'],
  'Alibek Kuantyrov': ['Әлібек Қуантыров'],
  'Darkhan Satybaldy': ['Дархан Сатыбалды'],
  'Aset Irgaliyev': ['Әсет Ерғалиев'],
  'Yeraly Tugzhanov': ['Ералы Тоғжанов'],
  'Alibek Bakayev': ['Әлібек Бақаев'],
  'Almas Aidarov': ['Алмас Айдаров'],
  'Yerlan Karin': ['Ерлан Қарин'],
  'Askhat Shakharov': ['Асхат Шахаров'],
  'Han Zheng': ['Хань Чжен'],
  // Kazakh press in China writes «Ши Жиңпиң»; «Си мырза» (Mr Xi) and «Төраға Си» name the one holder.
  'Xi Jinping': ['Ши Жиңпиң', 'Ши Цзиньпин', 'Си мырза', 'Төраға Си'],
};

/**
 * Officials Kazakh-language sources often name and the other gazetteer files lack: Xinjiang's and neighbouring
 * provinces' leaders, envoys and regional heads (real public roles with their years). Case forms («Чжу
 * Хайлуньмен», «Көшербаевтың») come from the matcher's suffix rule, not from listing them.
 */
export const KK_PEOPLE: GazetteerPerson[] = [
  {
    name: 'Zhu Hailun',
    cyr: ['Чжу Хайлунь'],
    country: 'CN',
    roles: [
      ['Chairman of the Standing Committee of the Xinjiang People’s Congress', 2019, 2022],
      ['Deputy Party Secretary of Xinjiang', 2016, 2019],
    ],
  },
  {
    name: 'Zhang Chunxian',
    cyr: ['Чжан Чуньсянь'],
    country: 'CN',
    roles: [['Party Secretary of Xinjiang', 2010, 2016]],
  },
  {
    name: 'Nur Bekri',
    cyr: ['Нур Бекри', 'Нұр Бекри'],
    country: 'CN',
    roles: [['Chairman of Xinjiang', 2007, 2014]],
  },
  {
    name: 'Wang Junzheng',
    cyr: ['Ван Цзюньчжэн'],
    country: 'CN',
    roles: [['Party Secretary of the Xinjiang Production and Construction Corps', 2020, 2021]],
  },
  {
    name: 'Han Chunlin',
    cyr: ['Хань Чуньлинь'],
    country: 'CN',
    roles: [['Ambassador to Kazakhstan', 2022, null]],
  },
  {
    name: 'Li Huilai',
    cyr: ['Ли Хуэйлай'],
    country: 'CN',
    roles: [['Assistant Minister of Foreign Affairs', 2016, 2019]],
  },
  {
    name: 'Wei Fenghe',
    cyr: ['Вэй Фэнхэ', 'Вэй Фынхэ'],
    country: 'CN',
    roles: [['Minister of National Defense', 2018, 2023]],
  },
  {
    name: 'Wang Weizhong',
    cyr: ['Ван Вэйчжун'],
    country: 'CN',
    roles: [['Governor of Guangdong', 2021, null]],
  },
  { name: 'Liu Hui', cyr: ['Лю Хуэй'], country: 'CN', roles: [['Chairwoman of Ningxia', 2013, 2016]] },
  {
    name: 'Krymbek Kusherbayev',
    cyr: ['Крымбек Кушербаев', 'Қырымбек Көшербаев'],
    country: 'KZ',
    roles: [
      ['Akim of Kyzylorda Region', 2013, 2019],
      ['Deputy Prime Minister', 2019, 2020],
    ],
  },
];
