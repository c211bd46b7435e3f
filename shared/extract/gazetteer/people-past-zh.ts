import type { GazetteerPerson } from './types.ts';

/** One row: English name, Russian form, country, roles, Han forms (a dotted full form first where one is usual). */
type Row = [name: string, cyr: string, country: 'CN' | 'KZ', roles: GazetteerPerson['roles'], zh: string[]];

/**
 * Leaders of China and Kazakhstan since diplomatic ties began (1992) that Chinese reports name, above all in
 * background paragraphs (earlier premiers, co-chairs, foreign ministers): the gazetteer must know them so that
 * a past leader is recognised (and then kept out of the event by the clause rules) instead of being missed or
 * misread. General public knowledge; roles with their years.
 */
const ROWS: Row[] = [
  // China: heads of state, premiers, vice-premiers, vice-presidents, legislature, foreign and other ministers.
  ['Jiang Zemin', 'Цзян Цзэминь', 'CN', [['President', 1993, 2003]], ['江泽民']],
  [
    'Li Peng',
    'Ли Пэн',
    'CN',
    [
      ['Premier of the State Council', 1988, 1998],
      ['Chairman of the NPC Standing Committee', 1998, 2003],
    ],
    ['李鹏'],
  ],
  [
    'Zhu Rongji',
    'Чжу Жунцзи',
    'CN',
    [
      ['Vice Premier', 1993, 1998],
      ['Premier of the State Council', 1998, 2003],
    ],
    ['朱镕基'],
  ],
  ['Qiao Shi', 'Цяо Ши', 'CN', [['Chairman of the NPC Standing Committee', 1993, 1998]], ['乔石']],
  ['Li Ruihuan', 'Ли Жуйхуань', 'CN', [['Chairman of the CPPCC National Committee', 1993, 2003]], ['李瑞环']],
  ['Rong Yiren', 'Жун Ижэнь', 'CN', [['Vice President', 1993, 1998]], ['荣毅仁']],
  ['Zeng Qinghong', 'Цзэн Цинхун', 'CN', [['Vice President', 2003, 2008]], ['曾庆红']],
  [
    'Wu Bangguo',
    'У Банго',
    'CN',
    [
      ['Vice Premier', 1995, 2003],
      ['Chairman of the NPC Standing Committee', 2003, 2013],
    ],
    ['吴邦国'],
  ],
  [
    'Jia Qinglin',
    'Цзя Цинлинь',
    'CN',
    [['Chairman of the CPPCC National Committee', 2003, 2013]],
    ['贾庆林'],
  ],
  ['Li Lanqing', 'Ли Ланьцин', 'CN', [['Vice Premier', 1993, 2003]], ['李岚清']],
  [
    'Qian Qichen',
    'Цянь Цичэнь',
    'CN',
    [
      ['Minister of Foreign Affairs', 1988, 1998],
      ['Vice Premier', 1993, 2003],
    ],
    ['钱其琛'],
  ],
  ['Huang Ju', 'Хуан Цзюй', 'CN', [['Vice Premier', 2003, 2007]], ['黄菊']],
  ['Zeng Peiyan', 'Цзэн Пэйянь', 'CN', [['Vice Premier', 2003, 2008]], ['曾培炎']],
  ['Hui Liangyu', 'Хуэй Лянъюй', 'CN', [['Vice Premier', 2003, 2013]], ['回良玉']],
  [
    'Wang Zhaoguo',
    'Ван Чжаого',
    'CN',
    [['Vice Chairman of the NPC Standing Committee', 2003, 2013]],
    ['王兆国'],
  ],
  [
    'Tang Jiaxuan',
    'Тан Цзясюань',
    'CN',
    [
      ['Minister of Foreign Affairs', 1998, 2003],
      ['State Councilor', 2003, 2008],
    ],
    ['唐家璇'],
  ],
  ['Li Zhaoxing', 'Ли Чжаосин', 'CN', [['Minister of Foreign Affairs', 2003, 2007]], ['李肇星']],
  ['Bo Xilai', 'Бо Силай', 'CN', [['Minister of Commerce', 2004, 2007]], ['薄熙来']],
  ['Chen Deming', 'Чэнь Дэмин', 'CN', [['Minister of Commerce', 2007, 2013]], ['陈德铭']],
  [
    'Zhang Ping',
    'Чжан Пин',
    'CN',
    [['Chairman of the National Development and Reform Commission', 2008, 2013]],
    ['张平'],
  ],
  [
    'Xu Shaoshi',
    'Сюй Шаоши',
    'CN',
    [['Chairman of the National Development and Reform Commission', 2013, 2017]],
    ['徐绍史'],
  ],
  ['Chi Haotian', 'Чи Хаотянь', 'CN', [['Minister of National Defense', 1993, 2003]], ['迟浩田']],
  ['Cao Gangchuan', 'Цао Ганчуань', 'CN', [['Minister of National Defense', 2003, 2008]], ['曹刚川']],
  ['Liang Guanglie', 'Лян Гуанле', 'CN', [['Minister of National Defense', 2008, 2013]], ['梁光烈']],
  ['Chang Wanquan', 'Чан Ваньцюань', 'CN', [['Minister of National Defense', 2013, 2018]], ['常万全']],
  ['Li Shangfu', 'Ли Шанфу', 'CN', [['Minister of National Defense', 2023, 2023]], ['李尚福']],
  ['Zhou Xiaopei', 'Чжоу Сяопэй', 'CN', [['Ambassador of China to Kazakhstan', 2001, 2003]], ['周晓沛']],
  // Kazakhstan: prime ministers, the vice-president, chairs of parliament, deputy premiers, regional heads.
  ['Sergey Tereshchenko', 'Сергей Терещенко', 'KZ', [['Prime Minister', 1991, 1994]], ['捷列先科']],
  [
    'Akezhan Kazhegeldin',
    'Акежан Кажегельдин',
    'KZ',
    [['Prime Minister', 1994, 1997]],
    ['卡热格利金', '卡热格尔金'],
  ],
  [
    'Nurlan Balgimbayev',
    'Нурлан Балгимбаев',
    'KZ',
    [['Prime Minister', 1997, 1999]],
    ['巴尔金巴耶夫', '巴尔吉姆巴耶夫'],
  ],
  ['Yerik Asanbayev', 'Ерик Асанбаев', 'KZ', [['Vice President', 1991, 1996]], ['阿桑巴耶夫']],
  ['Zharmakhan Tuyakbay', 'Жармахан Туякбай', 'KZ', [['Chairman of the Mazhilis', 1999, 2004]], ['图亚克拜']],
  [
    'Ural Mukhamedzhanov',
    'Урал Мухамеджанов',
    'KZ',
    [['Chairman of the Mazhilis', 2004, 2012]],
    ['穆哈梅占诺夫', '穆哈梅德扎诺夫'],
  ],
  [
    'Nurtay Abykayev',
    'Нуртай Абыкаев',
    'KZ',
    [['Chairman of the Senate', 1999, 2007]],
    ['阿贝卡耶夫', '阿比卡耶夫'],
  ],
  ['Kairat Mami', 'Кайрат Мами', 'KZ', [['Chairman of the Senate', 2011, 2013]], ['卡伊拉特·马米', '马米']],
  [
    'Yerbol Orynbayev',
    'Ербол Орынбаев',
    'KZ',
    [['Deputy Prime Minister', 2007, 2013]],
    ['奥伦巴耶夫', '奥林巴耶夫'],
  ],
  [
    'Grigori Marchenko',
    'Григорий Марченко',
    'KZ',
    [
      ['Governor of the National Bank', 1999, 2004],
      ['Governor of the National Bank', 2009, 2013],
    ],
    ['马尔琴科'],
  ],
  ['Beibut Isabayev', 'Бейбут Исабаев', 'KZ', [['Akim of Zhetysu Region', 2022, null]], ['伊萨巴耶夫']],
];

/** The rows as gazetteer entries with their Han forms (read by ../zh/names.ts through people-more-zh.ts). */
export const ZH_PAST_PEOPLE: Array<GazetteerPerson & { zh: readonly string[] }> = ROWS.map(
  ([name, cyr, country, roles, zh]) => ({ name, cyr: [cyr], country, roles, zh }),
);
