import { cn, kz } from './entry.ts';
import type { GazetteerPerson } from './types.ts';

/**
 * More officials of both sides who meet, sign or speak across the border (public record): Kazakh ministers
 * of 2022–2025, Chinese state councillors, ministers, vice foreign ministers and the party
 * secretaries of Beijing and Tianjin. Cyrillic forms give the Russian and, where it differs, the Kazakh spelling;
 * years are those of the post (approximate where a handover fell mid-year).
 */

/** See the module comment. */
export const EXTRA_PEOPLE_EN7: GazetteerPerson[] = [
  // Kazakhstan: government.
  kz(
    'Yersayin Nagaspayev',
    ['Ерсайын Нагаспаев', 'Ерсайын Нағаспаев'],
    [['Minister of Industry and Construction', 2024, null]],
    ['Yersaiyn Nagaspayev', 'Ersaiyn Nagaspaev'],
  ),
  kz(
    'Gani Beisembayev',
    ['Гани Бейсембаев', 'Ғани Бейсембаев'],
    [['Minister of Education', 2023, null]],
    ['Gani Beisembaev'],
  ),
  kz(
    'Chingis Arinov',
    ['Чингис Аринов', 'Шыңғыс Арінов'],
    [['Minister of Emergency Situations', 2024, null]],
  ),
  kz(
    'Yerzhan Sadenov',
    ['Ержан Саденов', 'Ержан Сәденов'],
    [['Minister of Internal Affairs', 2024, null]],
    ['Erzhan Sadenov'],
  ),
  // China: State Council and ministries.
  cn('Shen Yiqin', ['Шэнь Ицинь'], [['State Councilor', 2023, null]]),
  cn('Wu Zhenglong', ['У Чжэнлун'], [['Secretary-General of the State Council', 2023, null]]),
  cn('Wang Guanghua', ['Ван Гуанхуа'], [['Minister of Natural Resources', 2022, null]]),
  cn('Wang Xiangxi', ['Ван Сянси'], [['Minister of Emergency Management', 2022, null]]),
  cn('Yin Hejun', ['Инь Хэцзюнь'], [['Minister of Science and Technology', 2023, null]]),
  cn('Deng Li', ['Дэн Ли'], [['Vice Minister of Foreign Affairs', 2022, null]]),
  cn('Miao Deyu', ['Мяо Дэюй'], [['Vice Minister of Foreign Affairs', 2023, null]]),
  cn('Li Ganjie', ['Ли Ганьцзе'], [['Member of the Politburo', 2022, null]]),
  cn('Shi Taifeng', ['Ши Тайфэн'], [['Member of the Politburo', 2022, null]]),
  cn('Li Shulei', ['Ли Шулэй'], [['Head of the Publicity Department of the CPC', 2022, null]]),
  // China: municipalities.
  cn('Yin Li', ['Инь Ли'], [['Party Secretary of Beijing', 2022, null]]),
  cn('Yin Yong', ['Инь Юн'], [['Mayor of Beijing', 2022, null]]),
  cn('Chen Miner', ['Чэнь Миньэр'], [['Party Secretary of Tianjin', 2022, null]]),
  cn('Hu Henghua', ['Ху Хэнхуа'], [['Mayor of Chongqing', 2022, null]]),
];
