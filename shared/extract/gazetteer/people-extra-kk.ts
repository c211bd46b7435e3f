import type { GazetteerPerson } from './types.ts';

/**
 * Kazakh spellings of officials already in the gazetteer that fold apart from their listed forms even after
 * the Kazakh letters are folded to Russian ones: an extra vowel («Нұртілеу» beside «Нұртлеу»), the Kazakh
 * form of a first name («Асайын» for «Асаин», «Бейбут» beside «Бейбіт»), and how Kazakh Latin and töte texts
 * come out once converted to Cyrillic («Си Зинпин» from «Sı zınpın», «Си Цзинпин» from «Sı Tszınpın»).
 */
export const KK_FORMS_EXTRA: Record<string, readonly string[]> = {
  'Murat Nurtleu': ['Мұрат Нұртілеу', 'Мұрат Нұртілеуов'],
  'Xi Jinping': ['Си Зинпин', 'Си Цзинпин', 'Си Жиңпиң', 'Ши Зиңпиң'],
  'Asain Baikhanov': ['Асайын Байханов'],
  'Serik Shapkenov': ['Серік Шәпкенов'],
  'Beibit Issabayev': ['Бейбут Исабаев'],
  'Gauez Nurmukhambetov': ['Ғауез Нұрмұхамбетов'],
  'Berik Abdygaliuly': ['Берік Абдығалиұлы'],
  'Roman Sklyar': ['Роман Скляр'],
  'Aida Balayeva': ['Аида Балаева'],
  'Arman Issetov': ['Арман Исетов'],
  'Aidarbek Saparov': ['Айдарбек Сапаров'],
};

/**
 * Kazakh officials that Kazakh-language reports of KZ–CN contacts name and the other gazetteer files lack: the
 * consuls general in China, deputy ministers who brief on China, ministers of the 2022–2025 cabinets and
 * China experts (public roles with their years). Their Kazakh and Russian spellings are both listed, since
 * the folded forms differ (ұ/у fold, but «Жұманиязов» and «Жуманиязов» differ in nothing else).
 */
export const KK_PEOPLE_EXTRA: GazetteerPerson[] = [
  {
    name: 'Zhoshykhan Kyraubayev',
    cyr: ['Жошыхан Қыраубаев', 'Жошыхан Кыраубаев'],
    country: 'KZ',
    roles: [['Consul General in Xi’an', 2022, null]],
  },
  {
    name: 'Serik Zhumaniyazov',
    cyr: ['Серік Жұманиязов', 'Серик Жуманиязов'],
    country: 'KZ',
    roles: [['Vice Minister of Ecology, Geology and Natural Resources', 2020, 2021]],
  },
  {
    name: 'Gulnar Shaimergenova',
    cyr: ['Гүлнар Шаймергенова', 'Гульнар Шаймергенова'],
    country: 'KZ',
    roles: [['Director of the China Studies Center', 2020, null]],
  },
  {
    name: 'Akan Rakhmetullin',
    cyr: ['Ақан Рахметуллин', 'Акан Рахметуллин'],
    country: 'KZ',
    roles: [['Deputy Minister of Foreign Affairs', 2022, null]],
  },
  {
    name: 'Sayasat Nurbek',
    cyr: ['Саясат Нұрбек', 'Саясат Нурбек'],
    country: 'KZ',
    roles: [['Minister of Science and Higher Education', 2022, null]],
  },
  {
    name: 'Yerbol Myrzabossynov',
    cyr: ['Ербол Мырзабосынов'],
    country: 'KZ',
    roles: [['Minister of Tourism and Sports', 2023, null]],
  },
  {
    name: 'Akmaral Alnazarova',
    cyr: ['Ақмарал Әлназарова', 'Акмарал Альназарова'],
    country: 'KZ',
    roles: [['Minister of Health', 2023, null]],
  },
  {
    name: 'Dastan Ryspekov',
    cyr: ['Дастан Рыспеков'],
    country: 'KZ',
    roles: [['Akim of Ulytau Region', 2024, null]],
  },
  {
    name: 'Nariman Kipshakbayev',
    cyr: ['Нариман Қыпшақбаев', 'Нариман Кипшакбаев'],
    country: 'KZ',
    roles: [['Chairman of the State Committee for Water Resources', 1992, 1994]],
  },
];
