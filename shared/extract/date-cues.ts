/**
 * Date mentions in one sentence, not yet resolved: explicit dates ("March 9, 2026", «12 марта», "Nov. 3-4",
 * «с 3 по 5 ноября», 04.11.2026), weekdays ("on Tuesday", «во вторник») and relative words ("yesterday",
 * «накануне»), each with its offset, plus whether a cue before it says it is not the event's day.
 */

import { execAll } from './exec-all.ts';
import { keyedMatcher } from './keyed-finder.ts';
import { alternation, WB_END, WB_START } from './lexicon/build.ts';
import { DATES_EN } from './lexicon/en/dates.ts';
import { DATES_KK } from './lexicon/kk/dates.ts';
import { DATES_RU } from './lexicon/ru/dates.ts';
import { hintedFinder, literalHint } from './literal-hint.ts';
import { memoize } from './memo.ts';
import { regex } from './pack-words.ts';

const PACKS = [DATES_EN, DATES_RU];
const MONTHS = PACKS.flatMap((p) => p.months);
const WEEKDAYS = [...PACKS.flatMap((p) => p.weekdays), ...DATES_KK.weekdays];
const RELATIVE = [...PACKS.flatMap((p) => p.relative), ...DATES_KK.relative];
const FOLLOWING = [...PACKS.flatMap((p) => p.following), ...DATES_KK.following];

/** A month word: any entry, Russian/Kazakh stems with their case endings, English with an optional dot. */
const MONTH = `(${alternation(MONTHS.map(([w]) => w))})\\.?`;
/** A day number with the ordinal ending its language may write after it ("15th", «15-го»). */
const DAY = `(\\d{1,2})(?:${alternation(PACKS.flatMap((p) => p.dayEndings))})?`;
const YEAR = '(?:,?\\s+((?:19|20)\\d\\d))?';
const JOIN = alternation(PACKS.flatMap((p) => p.rangeJoin));
/** "March 9", "March 9-11, 2026", "March 9 to 11, 2026", "Nov. 3-4": tried only where a month word starts. */
const MD = keyedMatcher(
  `${WB_START}${MONTH}\\s+${DAY}(?:\\s*${JOIN}\\s*(\\d{1,2})${WB_END})?${YEAR}${WB_END}`,
  'iu',
  MONTHS.map(([w]) => w),
);
/** "7 June 2017", «12 марта», «с 3 по 5 ноября», «5 наурыз». */
const DM = regex(
  `${WB_START}${DAY}(?:\\s*${JOIN}\\s*(\\d{1,2}))?\\s+(?:of\\s+)?${MONTH}${YEAR}(?:\\s*(?:года|г\\.|жыл\\p{L}*))?`,
  'giu',
);
/** Kazakh year-first dates: «2019 жылғы 25 сәуірде», «2021 жылы 3–4 ақпанда». */
const YDM = new RegExp(
  `(?<!\\d)((?:19|20)\\d\\d)\\s+${alternation(DATES_KK.yearBefore)}\\s+${DAY}(?:\\s*${JOIN}\\s*(\\d{1,2}))?\\s+${MONTH}`,
  'giu',
);
const ISO = /(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/g;
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)/g;
/** A month word's first letters somewhere in the text: without one, "June 7" and «7 июня» cannot occur. */
const MONTH_HINT = new RegExp(
  [...new Set(MONTHS.map(([w]) => w.replace(/\*$/, '').slice(0, 3).toLowerCase()))].join('|'),
  'i',
);
const HAND_HINT =
  /day|night|morning|afternoon|evening|week|сегодня|вчера|накануне|недел|понедельник|вторник|сред[уа]|четверг|пятниц|суббот|воскресень|бүгін|кеше|сенбі|жұма|следующ|другой|позже|тот же|этот же|келесі|ертесі|ертеңі|сол күні/i;
/**
 * The packs' weekday, relative and following words the short hand-written pre-test above misses («алдыңғы
 * күні»): tested too, so that no lexicon entry is dead behind the pre-test. Found once at module load.
 */
