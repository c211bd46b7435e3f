/**
 * Chinese words of the relevance rules (data only). Han script has no word boundaries, so entries are matched as
 * substrings: each is long enough not to occur inside an unrelated word.
 */

/**
 * Kazakhstan's regions and regional cities as Kazinform's Chinese service and Xinhua write them: a regional
 * report («巴甫洛达尔州代表团赴华考察») names its side by the region, often by the short «西哈州» without «哈萨克斯坦».
 * Only forms no Chinese place shares: «突厥斯坦» alone is also a historical region, so it goes with «州/市».
 */
export const KZ_REGIONS_ZH = [
  ...['阿克莫拉', '阿克托别', '阿特劳', '江布尔', '卡拉干达', '科斯塔奈', '克孜勒奥尔达', '曼吉斯套'],
  ...['巴甫洛达尔', '突厥斯坦州', '突厥斯坦市', '阿拜州', '杰特苏州', '七河州', '乌勒套州'],
  ...['东哈州', '西哈州', '北哈州', '南哈州', '奇姆肯特', '希姆肯特', '阿克套', '塔拉兹', '科克舍套'],
  ...['彼得罗巴甫洛夫斯克', '乌斯季卡缅诺戈尔斯克', '厄斯克门', '塞米伊', '塔尔迪库尔干', '乌拉尔斯克'],
  ...['杰兹卡兹甘', '图尔克斯坦州'],
];

/** Kazakhstan, its head of state and its capitals. */
export const KZ_WORDS = [
  '哈萨克斯坦',
  '哈萨克',
  '哈方',
  '哈国',
  '托卡耶夫',
  '纳扎尔巴耶夫',
  '阿斯塔纳',
  '阿拉木图',
  '努尔苏丹',
  ...KZ_REGIONS_ZH,
];
/** China, its head of state and capital. */
export const CN_WORDS = [
  '中国',
  '中方',
  '中华人民共和国',
  '我国',
  '习近平',
  '北京',
  '外交部',
  '国务院',
  // A Xinjiang or provincial readout names its side by the region and its party committee.
  '新疆',
  '乌鲁木齐',
  '自治区党委',
  '省委书记',
  // A Chinese province's own readout names its governors, not China («副省长…在郑州会见…州长»): Kazakh regions
  // are «州» in Chinese, so «省长» and «省政府» are the Chinese side.
  '省长',
  '省政府',
  '省人民政府',
  '自治区主席',
  '自治区政府',
];
/** Phrases that name the pair as such («中哈关系», «中哈两国»). */
export const BILATERAL = ['中哈', '哈中', '两国元首', '两国外长', '两国关系', '双边关系', '双边合作'];
/** Formats of several countries: a story about them needs a bilateral part of its own. */
export const MULTILATERAL = [
  '中国－中亚',
  '中国-中亚',
  '中国–中亚',
  '中亚国家',
  '中国—中亚',
  '中亚五国',
  '上海合作组织',
  '上合组织',
  '金砖',
  '亚信',
];
/** Words that report the two sides dealing with each other. */
export const RELATION = [
  '会见',
  '会谈',
  '通电话',
  '访问',
  '合作',
  '签署',
  '关系',
  '贸易',
  '投资',
  '举行',
  '出席',
  '致电',
  '贺电',
  '磋商',
  // A regional delegation's trip: «代表团到访…», «与中国企业洽谈».
  '到访',
  '洽谈',
  '会面',
  '会晤',
  '晤谈',
  '共进晚餐',
  '代表团',
  // A leader's trip to the other side announced in the lead («托卡耶夫即将前往中国»).
  '前往',
];
/**
 * A meeting of the two. A state or official visit to the other side is the pair's own event, whatever summit
 * it also takes in.
 */
export const MEET = ['会见', '会谈', '通电话', '举行', '磋商', '接见', '国事访问', '正式访问'];
/** Other partners: a story dominated by one of them is not about Kazakhstan and China. */
export const OTHERS: Record<string, string[]> = {
  UZ: ['乌兹别克斯坦', '乌兹别克'],
  KG: ['吉尔吉斯斯坦', '吉尔吉斯'],
  TJ: ['塔吉克斯坦', '塔吉克'],
  TM: ['土库曼斯坦', '土库曼'],
  RU: ['俄罗斯', '俄方', '普京'],
  US: ['美国', '美方'],
  EU: ['欧盟'],
  JP: ['日本'],
  KR: ['韩国'],
  IN: ['印度'],
  PK: ['巴基斯坦'],
  MN: ['蒙古'],
  AZ: ['阿塞拜疆'],
  TR: ['土耳其'],
};
/** Frameworks by their Chinese names → the English names the other languages give. */
export const FRAMEWORKS_ZH: Record<string, readonly string[]> = {
  SCO: ['上海合作组织', '上合组织'],
  'Central Asia–China': ['中国－中亚', '中国-中亚', '中国–中亚', '中国—中亚'],
  'Belt and Road': ['一带一路'],
  CICA: ['亚信'],
  BRICS: ['金砖'],
  UN: ['联合国'],
};
