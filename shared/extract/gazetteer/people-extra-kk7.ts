import { cn, kz } from './entry.ts';
import type { GazetteerPerson } from './types.ts';

/**
 * Officials that Kazakh-language reports of KZ–CN contacts name and the other gazetteer files lack: Kazakh
 * ministers, vice ministers and city officials of the 2020s, and the Chinese ministers, mayors and governors a
 * Kazakh delegation meets. Kazakh and Russian spellings are both listed (the folded forms differ: «Құшықова»
 * and «Кушикова»). Years are the public record's, to the year; a role is only the label shown beside the name.
 */
export const KK7_PEOPLE: GazetteerPerson[] = [
  kz(
    'Yersayin Nagaspayev',
    ['Ерсайын Нағаспаев', 'Ерсайын Нагаспаев'],
    [['Minister of Industry and Construction', 2024, null]],
  ),
  kz('Gani Beisembayev', ['Ғани Бейсембаев', 'Гани Бейсембаев'], [['Minister of Education', 2023, null]]),
  kz(
    'Kairat Torebayev',
    ['Қайрат Төребаев', 'Кайрат Торебаев'],
    [['Vice Minister of Trade and Integration', 2021, null]],
  ),
  kz(
    'Zhanel Kushukova',
    ['Жанел Құшықова', 'Жанель Кушукова'],
    [['Vice Minister of Trade and Integration', 2022, null]],
  ),
  kz(
    'Aizhan Bizhanova',
    ['Айжан Біжанова', 'Айжан Бижанова'],
    [['Vice Minister of Trade and Integration', 2022, null]],
  ),
  kz(
    'Zhanat Nurpeisov',
    ['Жанат Нұрпейісов', 'Жанат Нурпеисов'],
    [['Secretary of the Astana City Maslikhat', 2012, 2019]],
  ),
  cn('Shi Xiaolin', ['Ши Сяолинь'], [['Governor of Sichuan', 2024, null]]),
  cn('Hu Henghua', ['Ху Хэнхуа'], [['Mayor of Chongqing', 2022, null]]),
  cn('Zhang Gong', ['Чжан Гун'], [['Mayor of Tianjin', 2022, null]]),
  cn('Yin Yong', ['Инь Юн'], [['Mayor of Beijing', 2023, null]]),
  cn(
    'Sun Hongmei',
    ['Сунь Хунмэй', 'Сунь Хунмей'],
    [['Vice Chairwoman of the Xinjiang Uygur Autonomous Region', 2021, null]],
  ),
  cn('Li Ganjie', ['Ли Ганьцзе'], [['Head of the Organization Department of the CPC', 2022, null]]),
  cn('Wang Xiangxi', ['Ван Сянси'], [['Minister of Emergency Management', 2022, null]]),
  cn('Wang Guanghua', ['Ван Гуанхуа'], [['Minister of Natural Resources', 2022, null]]),
  cn('Jin Zhuanglong', ['Цзинь Чжуанлун'], [['Minister of Industry and Information Technology', 2022, null]]),
  cn('Wang Zhigang', ['Ван Чжиган'], [['Minister of Science and Technology', 2018, 2023]]),
  cn('Lan Fo’an', ['Лань Фоань'], [['Minister of Finance', 2024, null]]),
  cn('Wang Xiaoping', ['Ван Сяопин'], [['Minister of Human Resources and Social Security', 2022, null]]),
];