const MISSED_HINT = literalHint(
  [...WEEKDAYS, ...RELATIVE, ...FOLLOWING].map(([w]) => w).filter((w) => !HAND_HINT.test(w)),
);
const HINT = {
  test: (text: string): boolean => HAND_HINT.test(text) || (MISSED_HINT?.test(text) ?? false),
};
/** Weekday names and relative day words: short lists looked for in every sentence, behind a plain pre-test. */
const WEEKDAY = hintedFinder(WEEKDAYS.map(([w]) => w));
const REL = hintedFinder(RELATIVE.map(([w]) => w));
/** "The next day", «на следующий день», «келесі күні»: counted from the date told before them. */
const FOLLOW = hintedFinder(FOLLOWING.map(([w]) => w));
/** "As of today", «на сегодняшний день»: a relative word inside one of these is no day (read only when one is found). */
const NOWADAYS = hintedFinder(PACKS.flatMap((p) => p.nowadays));
const ALSO_PREP = new RegExp(`^${alternation(PACKS.flatMap((p) => p.alsoPreposition))}$`, 'iu');
/** After such a word: an occasion in the genitive or a number (see the ru pack's `eveOf`). */
const EVE_NOUN = new RegExp(`^\\s+${alternation(PACKS.flatMap((p) => p.eveOf))}${WB_END}`, 'iu');
/** After such a word: a lower-case genitive adjective or pronoun («государственного», «своей»). */
const EVE_ADJECTIVE = new RegExp(
  `^\\s+\\p{Ll}+${alternation(PACKS.flatMap((p) => p.eveAdjective))}${WB_END}`,
  'u',
);
const NOT_EVENT = new RegExp(
  `${WB_START}${alternation(PACKS.flatMap((p) => p.notEvent))}\\s+(?:on\\s+|the\\s+)?$`,
  'iu',
);
/** A plan's cue right before a date ("scheduled for", «запланировано на»): not the event's day, span or not. */
const PLAN = new RegExp(`${WB_START}${alternation(PACKS.flatMap((p) => p.plan))}\\s+$`, 'iu');
const ANNOUNCED = new RegExp(
  `${WB_START}${alternation(PACKS.flatMap((p) => p.announced))}\\s+(?:on\\s+)?$`,
  'iu',
);
/** An archive photo caption's marks ("File photo", «Фото из архива»): the dates of such a sentence are another day's. */
export const CAPTION = new RegExp(`${WB_START}${alternation(PACKS.flatMap((p) => p.caption))}`, 'iu');
/** Words that leave the day of the event unknown ("recently", «на днях»). */
export const VAGUE = new RegExp(
  `${WB_START}${alternation([...PACKS.flatMap((p) => p.vague), ...DATES_KK.vague])}${WB_END}`,
  'iu',
);
/** Kazakh puts the postposition after the date («1 шілдеден бастап»): another day than the event's. */
const NOT_EVENT_AFTER_KK = new RegExp(`^\\s*${alternation(DATES_KK.notEventAfter)}${WB_END}`, 'iu');

const YEAR_DIGITS = /(?:19|20)\d\d/;
const MONTH_YEAR = new RegExp(`${WB_START}${MONTH},?\\s+((?:19|20)\\d\\d)(?!\\d)`, 'giu');

/** Month–year pairs a text names ("in June 2018", «в июне 2018 года»): the year of a yearless day nearby. */
export function monthYears(text: string): [month: number, year: number][] {
  // A year is four digits: most sentences have none, and the Unicode-boundary pattern need not scan them.
  if (!YEAR_DIGITS.test(text)) return [];
  return execAll(MONTH_YEAR, text).map((x) => [monthOf(x[1] ?? ''), Number(x[2])] as [number, number]);
}

/** One date mention. */
export interface DateMention {
  /**
   * `explicit` names the day; `weekday` and `relative` need the report's day to resolve; `following` counts from
   * the date told before it ("the next day").
   */
  type: 'explicit' | 'weekday' | 'relative' | 'following';
  y: number | null;
  m: number;
  d: number;
  /** Weekday 0–6 for `weekday`; days back for `relative`; days after the date before it for `following`. */
  back: number;
  at: number;
  end: number;
  /** A cue right before says it is not the event day ("enters into force on", "announced on"). */
  notEvent: boolean;
  announced: boolean;
}

/** Month entries as (word or stem, is a stem, month): read for every month word found. */
const MONTH_FORMS = MONTHS.map(([entry, n]) => [entry.replace(/\*$/, ''), entry.endsWith('*'), n] as const);

/** Month numbers of the month words seen (a few dozen forms), so each form's entries are walked once. */
const monthOfWord = new Map<string, number>();

function monthOf(word: string): number {
  let n = monthOfWord.get(word);
  if (n === undefined) {
    n = findMonth(word);
    if (monthOfWord.size >= 1000) monthOfWord.clear();
    monthOfWord.set(word, n);
  }
  return n;
}

function findMonth(word: string): number {
  const l = word.toLowerCase().replace(/\.$/, '');
  let best = 0;
  let bestLen = 0;
  for (const [w, stem, n] of MONTH_FORMS) {
    if ((stem ? l.startsWith(w) : l === w) && w.length > bestLen) [best, bestLen] = [n, w.length];
  }
  return best;
}

/** Every date mention of a sentence, in order, overlapping matches dropped. */
export const dateMentions: (text: string) => DateMention[] = memoize((text: string) => findMentions(text));

/**
 * Adds a mention unless it overlaps one found before, with the cues before it. Module functions, not closures
 * made per sentence: the loader names every named closure as it is made, which cost more than the additions.
 */
