/** Chinese words for relative days (data only): the word → days from the publication day. */
export const RELATIVE_DAYS_ZH: Record<string, number> = {
  今天: 0,
  今日: 0,
  当天: 0,
  昨天: -1,
  昨日: -1,
  前天: -2,
  明天: 1,
  明日: 1,
};
/** Cue of a day given in the venue's time («当地时间4日»): the day counts, not the dateline's. */
export const LOCAL_TIME_ZH = ['当地时间', '北京时间'];
