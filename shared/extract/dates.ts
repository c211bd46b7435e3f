/**
 * Event date: the date in the event's own clause wins ("held talks on June 7", «12 марта прошли переговоры»),
 * then relative cues ("on Tuesday", "yesterday", «накануне») resolved against the report's day;
 * a same-day report with no date gets its publication day. Datelines and page time stamps only say when the
 * report was filed: they resolve relative cues, they are never the event's day by themselves.
 */

import { isByline } from './byline.ts';
import { pastIn } from './clauses.ts';
import { CAPTION, type DateMention, dateMentions, monthYears, VAGUE } from './date-cues.ts';
import { pairMeeting, rejection } from './date-flags.ts';
import { type DayCandidate, decideDate } from './date-rank.ts';
import { classifyKindWithEvidence } from './kind.ts';
import { predicates } from './predicates.ts';
import { has, ONE_BY_ONE } from './relevance-patterns.ts';
import { joinedText, reportDays, textAnchorYear, urlYearOf } from './report-day.ts';
import { headSentences, type Sentence } from './sentences.ts';

/** A date with the sentence it was read from (null evidence: the publication date was used). */
export interface DateWithEvidence {
  date: string | null;
  evidence: string | null;
  /** The ranking rule that chose (date-rank.ts `decideDate`), for reading errors. */
  why?: string;
}

/** What else is known about the report: its URL (a year in the path) and outlet (is it a relay?). */
export interface DateContext {
  url?: string | null;
  outlet?: string | null;
}

const DAY = 86_400_000;
/** How many sentences from the top are searched for the event's date. */
const DATE_SENTENCES = 24;

/** A calendar date as UTC midnight milliseconds, or null when invalid. */
export function utc(y: number, m: number, d: number): number | null {
  // Every date mention asks (three candidate years each): a Date object is built only for the 29th to 31st,
  // the days a month may not have (Date.UTC rolls them over into the next month).
  if (!Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return null;
  const t = Date.UTC(y, m - 1, d);
  if (Number.isNaN(t)) return null;
  return d <= 28 || new Date(t).getUTCDate() === d ? t : null;
}
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The date part of a `published` value (`YYYY-MM-DD` or ISO date-time), or null. */
export function publishedDate(published: string | null | undefined): string | null {
  if (!published) return null;
  // A UTC time stamp says nothing about the local day: read it in Kazakhstan time (UTC+5).
  if (/T[\d:.]+(?:Z|[+-]00:?00)$/i.test(published)) {
    const t = Date.parse(published);
    if (!Number.isNaN(t)) return new Date(t + 5 * 3_600_000).toISOString().slice(0, 10);
  }
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published);
  return m?.[1] ?? null;
}

/** The year that puts month/day closest to the report's day, leaning to the past ("on May 20" in June). */
export function yearNear(m: number, d: number, ref: number): number | null {
  const py = new Date(ref).getUTCFullYear();
  let best: number | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const y of [py - 1, py, py + 1]) {
    const t = utc(y, m, d);
    if (t === null) continue;
    const diff = (t - ref) / DAY;
    const cost = diff > 0 ? diff * 4 : -diff;
    if (cost < bestCost) [best, bestCost] = [y, cost];
  }
  return best;
}

