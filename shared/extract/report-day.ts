/**
 * The report's own day, as distinct from the event's: the publication date, a page time stamp line
 * ("09:40, 14 May 2026"), a wire dateline ("ASTANA, March 9 (Xinhua) –", «Алматы. 3 октября. КазТАГ –»).
 * These resolve "on Tuesday" and "yesterday"; whether the publication day may stand for a same-day event
 * depends on them agreeing, on the report not relaying another outlet, and on it not being an early-morning
 * follow-up of the day before.
 */
import { anchorYear } from '../time/anchor-year.ts';
import { type DateMention, dateMentions } from './date-cues.ts';
import { relayed } from './relay.ts';
import { headSentences, type Sentence } from './sentences.ts';

export { relayed } from './relay.ts';

const DAY = 86_400_000;

/** What the report says about its own day. */
export interface ReportDays {
  /** The day relative cues count back from (earliest of publication, stamp, dateline), or null. */
  ref: number | null;
  /** True when a same-day report may take `ref` as the event's day. */
  trusted: boolean;
  /** Mentions that are datelines or stamps, by sentence: never event-day candidates. */
  skip: Map<Sentence, Set<number>>;
  /** True when the report relays another outlet (see `relayed`): its "today" is the other outlet's day. */
  relay: boolean;
}

/** Before a dateline's date: a capitalised place, maybe ", Country", then a comma or full stop. */
const DATELINE_PREFIX =
  /^\s*(?:\([^)]{0,60}\)\s*)?[\p{Lu}][\p{L}'’. -]{1,30}(?:\s*\([^)]{1,30}\))?(?:,\s*[\p{Lu}][\p{L}'’ -]{1,30})?\s*[,.—–]\s*$/u;
/** A date opening the text, then the city ("18 May 2023, Beijing —"). */
const CITY_AFTER = /^,?\s*[\p{Lu}][\p{L}'’. -]{1,30}\s*(?:[—–(]|-{1,2}\s)/u;
const NOT_PLACE = /^\s*(?:on|in|at|by|since|from|until|в|во|с|на|до|к)\b/iu;
/** After a dateline's date: the agency or a dash. */
const DATELINE_SUFFIX = /^\s*(?:[.,(/]|–|-{1,2}|—)/u;
/** A dateline without its city ("May 18 (Xinhua) --", "May 18 /Xinhua/"): the agency in brackets right after. */
const AGENCY_AFTER = /^\s*(?:\(\s*[\p{L}][\p{L} .-]{1,30}\)|\/\s*[\p{L}][\p{L} .-]{1,30}\/)/u;
/** A clock time in a stamp line; hours before 10 in local time mean an early-morning report. */
const CLOCK = /(?<!\d)([01]?\d|2[0-3]):[0-5]\d(?!\d)/;
const FOREIGN_TIME = /\b(?:am|pm)\b|\b(?:EST|EDT|PST|PDT|CET|CEST|BST)\b/i;

/** A year in a URL path: alone ("/2024/05/"), or leading a compact date ("/20240518/", "-2024-05-18"). */
const URL_YEAR = /(?<!\d)((?:19|20)\d\d)(?:(?!\d)|(?=(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)))/;

/** The year a report's URL gives, or null. */
export function urlYearOf(url: string | null | undefined): number | null {
  return Number(URL_YEAR.exec(url ?? '')?.[1] ?? 0) || null;
}

/** The anchor year of each article's text (by its sentences): the date rules may ask for it more than once. */
const anchors = new WeakMap<Sentence[], number | null>();
/** Each article's sentences joined by new lines, by its sentences: the anchor year and a day's context read it. */
const joined = new WeakMap<Sentence[], string>();

/** The article's sentences joined by new lines, built once per article (the date rules read it whole). */
export function joinedText(sentences: Sentence[]): string {
  let text = joined.get(sentences);
  if (text === undefined) {
    text = sentences.map((s) => s.text).join('\n');
    joined.set(sentences, text);
  }
  return text;
}

/**
 * The year the recurring events an article names fix (`anchorYear` of its sentences joined by new lines), read
 * once per article: both the dateline rule here and a yearless date's context (dates.ts) may ask for it.
 */
export function textAnchorYear(sentences: Sentence[]): number | null {
  let y = anchors.get(sentences);
  if (y === undefined) {
    y = anchorYear(joinedText(sentences));
    anchors.set(sentences, y);
  }
  return y;
}

function isDateline(text: string, x: DateMention): boolean {
  const prefix = text.slice(0, x.at);
  if (x.type !== 'explicit') return false;
  const after = text.slice(x.end, x.end + 40);
  if (prefix.trim() === '' && (AGENCY_AFTER.test(after) || CITY_AFTER.test(after))) return true;
  return (
    DATELINE_PREFIX.test(prefix) &&
    !NOT_PLACE.test(prefix) &&
    DATELINE_SUFFIX.test(text.slice(x.end, x.end + 4))
  );
}

/**
 * Finds the report's days (see ReportDays). `pub` is the publication day in UTC milliseconds or null; a
 * dateline without a year takes the publication year, else the URL's.
 */
export function reportDays(
  sentences: Sentence[],
  pub: number | null,
  ctx: { url?: string | null; outlet?: string | null },
): ReportDays {
  const { lead } = headSentences(sentences);
  const skip = new Map<Sentence, Set<number>>();
  const lastLead = lead.at(-1);
  const stop = lastLead ? sentences.indexOf(lastLead) : Math.min(sentences.length - 1, 4);
  // A dateline without a year: the publication's, else the URL's, else the recurring events the text names.
  const urlYear = urlYearOf(ctx.url);
  const days: number[] = [];
  let early = false;
  let fromStamp = false;
  for (let i = 0; i <= stop; i++) {
    const s = sentences[i] as Sentence;
    if (s.zone === 'title') continue;
    const furniture = !lead.includes(s);
    const mentions = dateMentions(s.text).filter((x) => x.type === 'explicit');
    const own = furniture ? mentions : mentions.filter((x) => x.at < 60 && isDateline(s.text, x));
    if (furniture) {
      const clock = CLOCK.exec(s.text);
      if (clock && Number(clock[1]) < 10 && !FOREIGN_TIME.test(s.text)) early = true;
    }
    if (own.length === 0) continue;
    skip.set(s, new Set(own.map((x) => x.at)));
    const x = own[0] as DateMention;
    const y = x.y ?? (pub !== null ? new Date(pub).getUTCFullYear() : (urlYear ?? textAnchorYear(sentences)));
    if (y === null) continue;
    days.push(Date.UTC(y, x.m - 1, x.d));
    if (furniture && x.y !== null) fromStamp = true;
    // A page without its date: a dateline that gives the year (a ministry's «Сиань, 2023 жылғы 26 сәуір –») dates
    // the report as a stamp would.
    else if (pub === null && x.y !== null) fromStamp = true;
  }
  const known = pub !== null ? [pub, ...days] : days;
  const ref = known.length > 0 ? Math.min(...known) : null;
  const text = [...lead].map((s) => s.text).join('\n');
  // The publication day stands for the event only when the report's days agree and it is its own story.
  const agree = days.every((d) => pub === null || Math.abs(d - pub) < DAY);
  const relay = relayed(text, ctx.outlet);
  const trusted = ref !== null && agree && !early && !relay && (pub !== null || fromStamp);
  return { ref, trusted, skip, relay };
}
