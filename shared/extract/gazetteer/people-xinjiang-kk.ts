import { cn } from './entry.ts';
import type { GazetteerPerson } from './types.ts';

/**
 * Xinjiang's leaders of 2010–2025 that a Kazakh minister or akim meets on a trip to Ürümqi and the gazetteer's
 * other files lack: deputy party secretaries, the Corps' (XPCC) commissars and commanders, Ürümqi's heads, the
 * political-legal chiefs, and the region's Kazakh officials. The Xinjiang pinyin spelling and the
 * soft-sign-free form of each are derived (./forms-kk.ts); the matcher adds the case endings («Ли Ифэймен»).
 * Years are the public record's, to the year; a role is only the label shown beside the name.
 */
export const XINJIANG_PEOPLE_KK: GazetteerPerson[] = [
  cn(
    'Li Yifei',
    ['Ли Ифэй', 'Ли Ифей'],
    [['Deputy Party Secretary of Xinjiang, Political Commissar of the XPCC', 2021, null]],
  ),
  cn(
    'He Zhongyou',
    ['Хэ Чжунъю', 'Хэ Чжунью', 'Хе Жұңиу'],
    [['Deputy Party Secretary of Xinjiang, Party Secretary of Urumqi', 2021, null]],
  ),
  cn('Zhang Zhu', ['Чжан Чжу', 'Жаң Жу'], [['Deputy Party Secretary of Xinjiang', 2022, null]]),
  cn(
    'Wang Mingshan',
    ['Ван Миншань', 'Уаң Миңшан'],
    [['Secretary of the Political and Legal Affairs Commission of Xinjiang', 2020, null]],
  ),
  cn(
    'Huang Sanping',
    ['Хуан Саньпин', 'Хуаң Санпиң'],
    [['Official of Xinjiang (political and legal affairs, Urumqi)', 2018, null]],
  ),
  cn('Xu Hairong', ['Сюй Хайжун', 'Шу Хайруң'], [['Party Secretary of Urumqi', 2016, 2021]]),
  cn('Yasin Nasir', ['Ясин Насир', 'Ясын Насыр', 'Ясен Насыр'], [['Mayor of Urumqi', 2017, 2021]]),
  cn(
    'Sun Jinlong',
    ['Сунь Цзиньлун', 'Сұн Жинлұң'],
    [['Political Commissar of the Xinjiang Production and Construction Corps', 2016, 2020]],
  ),
  cn(
    'Che Jun',
    ['Чэ Цзюнь', 'Че Жүн'],
    [['Deputy Party Secretary of Xinjiang, Political Commissar of the XPCC', 2011, 2013]],
  ),
  cn(
    'Peng Jiarui',
    ['Пэн Цзяжуй', 'Пең Жяруй'],
    [['Commander of the Xinjiang Production and Construction Corps', 2016, 2022]],
  ),
  cn(
    'Li Xuejun',
    ['Ли Сюэцзюнь', 'Ли Шүежүн'],
    [['Member of the Standing Committee of the Xinjiang Party Committee', 2013, 2018]],
  ),
  cn('Han Yong', ['Хань Юн', 'Хан Юң'], [['Deputy Party Secretary of Xinjiang', 2013, 2016]]),
  cn(
    'Chen Weijun',
    ['Чэнь Вэйцзюнь', 'Чен Уейжүн'],
    [['Executive Vice Chairman of the Xinjiang Uygur Autonomous Region', 2021, null]],
  ),
  // Kazakh officials of Xinjiang, written in Kazakh with the patronymic form («Кәбенұлы»).
  cn(
    'Kadan Kabenuly',
    ['Кадан Кабенулы', 'Қадан Кәбенұлы'],
    [['Secretary-General of the Xinjiang Party Committee', 2021, null]],
  ),
];

/**
 * More Kazakh spellings of Xinjiang's Uyghur leaders and of Xi Jinping (by English name, joined to their
 * entries): Latin-script sites converted back to Cyrillic write «Шы Жіпің», «Сы Сзініпін»; the Uyghur names
 * vary their vowels («Әркін», «Шөкрат»).
 */
export const XINJIANG_FORMS_KK: Record<string, readonly string[]> = {
  'Xi Jinping': ['Шы Жіпің', 'Шы Жиңпиң', 'Ши Жінпің', 'Сы Сзініпін', 'Си Жиңпиң'],
  'Erkin Tuniyaz': ['Әркін Тұнияз', 'Эркин Тунияз', 'Еркін Тониязи', 'Еркин Тунияз'],
  'Shohrat Zakir': ['Шөкрат Закір', 'Шухрат Закир', 'Шохрат Закир', 'Шөһрәт Закир'],
  'Nur Bekri': ['Нұр Бәкри', 'Нур Бекри'],
  'Zhu Hailun': ['Жу Хайлұн', 'Чжу Хайлун'],
};
