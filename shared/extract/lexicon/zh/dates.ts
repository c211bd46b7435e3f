/** Chinese words for relative days (data only): the word → days from the publication day. */
export const RELATIVE_DAYS_ZH: Record<string, number> = {
  今天: 0,
  今日: 0,
  当天: 0,
  当晚: 0,
  今晨: 0,
  昨晚: -1,
  昨天: -1,
  昨日: -1,
  前天: -2,
  明天: 1,
  明日: 1,
};
/** Cue of a day given in the venue's time («当地时间4日»): the day counts, not the dateline's. */
export const LOCAL_TIME_ZH = ['当地时间', '北京时间'];
/** Beijing's clock: a day given in it yields to the venue's day when the sentence has both. */
export const BEIJING_TIME_ZH = ['北京时间'];
/** What follows a bare day «13日» that is an event's day (not «13日电», a dateline, or a count of days). */
export const DAY_FOLLOWERS_ZH = [
  '[上下中晚早凌傍]',
  '在',
  '，',
  ',',
  '同',
  '与',
  '和',
  '起',
  '至',
  '举行',
  '会见',
  '会晤',
  // «访问», «访华», «访哈».
  '访',
  '出席',
  '表示',
  '说',
  '召开',
  '签署',
  '抵达',
  '发表',
  '致电',
  '通电话',
  '接受',
  '宣布',
  '对',
  '赴',
  '于',
  // «在3日的会见中», «3日的会谈»: the day of the event named after «的».
  '的(?:会|签|仪式|活动|论坛|访问|通话)',
  // Setting out and arriving: «7日开启访问», «3日启程», «5日飞抵». Not «结束» (ended): a report opening with a
  // visit's end tells its events on the days after.
  '开启',
  '开始',
  '启程',
  '飞抵',
  '到访',
  '到达',
  '前往',
  '主持',
  '见证',
  '参加',
  '接见',
];
/** Agencies and papers whose copy opens with a dateline «新华社阿斯塔纳9月14日电» (any «…X月X日电» is one too). */
export const AGENCIES_ZH = [
  '新华社',
  '人民网',
  '中新社',
  '中新网',
  '央视新闻',
  '央视网',
  '国际在线',
  '人民日报',
  '本报',
  '中国日报',
  '光明日报',
  '经济日报',
  '哈通社',
  '哈萨克斯坦国际通讯社',
  '哈萨克国际通讯社',
  '环球网',
  '天山网',
  '卫星通讯社',
  '塔斯社',
];
/** Words of arriving: a visit's day is its arrival day, even when the report opens with its end («结束访问»). */
export const ARRIVAL_ZH = ['抵达', '飞抵', '到达', '抵京', '抵哈'];
/** Words that name a weekday before its day character («周三», «星期五», «礼拜天»). */
export const WEEK_WORDS_ZH = ['星期', '礼拜', '周'];
/** The day characters after a week word, by JavaScript's weekday number (Sunday 0). */
export const WEEKDAYS_ZH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0 };
/** A week word's prefix that moves it a week back or ahead («上周五» last week's, «下周一» next week's). */
export const WEEK_SHIFT_ZH: Record<string, number> = { 上: -7, 下: 7, 本: 0, 这: 0 };
/**
 * Relative days counted from another day the text names, not from the publication («11月3日抵达，次日会谈»):
 * the word → days after that day.
 */
export const FOLLOWING_DAYS_ZH: Record<string, number> = { 次日: 1, 翌日: 1, 第二天: 1, 同日: 0, 同一天: 0 };
/**
 * A day still to come in its clause («将于7月2日», «拟于25日», «定于下月3日»): an announcement may name a day weeks
 * after its publication, which is then this year's (or this month's), not last year's.
 */
export const AHEAD_ZH = ['将于', '将在', '拟于', '定于', '计划于', '预计于', '将'];
/** Months named relative to the publication's («上月25日», «本月3日», «下月5日»): the word → months from it. */
export const MONTHS_REL_ZH: Record<string, number> = { 上: -1, 本: 0, 这: 0, 下: 1 };
/**
 * A visit's opening told before the talks of a later day («于27日开始对哈萨克斯坦进行正式访问。28日上午，…举行会谈»):
 * a meeting report is dated by its talks, not by the trip's first day.
 */
export const VISIT_OPENING_ZH = ['开始对', '抵达', '飞抵', '到访'];
/** The talks such a report is about. */
export const TALKS_ZH = ['会谈', '会见', '会晤', '会面'];
/**
 * «近日», «日前»: the report says its event happened some days ago, not on the publication day. With no date in
 * the lead, the day is then unknown (null), not the page's day (a trap in the real labels).
 */
export const RECENTLY_ZH = ['近日', '日前', '前不久', '此前不久', '近期'];
/**
 * Words that cite another outlet as the report's source («据哈通社报道», «来源：新华网», «转自人民网»): before an
 * agency of `AGENCIES_ZH`. A page that relays another outlet is dated by the relay, often a day or more after the
 * first outlet's story: with no day in its text, its page day is not the event's.
 */
export const RELAY_CITES_ZH = ['据', '援引', '转自', '转载自', '来源：', '来源:', '稿源：', '稿源:'];