function addMention(
  out: DateMention[],
  text: string,
  mm: Omit<DateMention, 'notEvent' | 'announced'>,
  range = false,
): void {
  if (out.some((o) => mm.at < o.end && o.at < mm.end)) return;
  const before = text.slice(Math.max(0, mm.at - 40), mm.at);
  // "from March 9 to 11": the start of the event's own span, not a "from" of something else; so is the start of
  // a span across two months ("from 30 August to 3 September", «с 30 августа по 3 сентября»).
  const after = text.slice(mm.end, mm.end + 24);
  const span = range || SPAN_END.test(after);
  const notEvent = PLAN.test(before) || (!span && (NOT_EVENT.test(before) || NOT_EVENT_AFTER_KK.test(after)));
  out.push({ ...mm, notEvent, announced: ANNOUNCED.test(before) });
}

/** What follows the first day of a span across months: "to"/«по» and the last day (a number, maybe a month first). */
const SPAN_END = /^\s*(?:to|till|until|through|по|до|[–—-])\s*(?:\d|\p{Lu}\p{Ll}{2,9}\.?\s+\d)/u;

/** Adds an explicit date found at `at` (`len` long) when its month and day are possible. */
function addExplicit(
  out: DateMention[],
  text: string,
  y: string | undefined,
  m: number,
  d: string | undefined,
  at: number,
  len: number,
  range = false,
): void {
  const day = Number(d);
  if (m >= 1 && m <= 12 && day >= 1 && day <= 31)
    addMention(
      out,
      text,
      { type: 'explicit', y: y ? Number(y) : null, m, d: day, back: 0, at, end: at + len },
      range,
    );
}

/** True when `at..end` lies inside one of the spans (a module function: no closure made per mention). */
function within(spans: readonly { at: number; end: number }[], at: number, end: number): boolean {
  for (const n of spans) if (n.at <= at && end <= n.end) return true;
  return false;
}

/** True when the text right after «накануне» is what the preposition takes (an occasion, see the ru pack). */
function eveOf(after: string): boolean {
  return EVE_NOUN.test(after) || EVE_ADJECTIVE.test(after);
}

function findMentions(text: string): DateMention[] {
  const out: DateMention[] = [];
  // Most sentences name no day: without a digit only weekday and relative words can.
  const digits = /\d/.test(text);
  if (digits)
    for (const x of execAll(ISO, text))
      addExplicit(out, text, x[1], Number(x[2]), x[3], x.index ?? 0, x[0].length);
  if (digits)
    for (const x of execAll(DOTTED, text))
      addExplicit(out, text, x[3], Number(x[2]), x[1], x.index ?? 0, x[0].length);
  const months = digits && MONTH_HINT.test(text);
  // Before «DD month» alone: the year-first form is the longer match and overlapping ones are dropped.
  if (months)
    for (const x of execAll(YDM, text))
      addExplicit(out, text, x[1], monthOf(x[4] ?? ''), x[2], x.index ?? 0, x[0].length, !!x[3]);
  if (months)
    for (const x of MD(text))
      addExplicit(out, text, x[4], monthOf(x[1] ?? ''), x[2], x.index ?? 0, x[0].length, !!x[3]);
  if (months)
    for (const x of execAll(DM, text))
      addExplicit(out, text, x[4], monthOf(x[3] ?? ''), x[1], x.index ?? 0, x[0].length, !!x[2]);
  // Weekday and relative words are rare: a plain check first spares the full patterns on most sentences.
  if (!digits && !HINT.test(text)) return out;
  for (const x of WEEKDAY(text)) {
    const wd = WEEKDAYS.find(([w]) => w === x.text.toLowerCase())?.[1];
    if (wd !== undefined)
      addMention(out, text, { type: 'weekday', y: null, m: 0, d: 0, back: wd, at: x.at, end: x.end });
  }
  const rel = REL(text);
  const now = rel.length > 0 ? NOWADAYS(text) : [];
  for (const x of rel) {
    if (within(now, x.at, x.end)) continue;
    const w = x.text.toLowerCase().replace(/\s+/g, ' ');
    const at = x.at;
    // "Kazakhstan Today", "China Today": a capitalised relative word inside a name is no cue.
    if (/^\p{Lu}/u.test(x.text) && !/(?:^|[.!?:"–-])\s*$/u.test(text.slice(0, at))) continue;
    // «накануне визита» is "on the eve of the visit", not "the day before"; «накануне глава МИД принял» is.
    if (ALSO_PREP.test(w) && eveOf(text.slice(x.end, x.end + 40))) continue;
    const back = RELATIVE.find(([r]) => r === w)?.[1];
    if (back !== undefined)
      addMention(out, text, { type: 'relative', y: null, m: 0, d: 0, back, at, end: x.end });
  }
  for (const x of FOLLOW(text)) {
    const after = FOLLOWING.find(([r]) => r === x.text.toLowerCase().replace(/\s+/g, ' '))?.[1];
    if (after !== undefined)
      addMention(out, text, { type: 'following', y: null, m: 0, d: 0, back: after, at: x.at, end: x.end });
  }
  return out.sort((a, b) => a.at - b.at);
}
