/**
 * Venues the shared gazetteer (gazetteer/places.ts, owned elsewhere) does not hold yet: more Chinese and
 * Kazakh cities where bilateral events take place, and landmark venues that name their city ("the Great Hall
 * of the People" is in Beijing, the Akorda in Astana). General knowledge; merged with CITIES by location.ts.
 */
import type { City } from './gazetteer/index.ts';

/** Cities missing from the shared gazetteer. */
export const EXTRA_CITIES: City[] = [
  { name: 'Sanya', country: 'CN', variants: ['Sanya', 'Санья', 'Саньи'] },
  { name: 'Haikou', country: 'CN', variants: ['Haikou', 'Хайкоу'] },
  { name: 'Jinan', country: 'CN', variants: ['Jinan', 'Цзинань', 'Цзинане'] },
  { name: 'Wenzhou', country: 'CN', variants: ['Wenzhou', 'Вэньчжоу', 'Вэньчжоу'] },
  { name: 'Nanjing', country: 'CN', variants: ['Nanjing', 'Нанкин', 'Нанкине'] },
  { name: 'Harbin', country: 'CN', variants: ['Harbin', 'Харбин', 'Харбине'] },
  { name: 'Dalian', country: 'CN', variants: ['Dalian', 'Далянь', 'Даляне'] },
  { name: 'Xiamen', country: 'CN', variants: ['Xiamen', 'Сямэнь', 'Сямынь'] },
  { name: 'Kunming', country: 'CN', variants: ['Kunming', 'Куньмин', 'Куньмине'] },
  { name: 'Lanzhou', country: 'CN', variants: ['Lanzhou', 'Ланьчжоу'] },
  { name: 'Yinchuan', country: 'CN', variants: ['Yinchuan', 'Иньчуань', 'Иньчуане'] },
  { name: 'Hohhot', country: 'CN', variants: ['Hohhot', 'Хух-Хото', 'Хух-Хоте'] },
  { name: 'Zhengzhou', country: 'CN', variants: ['Zhengzhou', 'Чжэнчжоу'] },
  { name: 'Changsha', country: 'CN', variants: ['Changsha', 'Чанша'] },
  { name: 'Suzhou', country: 'CN', variants: ['Suzhou', 'Сучжоу'] },
  { name: 'Ningbo', country: 'CN', variants: ['Ningbo', 'Нинбо'] },
  { name: 'Yiwu', country: 'CN', variants: ['Yiwu', 'Иу'] },
  { name: 'Karamay', country: 'CN', variants: ['Karamay', 'Карамай', 'Карамае'] },
  { name: 'Yining', country: 'CN', variants: ['Yining', 'Ghulja', 'Кульджа', 'Кульдже', 'Инин', 'Құлжа'] },
  { name: 'Alashankou', country: 'CN', variants: ['Alashankou', 'Алашанькоу'] },
  { name: 'Korla', country: 'CN', variants: ['Korla', 'Корла'] },
  { name: 'Hong Kong', country: 'CN', variants: ['Hong Kong', 'Гонконг', 'Гонконге'] },
  { name: 'Ekibastuz', country: 'KZ', variants: ['Ekibastuz', 'Экибастуз', 'Екібастұз'] },
  { name: 'Zhezkazgan', country: 'KZ', variants: ['Zhezkazgan', 'Жезказган', 'Жезқазған'] },
  { name: 'Temirtau', country: 'KZ', variants: ['Temirtau', 'Темиртау', 'Теміртау'] },
  { name: 'Balkhash', country: 'KZ', variants: ['Balkhash', 'Балхаш', 'Балқаш'] },
  { name: 'Zhanaozen', country: 'KZ', variants: ['Zhanaozen', 'Жанаозен', 'Жаңаөзен'] },
  { name: 'Zhanatas', country: 'KZ', variants: ['Zhanatas', 'Жанатас', 'Жаңатас'] },
  { name: 'Burabay', country: 'KZ', variants: ['Burabay', 'Borovoe', 'Бурабай', 'Боровое', 'Боровом'] },
  { name: 'Turkestan', country: 'KZ', variants: ['Turkistan'] },
  { name: 'Macao', country: 'CN', variants: ['Macao', 'Macau', 'Макао'] },
  { name: 'Davos', country: 'CH', variants: ['Davos', 'Давос', 'Давосе'] },
  {
    name: 'Saint Petersburg',
    country: 'RU',
    variants: ['Saint Petersburg', 'St. Petersburg', 'Санкт-Петербург', 'Санкт-Петербурге'],
  },
  { name: 'Baku', country: 'AZ', variants: ['Baku', 'Баку'] },
  { name: 'Minsk', country: 'BY', variants: ['Minsk', 'Минск', 'Минске'] },
  {
    name: 'Ulaanbaatar',
    country: 'MN',
    variants: ['Ulaanbaatar', 'Ulan Bator', 'Улан-Батор', 'Улан-Баторе'],
  },
  { name: 'Baikonur', country: 'KZ', variants: ['Baikonur', 'Байконур', 'Байқоңыр'] },
];

/** Landmark venues and their city. Spellings in any script; matched like city variants. */
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
