/**
 * English words for event dates: month and weekday names, relative day words with their offset in days, and
 * the cues that make a date something other than the event's day (a rule "enters into force on", a report
 * "announced on", a range "until"). Data only.
 */
export const DATES_EN = {
  /** Month names and abbreviations with their number; a trailing dot is allowed after any of them. */
  months: [
    ['january', 1],
    ['jan', 1],
    ['february', 2],
    ['feb', 2],
    ['march', 3],
    ['mar', 3],
    ['april', 4],
    ['apr', 4],
    ['may', 5],
    ['june', 6],
    ['jun', 6],
    ['july', 7],
    ['jul', 7],
    ['august', 8],
    ['aug', 8],
    ['september', 9],
    ['sept', 9],
    ['sep', 9],
    ['october', 10],
    ['oct', 10],
    ['november', 11],
    ['nov', 11],
    ['december', 12],
    ['dec', 12],
  ] as [string, number][],
  /** Weekday names (0 = Sunday) and the words that may stand before them ("on Tuesday", "last Friday"). */
  weekdays: [
    ['sunday', 0],
    ['monday', 1],
    ['tuesday', 2],
    ['wednesday', 3],
    ['thursday', 4],
    ['friday', 5],
    ['saturday', 6],
  ] as [string, number][],
  weekdayLead: ['on', 'last', 'this', 'early on', 'late on'],
  /** Relative day words and how many days before the report they point to. */
  relative: [
    ['today', 0],
    ['tonight', 0],
    ['this morning', 0],
    ['this afternoon', 0],
    ['this evening', 0],
    ['yesterday', 1],
    ['the day before yesterday', 2],
    ['last week', 7],
  ] as [string, number][],
  /**
   * Days counted from the date told before them, not from the report's day ("arrived on May 3 … the next day
   * held talks"): the phrase and how many days after that date.
   */
  following: [
    ['the next day', 1],
    ['the following day', 1],
    ['a day later', 1],
    ['the same day', 0],
    ['on the same day', 0],
  ] as [string, number][],
  /** Phrases holding a relative word that mean "at present", not a day ("as of today, 52 projects are under way"). */
  nowadays: ['as of today', 'as at today', 'up to today', 'until today', 'to this day'],
  alsoPreposition: [] as string[],
  eveOf: [] as string[],
  eveAdjective: [] as string[],
  /**
   * Marks of an ARCHIVE photo's caption ("File photo"): its dates are another day's. A plain credit ("Photo by …")
   * is not one: on real reports such captions mostly carry the event's own day (measured on three real sets).
   */
  caption: ['file photo', 'archive photo', 'photo from the archive', 'photo archive'],
  /** Words that say the event was some unknown time ago: no same-day fallback. */
  vague: ['recently', 'days ago', 'last month', 'earlier this week', 'earlier this month', 'the other day'],
  /** Words right before a date that make it another day than the event's. */
  notEvent: [
    'enter into force',
    'enters into force',
    'entered into force',
    'will enter into force',
    'take effect',
    'takes effect',
    'took effect',
    'come into effect',
    'comes into effect',
    'effective',
    'valid',
    'from',
    'starting',
    'starting from',
    'until',
    'till',
    'by',
    'since',
    'before',
    'after',
    // The founding day of relations (3 January 1992) is recalled in most anniversary and summary
    // reports. Short cues: the words before a date are read 40 characters back.
    'diplomatic relations',
    'relations were established',
    'deadline',
  ],
  /** A plan named in the report ("scheduled for May 15-16"): another day, even for a span of days. */
  plan: ['scheduled for', 'slated for', 'planned for'],
  /** A report's own day ("the company announced on April 16"): not the event's. */
  announced: ['announced', 'reported', 'said', 'told', 'stated', 'informed', 'published', 'wrote', 'added'],
  /** Words joining the two days of a range ("June 7 to 10", "Dec. 14-15"). */
  rangeJoin: ['to', 'through', 'and', '-', '–'],
  /** Endings a day number may carry ("May 15th", "the 3rd of June"). */
  dayEndings: ['st', 'nd', 'rd', 'th'],
};
