import { cn, kz } from './entry.ts';
import type { GazetteerPerson } from './types.ts';

/**
 * More regional officials who meet across the border: Kazakh akims of regions 2013–2025 missing from
 * ./people-regional.ts and ./people-kz-more.ts, and the party secretaries, governors and chairmen of the Chinese
 * provinces that deal with Kazakhstan (the north-west and north-east, Hebei, Henan, Jiangxi, Inner Mongolia).
 * Public record; years are those of the post (approximate where a handover fell mid-year).
 */

/**
 * Also ministers, bank governors, envoys and heads of the companies that meet across the border, on either side.
 */
export const REGIONAL_PEOPLE_MORE: GazetteerPerson[] = [
  // Kazakhstan: akims of regions.
  kz('Sergey Kulagin', ['Сергей Кулагин'], [['Akim of Akmola Region', 2014, 2017]]),
  kz('Malik Murzalin', ['Малик Мурзалин'], [['Akim of Akmola Region', 2017, 2019]]),
  kz(
    'Karim Kokrekbayev',
    ['Карим Кокрекбаев'],
    [['Akim of Zhambyl Region', 2013, 2017]],
    ['Karim Kokrekbaev'],
  ),
  kz(
    'Gauez Nurmukhambetov',
    ['Гауез Нурмухамбетов', 'Ғауез Нұрмұхамбетов'],
    [['Akim of North Kazakhstan Region', 2023, null]],
    ['Gauyez Nurmukhambetov', 'Gauez Nurmukhambetov'],
  ),
  kz(
    'Beibut Shakhanov',
    ['Бейбут Шаханов', 'Бейбіт Шаханов'],
    [['Akim of Zhetysu Region', 2023, null]],
    ['Beibit Shakhanov'],
  ),
  kz('Nurlan Kilybay', ['Нурлан Килыбай', 'Нұрлан Қилыбай'], [['Akim of Mangystau Region', 2022, 2024]]),
  // China: provincial party secretaries, governors and chairmen.
  cn('Chen Quanguo', ['Чэнь Цюаньго'], [['Party Secretary of Xinjiang', 2016, 2021]]),
  cn('Liang Huiling', ['Лян Хуэйлин'], [['Governor of Heilongjiang', 2022, null]]),
  cn('Hu Yuting', ['Ху Юйтин'], [['Governor of Jilin', 2023, null]]),
  cn('Jing Junhai', ['Цзин Цзюньхай'], [['Party Secretary of Jilin', 2020, 2024]]),
  cn('Wang Zhengpu', ['Ван Чжэнпу'], [['Governor of Hebei', 2021, null]]),
  cn('Hao Peng', ['Хао Пэн'], [['Party Secretary of Liaoning', 2022, null]]),
  cn(
    'Li Lecheng',
    ['Ли Лэчэн'],
    [
      ['Governor of Liaoning', 2021, 2024],
      ['Minister of Industry and Information Technology', 2024, null],
    ],
  ),
  cn('Wang Kai', ['Ван Кай'], [['Governor of Henan', 2021, 2024]]),
  cn('Hu Heping', ['Ху Хэпин'], [['Party Secretary of Shaanxi', 2017, 2020]]),
  cn('Wu Xiaojun', ['У Сяоцзюнь'], [['Governor of Qinghai', 2022, null]]),
  cn('Chen Gang', ['Чэнь Ган'], [['Party Secretary of Qinghai', 2022, null]]),
  cn('Liang Yanshun', ['Лян Яньшунь'], [['Party Secretary of Ningxia', 2022, null]]),
  cn('Zhang Yupu', ['Чжан Юйпу'], [['Chairman of Ningxia', 2022, null]]),
  cn('Sun Shaocheng', ['Сунь Шаочэн'], [['Party Secretary of Inner Mongolia', 2022, null]]),
  cn('Wang Lixia', ['Ван Лися'], [['Chairwoman of Inner Mongolia', 2021, null]]),
  cn('Lin Duo', ['Линь До'], [['Party Secretary of Gansu', 2017, 2021]]),
  cn(
    'Yin Hong',
    ['Инь Хун'],
    [
      ['Party Secretary of Gansu', 2021, 2022],
      ['Party Secretary of Jiangxi', 2022, null],
    ],
  ),
  cn('Liu Ning', ['Лю Нин'], [['Party Secretary of Henan', 2024, null]]),
  // China: ministers, the central bank, State Council and military leaders who meet Kazakh counterparts.
  cn('Huai Jinpeng', ['Хуай Цзиньпэн'], [['Minister of Education', 2021, null]]),
  cn('Sun Yeli', ['Сунь Ели'], [['Minister of Culture and Tourism', 2023, null]]),
  cn('Lan Foan', ['Лань Фоань'], [['Minister of Finance', 2023, null]]),
  cn('Wang Xiaohong', ['Ван Сяохун'], [['Minister of Public Security', 2022, null]]),
  cn('Ni Hong', ['Ни Хун'], [['Minister of Housing and Urban-Rural Development', 2022, null]]),
  cn('Li Guoying', ['Ли Гоин'], [['Minister of Water Resources', 2021, null]]),
  cn('Wang Guangqian', ['Ван Гуанцянь'], [['Minister of Natural Resources', 2022, null]]),
  cn('Pan Gongsheng', ['Пань Гуншэн'], [['Governor of the People’s Bank of China', 2023, null]]),
  cn('Yi Gang', [], [['Governor of the People’s Bank of China', 2018, 2023]]),
  cn('Zhang Youxia', ['Чжан Юся'], [['Vice Chairman of the Central Military Commission', 2017, null]]),
  cn('Dong Jun', ['Дун Цзюнь'], [['Minister of National Defense', 2023, null]]),
  cn(
    'Chen Wenqing',
    ['Чэнь Вэньцин'],
    [['Secretary of the Central Political and Legal Affairs Commission', 2022, null]],
  ),
  cn('Ma Yongsheng', ['Ма Юншэн'], [['Chairman of Sinopec', 2022, null]]),
  cn('Zhu Hexin', ['Чжу Хэсинь'], [['Chairman of CITIC Group', 2020, null]]),
  cn('Yu Jianfeng', ['Юй Цзяньфэн'], [['Chairman of CNNC', 2019, null]]),
  cn('Ren Zhengfei', ['Жэнь Чжэнфэй'], [['Founder of Huawei', 1987, null]]),
  // Kazakhstan: defence ministers (defence talks with the Chinese ambassador or the PLA).
  kz('Murat Bektanov', ['Мурат Бектанов'], [['Minister of Defence', 2021, 2022]]),
  kz('Ruslan Zhaksylykov', ['Руслан Жаксылыков'], [['Minister of Defence', 2022, 2025]]),
  kz('Dauren Kosanov', ['Даурен Косанов'], [['Minister of Defence', 2025, null]]),
  // Kazakhstan: envoys and heads of state companies.
  kz(
    'Gabit Koishibayev',
    ['Габит Койшибаев', 'Ғабит Қойшыбаев'],
    [['Ambassador to China', 2019, 2022]],
    ['Gabit Koishybayev'],
  ),
  kz(
    'Nurlan Zhakupov',
    ['Нурлан Жакупов', 'Нұрлан Жақыпов'],
    [['Chairman of the Board of Samruk-Kazyna', 2023, null]],
  ),
  kz(
    'Meirzhan Yussupov',
    ['Меиржан Юсупов', 'Мейіржан Юсупов'],
    [['Chairman of the Board of Kazatomprom', 2023, null]],
    ['Meirzhan Yusupov'],
  ),
];