/** A period of months of one year: its statistics are reported in the same year. */
const PARTIAL_YEAR =
  /\b(?:for|in|over)\s+(?:the\s+)?(?:first\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months\s+of\s+(20\d\d)\b|за\s+(?:первые\s+)?(?:\d{1,2}|два|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать)\s+месяц\S*\s+(20\d\d)/i;

/** Years the text ties to a month ("in June 2018") or annual statistics point to, when no day has a year. */
function contextYear(sentences: Sentence[], month: number): number | null {
  let best: number | null = null;
  for (const s of sentences) {
    for (const x of dateMentions(s.text))
      if (x.y && x.m <= month && (best === null || x.y > best)) best = x.y;
    for (const [m, y] of monthYears(s.text)) if (m > 0 && m <= month && (best === null || y > best)) best = y;
  }
  if (best !== null) return best;
  const full = joinedText(sentences);
  // Statistics of a year so far ("for 8 months of 2020", «за 9 месяцев 2021 года») are told within that year.
  const partial = PARTIAL_YEAR.exec(full);
  if (partial) return Number(partial[1] ?? partial[2]);
  // Annual statistics ("In 2023, bilateral trade grew") are published the following year.
  const stats =
    /\b(?:in|for)\s+(20\d\d),?\s+(?:the\s+)?(?:bilateral\s+)?(?:trade|turnover|exports|imports)|(?:в|по итогам)\s+(20\d\d)\s+год\S*\s+(?:товарооборот|торгов)/i.exec(
      full,
    );
  const y = stats ? Number(stats[1] ?? stats[2]) : null;
  // Last resort: a recurring event that fixes the year ("the XXIV Winter Olympics", "the SCO summit in Astana").
  return y ? y + 1 : textAnchorYear(sentences);
}

/**
 * Resolves the event date and the sentence it came from (see the module comment). `published` is the
 * report's `YYYY-MM-DD` day or null; `ctx` may add the URL (a year in its path) and the outlet.
 */
export function resolveEventDateWithEvidence(
  sentences: Sentence[],
  published: string | null,
  ctx: DateContext = {},
): DateWithEvidence {
  const pub = published ? utc(...(published.split('-').map(Number) as [number, number, number])) : null;
  const report = reportDays(sentences, pub, ctx);
  const ref = report.ref;
  const urlYear = urlYearOf(ctx.url);
  const { title, lead } = headSentences(sentences);
  const first = lead[0];
  const { kind, evidence: kindEvidence } = classifyKindWithEvidence(sentences);
  // A summit-week round-up ("leaders converged on Thursday for one-on-ones with Xi"): the day of the pair's own
  // meeting, told in a sentence of its own, beats the group's day.
  const roundUp = kindEvidence !== null && has(ONE_BY_ONE, kindEvidence);
  // A signed article is dated by its publication: the days it recounts are other events.
  if (kindEvidence && isByline(kindEvidence.slice(0, 160))) {
    const d = decideDate([], {
      ref,
      trusted: report.trusted,
      relay: report.relay,
      vague: false,
      byline: true,
    });
    return { date: d.t !== null ? iso(d.t) : null, evidence: null, why: d.why };
  }
  // A yearless day's context year reads the whole text: once per month asked, not once per mention.
  const contextYears = new Map<number, number | null>();
  const yearOfMonth = (m: number): number | null => {
    let y = contextYears.get(m);
    if (y === undefined) {
      y = contextYear(sentences, m);
      contextYears.set(m, y);
    }
    return y;
  };
  const cands: DayCandidate[] = [];
  let told: number | null = null;
  // Dates deep in the body belong to background and other items: the first sentences are read.
  for (let i = 0; i < Math.min(sentences.length, DATE_SENTENCES); i++) {
    const s = sentences[i] as Sentence;
    const skip = report.skip.get(s);
    const mentions = dateMentions(s.text).filter((x) => !skip?.has(x.at));
    if (mentions.length === 0) continue;
    const inLead = lead.includes(s);
    const zone = s === title || s === first ? 3 : inLead ? 2 : 0;
    // The event's own clause: the sentence the kind was read from, or a head sentence telling an event.
    const clause =
      s.text === kindEvidence
        ? 3
        : zone > 0 && predicates(s.text, s === title).some((p) => p.role === 'event' && p.tense !== 'past')
          ? 2
          : 0;
    for (const x of mentions) {
      const t: number | null =
        x.type === 'following'
          ? told !== null
            ? told + x.back * DAY
            : null
          : resolveMention(x, ref, () => urlYear ?? yearOfMonth(x.m));
      if (t === null) continue;
      // "The next day" counts from the last date the text told before it.
      if (x.type === 'explicit') told = t;
      cands.push({
        t,
        form: x.type,
        zone,
        clause,
        pairInRoundUp: roundUp && s.text !== kindEvidence && pairMeeting(s.text),
        announced: x.announced,
        past: pastIn(s.text, Math.max(0, x.at - 60), x.end),
        // An archive photo's caption, its credit maybe split off as the next sentence ("… Jan. 5, 2022. (File photo)").
        caption: CAPTION.test(s.text) || CAPTION.test(sentences[i + 1]?.text.slice(0, 24) ?? ''),
        rejected: rejection(s, x, zone, clause, kind, pub, report.relay),
        order: i * 1000 + x.at,
        sentence: s.text,
      });
    }
  }
  const head = [title, ...lead].filter((s): s is Sentence => s !== null);
  const decision = decideDate(cands, {
    ref,
    trusted: report.trusted,
    relay: report.relay,
    vague: head.some((s) => VAGUE.test(s.text)),
    byline: false,
  });
  return {
    date: decision.t !== null ? iso(decision.t) : null,
    evidence: decision.evidence,
    why: decision.why,
  };
}

/** A mention as a day: explicit (its year, else the nearest to the report, else `year()`), or relative. */
function resolveMention(x: DateMention, ref: number | null, year: () => number | null): number | null {
  if (x.type === 'explicit') {
    const y = x.y ?? (ref !== null ? yearNear(x.m, x.d, ref) : year());
    return y === null ? null : utc(y, x.m, x.d);
  }
  if (ref === null) return null;
  if (x.type === 'relative') return ref - x.back * DAY;
  // The nearest such weekday on or before the report's day.
  return ref - ((new Date(ref).getUTCDay() - x.back + 7) % 7) * DAY;
}

/** The event date of an article (see resolveEventDateWithEvidence). */
export function resolveEventDate(
  sentences: Sentence[],
  published: string | null,
  ctx: DateContext = {},
): string | null {
  return resolveEventDateWithEvidence(sentences, published, ctx).date;
}
