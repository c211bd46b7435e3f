/**
 * Chinese words for a trip to a country as a whole (data only, read by ../../zh/place.ts): «首站抵达哈萨克斯坦»,
 * «对中国进行国事访问». A visit to a country takes place in the city the report names as its arrival or venue, else
 * in the capital, as the other packs' `countryTrip` lists say (../en/places-cues.ts).
 */

/** Verbs of travel right before the country's name. */
export const COUNTRY_TRIP_ZH = ['抵达', '到达', '飞抵', '访问', '到访', '出访', '前往'];
/** «对哈萨克斯坦进行国事访问»: the country between «对» and one of these, then a visit noun. */
export const COUNTRY_VISIT_ZH = ['进行', '展开'];

/** The two sides' names, as written right after a trip word, by country code. */
export const COUNTRIES_ZH: Record<'KZ' | 'CN', readonly string[]> = {
  KZ: ['哈萨克斯坦', '哈国'],
  CN: ['中国'],
};

/** Words that make a trip or a place one still to come («将于9月访问中国»): no venue of this event. */
export const TRIP_AHEAD_ZH = ['将', '拟', '计划', '邀请'];
