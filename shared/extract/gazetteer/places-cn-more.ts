import type { Place } from './place-types.ts';

/**
 * China, second list: the prefectures and cities of Xinjiang that Kazakh regions deal with across the border
 * (Ili, Altay, Tacheng, Bortala, Changji, Hami …), the remaining province-level regions, and prefecture-level
 * cities of the neighbouring and partner provinces that twin with Kazakh cities. Aliases that are also Kazakh
 * places or plain words are written in full only ("Altay Prefecture", never "Altay"; no "Aksu", a Kazakh town too).
 */
export const CN_PLACES_MORE: Place[] = [
  {
    name: 'Ili',
    country: 'CN',
    kind: 'region',
    aliases: [
      'Ili Kazakh Autonomous Prefecture',
      'Ili Prefecture',
      'Ili Kazak Autonomous Prefecture',
      'Или-Казахский автономный округ',
      'Или-Казахского автономного округа',
      'Илийско-Казахский автономный округ',
      'Илийско-Казахского автономного округа',
      'Іле Қазақ автономиялық облысы',
    ],
  },
  {
    name: 'Altay Prefecture',
    country: 'CN',
    kind: 'region',
    aliases: [
      'Altay Prefecture',
      'Altay prefecture',
      'Aletai',
      'Алтайский округ СУАР',
      'Алтайского округа СУАР',
    ],
  },
  {
    name: 'Bortala',
    country: 'CN',
    kind: 'region',
    aliases: ['Bortala', 'Bortala Mongol Autonomous Prefecture', 'Боро-Тала', 'Бортала'],
  },
  { name: 'Changji', country: 'CN', kind: 'city', aliases: ['Changji', 'Чанцзи', 'Санжы'] },
  { name: 'Hami', country: 'CN', kind: 'city', aliases: ['Hami', 'Kumul', 'Хами', 'Кумул'] },
  { name: 'Hotan', country: 'CN', kind: 'city', aliases: ['Hotan', 'Khotan', 'Хотан'] },
  { name: 'Kuytun', country: 'CN', kind: 'city', aliases: ['Kuytun', 'Kuitun', 'Куйтун'] },
  { name: 'Bole', country: 'CN', kind: 'city', aliases: ['Bole city', 'Bole City'] },
  { name: 'Atush', country: 'CN', kind: 'city', aliases: ['Atush', 'Artux', 'Атуш'] },
  { name: 'Bayingolin', country: 'CN', kind: 'region', aliases: ['Bayingolin', 'Баянгол', 'Баян-Гол'] },
  {
    name: 'Kizilsu',
    country: 'CN',
    kind: 'region',
    aliases: ['Kizilsu', 'Kizilsu Kirghiz Autonomous Prefecture', 'Кызылсу'],
  },
  { name: 'Manzhouli', country: 'CN', kind: 'city', aliases: ['Manzhouli', 'Маньчжурия'] },
  { name: 'Erenhot', country: 'CN', kind: 'city', aliases: ['Erenhot', 'Erlian', 'Эрэн-Хото', 'Эрлянь'] },
  { name: 'Jiayuguan', country: 'CN', kind: 'city', aliases: ['Jiayuguan', 'Цзяюйгуань'] },
  { name: 'Wuwei', country: 'CN', kind: 'city', aliases: ['Wuwei', 'Увэй'] },
  { name: 'Zhangye', country: 'CN', kind: 'city', aliases: ['Zhangye', 'Чжанъе'] },
  { name: 'Tianshui', country: 'CN', kind: 'city', aliases: ['Tianshui', 'Тяньшуй'] },
  { name: 'Baoji', country: 'CN', kind: 'city', aliases: ['Baoji', 'Баоцзи'] },
  { name: "Yan'an", country: 'CN', kind: 'city', aliases: ["Yan'an", 'Yan’an', 'Yanan', 'Яньань'] },
  { name: 'Xianyang', country: 'CN', kind: 'city', aliases: ['Xianyang', 'Сяньян'] },
  { name: 'Zhangjiakou', country: 'CN', kind: 'city', aliases: ['Zhangjiakou', 'Чжанцзякоу'] },
  { name: 'Tangshan', country: 'CN', kind: 'city', aliases: ['Tangshan', 'Таншань'] },
  { name: 'Baoding', country: 'CN', kind: 'city', aliases: ['Baoding', 'Баодин'] },
  { name: 'Langfang', country: 'CN', kind: 'city', aliases: ['Langfang', 'Ланфан'] },
  { name: 'Xuzhou', country: 'CN', kind: 'city', aliases: ['Xuzhou', 'Сюйчжоу'] },
  { name: 'Rizhao', country: 'CN', kind: 'city', aliases: ['Rizhao', 'Жичжао'] },
  { name: 'Weifang', country: 'CN', kind: 'city', aliases: ['Weifang', 'Вэйфан'] },
  { name: 'Zibo', country: 'CN', kind: 'city', aliases: ['Zibo', 'Цзыбо'] },
  { name: 'Kaifeng', country: 'CN', kind: 'city', aliases: ['Kaifeng', 'Кайфэн'] },
  { name: 'Jinhua', country: 'CN', kind: 'city', aliases: ['Jinhua', 'Цзиньхуа'] },
  { name: 'Quanzhou', country: 'CN', kind: 'city', aliases: ['Quanzhou', 'Цюаньчжоу'] },
  { name: 'Foshan', country: 'CN', kind: 'city', aliases: ['Foshan', 'Фошань'] },
  { name: 'Dongguan', country: 'CN', kind: 'city', aliases: ['Dongguan', 'Дунгуань'] },
  { name: 'Daqing', country: 'CN', kind: 'city', aliases: ['Daqing', 'Дацин'] },
  { name: 'Ordos', country: 'CN', kind: 'city', aliases: ['Ordos', 'Ордос'] },
  {
    name: 'Inner Mongolia',
    country: 'CN',
    kind: 'region',
    aliases: ['Inner Mongolia', 'Внутренняя Монголия', 'Внутренней Монголии', 'Ішкі Моңғолия'],
  },
  { name: 'Tibet', country: 'CN', kind: 'region', aliases: ['Tibet', 'Тибет'] },
];
