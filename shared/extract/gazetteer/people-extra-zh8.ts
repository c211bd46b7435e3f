import type { GazetteerPerson } from './types.ts';

/**
 * Round-8 Han forms: the transcriptions Kazinform's Chinese service and Chinese mirrors write for Kazakh officials
 * the gazetteer lists under another Han form (Kazinform renders «Көшеров» as «阔谢若夫», Xinhua as «库谢罗夫»).
 * Joined by the English name, like ./people-extra-zh7.ts.
 */
export const ZH_FORMS_EXTRA8: Record<string, readonly string[]> = {
  'Nuralkhan Kusherov': ['阔谢若夫', '努拉尔汗·阔谢若夫', '阔舍罗夫'],
  'Nurlan Baibazarov': ['巴伊巴扎罗夫', '努尔兰·巴伊巴扎罗夫', '巴依巴扎罗夫'],
  'Olzhas Bektenov': ['别克特诺夫', '奥尔扎斯·别克特诺夫'],
  'Almasadam Satkaliyev': ['阿尔马萨达姆·萨特卡利耶夫', '萨特卡里耶夫'],
  'Yerbol Karashukeyev': ['叶尔博尔·卡拉舒克耶夫'],
  'Yermek Kosherbayev': ['叶尔梅克·科舍尔巴耶夫', '科谢尔巴耶夫'],
};

/** Chinese officials of Kazakh dialogues the shared gazetteer does not list, with their Han forms. */
export const ZH_ONLY_PEOPLE8: Array<GazetteerPerson & { zh: readonly string[] }> = [
  {
    name: 'Ning Jizhe',
    cyr: ['Нин Цзичжэ'],
    country: 'CN',
    // Co-chaired the China–Kazakhstan capacity and investment dialogue for the NDRC.
    roles: [['Vice Chairman of the National Development and Reform Commission', 2015, 2023]],
    zh: ['宁吉喆'],
  },
];
