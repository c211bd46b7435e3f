/**
 * Event dates in Chinese: «2025年4月25日», «4月25日», «25日», «当地时间4日», «今天», resolved against the publication
 * day like the other languages (a month or day after the publication day belongs to the previous year or month).
 */

import { CHINESE_QUOTES, insideQuote } from '../inside-quote.ts';
import {
  AGENCIES_ZH,
  AHEAD_ZH,
  ARRIVAL_ZH,
  BEIJING_TIME_ZH,
  DAY_FOLLOWERS_ZH,
  LOCAL_TIME_ZH,
  MONTHS_REL_ZH,
  RECENTLY_ZH,
  RELATIVE_DAYS_ZH,
  RELAY_CITES_ZH,
  TALKS_ZH,
  VISIT_OPENING_ZH,
} from '../lexicon/zh/dates.ts';
import { YEARS_ZH } from '../lexicon/zh/figures.ts';
import { citesAnother, relayed } from '../relay.ts';
import { DAY_IN_URL, relationsAnchor, urlAnchor, yearAnchor } from './page-day.ts';
import {
  asciiDigits,
  datelineDay,
  hanDates,
  headOf,
  withoutDateline,
  type ZhDoc,
  type ZhSentence,
} from './text.ts';
import { weekdayAnchor, zhWeekdaysIn } from './weekdays.ts';

export { urlAnchor } from './page-day.ts';

/** A date with the sentence it was read from. */
export interface ZhDate {
  date: string | null;
  evidence: string | null;
}

const FULL = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
const MONTH_DAY = /(?<!\d)(?<!\d\s*年\s*)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
const DAY_ONLY = new RegExp(
  `(?:${LOCAL_TIME_ZH.join('|')})\\s*(\\d{1,2})\\s*[日号]|(?<![\\d月])(\\d{1,2})[日号](?=${DAY_FOLLOWERS_ZH.join('|')})`,
  'g',
);
const BEIJING = new RegExp(`(?:${BEIJING_TIME_ZH.join('|')})\\s*(?:\\d{1,2}\\s*月\\s*)?$`);
const RELATIVE = new RegExp(Object.keys(RELATIVE_DAYS_ZH).join('|'), 'g');
/** «据哈通社报道», «来源：新华网»: the outlet a page cites as its source. */
const CITED = new RegExp(`(?:${RELAY_CITES_ZH.join('|')})\\s*(${AGENCIES_ZH.join('|')}|新华网)`);
/** «上月25日», «本月3日», «下个月5日». */
const MONTH_REL = new RegExp(`([${Object.keys(MONTHS_REL_ZH).join('')}])个?月\\s*(\\d{1,2})\\s*[日号]`, 'g');

/** Whether the clause before a date announces it («将于», «拟于»): the day may lie weeks ahead. */
function ahead(t: string, at: number): boolean {
  const clause = t.slice(Math.max(0, at - 12), at).replace(/^.*[，。；,;]/, '');
  return AHEAD_ZH.some((w) => clause.includes(w));
}

const pad = (n: number) => String(n).padStart(2, '0');
function iso(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}
function shift(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/**
 * Every date a sentence names, in order of position, resolved against the publication day. `weekdays` says
 * whether that day is a real one (a page date, a dateline): a month's or a year's last day standing in for an
 * unknown page date cannot place «周三».
 */
export function zhDatesIn(
  text: string,
  published: string | null,
  weekdays = true,
): Array<{ at: number; date: string }> {
  const t = hanDates(asciiDigits(text));
  const out: Array<{ at: number; date: string }> = [];
  const py = published ? Number(published.slice(0, 4)) : null;
  const pm = published ? Number(published.slice(5, 7)) : null;
  for (const m of t.matchAll(FULL)) {
    const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) out.push({ at: m.index, date: d });
  }
  if (py !== null && published) {
    for (const m of t.matchAll(MONTH_DAY)) {
      const mo = Number(m[1]);
      // «去年12月5日», «今年5月»: the year word says which year; else a month after the publication's (by more
      // than a slip of days) is last year's.
      const said = Object.entries(YEARS_ZH).find(([w]) =>
        t.slice(Math.max(0, m.index - 3), m.index).endsWith(w),
      );
      const d = iso(py + (said?.[1] ?? 0), mo, Number(m[2])) ?? null;
      // Unless announced («将于7月2日» a month ahead): up to half a year after the publication stays this year's.
      const soon = d !== null && ahead(t, m.index) && d <= shift(published, 183);
      const date = !said && !soon && d && d > shift(published, 7) ? iso(py - 1, mo, Number(m[2])) : d;
      if (date) out.push({ at: m.index, date });
    }
    for (const m of t.matchAll(DAY_ONLY)) {
      const day = Number(m[1] ?? m[2]);
      const same = iso(py, pm ?? 1, day);
      // «25日» in a story published on the 2nd is last month's 25th.
      const date =
        same && (same <= shift(published, 1) || ahead(t, m.index))
          ? same
          : iso(pm === 1 ? py - 1 : py, pm === 1 ? 12 : (pm ?? 1) - 1, day);
      if (date) out.push({ at: m.index, date });
    }
    for (const m of t.matchAll(MONTH_REL)) {
      const months = py * 12 + (pm ?? 1) - 1 + (MONTHS_REL_ZH[m[1] as string] ?? 0);
      const date = iso(Math.floor(months / 12), (months % 12) + 1, Number(m[2]));
      if (date) out.push({ at: m.index, date });
    }
    for (const m of t.matchAll(RELATIVE)) {
      // «“今天是你的生日”»: a speaker's "today" counts from the day they spoke, which the page's day need not be.
      if (insideQuote(t, m.index, CHINESE_QUOTES)) continue;
      out.push({ at: m.index, date: shift(published, RELATIVE_DAYS_ZH[m[0]] ?? 0) });
    }
    // «周三» only where no date is written: «周二(7日)» has its day, and a date outranks a weekday.
    if (out.length === 0 && weekdays) out.push(...zhWeekdaysIn(t, published));
  }
  // «北京时间9日凌晨» restates an evening abroad in Beijing's clock: the venue's day, told elsewhere, counts.
  const beijing = (at: number) =>
    BEIJING.test(t.slice(Math.max(0, at - 6), at)) || BEIJING_TIME_ZH.some((w) => t.startsWith(w, at));
  const local = out.filter((d) => !beijing(d.at));
  return (local.length > 0 ? local : out).sort((a, b) => a.at - b.at);
}

/**
 * The event's day: the first date of the lead's first dated sentence (readouts open with it: «4月25日，国家主席…»),
 * else the title's, else the publication day (a same-day agency report).
 */
export function resolveZhDate(
  doc: ZhDoc,
  published: string | null,
  url?: string | null,
  visit = false,
  outlet?: string | null,
): ZhDate {
  const head = headOf(doc);
  const page =
    published ??
    urlAnchor(url) ??
    // A weekday beside the day outranks a year the lead names: that year may be a recalled one's.
    weekdayAnchor(asciiDigits(doc.full)) ??
    yearAnchor(head) ??
    relationsAnchor(doc.full);
  // A dateline's day is the filing day: «30日» in the copy means that month's 30th, whatever the page's date.
  const filed = head.map((s) => datelineDay(asciiDigits(s.text))).find((d) => d !== null);
  const anchor = page && filed ? (zhDatesIn(`${filed.month}月${filed.day}日`, page)[0]?.date ?? page) : page;
  const ordered = [...head.filter((s) => s.zone !== 'title'), ...head.filter((s) => s.zone === 'title')];
  // Only a real day places a weekday: the page's, a URL's whole day, a dateline's.
  const dayKnown = published !== null || (url ? DAY_IN_URL.test(url) : false) || filed !== undefined;
  for (const [i, s] of ordered.entries()) {
    const found = zhDatesIn(withoutDateline(s.text), anchor, dayKnown);
    // A date that is later than the publication is an announcement's future day, still the event's day.
    // A visit's report opening with its last day («4日上午结束访问…3日晚抵达»): the arrival, a day or two before.
    const arrived = visit && found[0] ? arrivalDay(ordered, anchor, dayKnown) : null;
    if (arrived?.date && found[0] && arrived.date < found[0].date && arrived.date >= shift(found[0].date, -3))
      return arrived;
    const talks = !visit && found[0] ? talksAfterOpening(ordered, i, anchor, dayKnown) : null;
    if (talks && found[0] && talks.date && talks.date > found[0].date) return talks;
    if (found[0]) return { date: found[0].date, evidence: s.text };
    // A dateline whose copy names no day of its own reports that day's event: later sentences tell background.
    // Unless the next sentence names a day just before the filing: the wire filed a day late («11月4日电 …
    // 3日晚抵达»), and that day is the event's.
    if (filed && anchor && datelineDay(asciiDigits(s.text))) {
      const next = ordered[i + 1];
      const late =
        next && next.zone !== 'title'
          ? zhDatesIn(withoutDateline(next.text), anchor, dayKnown)[0]
          : undefined;
      if (late && late.date < anchor && late.date >= shift(anchor, -2))
        return { date: late.date, evidence: next?.text ?? null };
      return { date: anchor, evidence: s.text };
    }
  }
  // No date in the lead: a same-day report, dated by its page (or the day its URL carries), unless the lead
  // says the event was some days ago («近日，某省代表团到访…»).
  if (head.some((s) => RECENTLY_ZH.some((w) => withoutDateline(s.text).includes(w))))
    return { date: null, evidence: null };
  // A relay's page day is the relay's, not the first outlet's story's (the same rule as ../dates.ts).
  if (zhRelay(head, outlet)) return { date: null, evidence: null };
  return { date: published ?? (url && DAY_IN_URL.test(url) ? urlAnchor(url) : null), evidence: null };
}

/** The page relays another outlet: its outlet field says so, or its head cites another agency («据哈通社报道»). */
function zhRelay(head: ZhSentence[], outlet: string | null | undefined): boolean {
  if (relayed('', outlet)) return true;
  for (const s of head) {
    const cited = CITED.exec(s.text)?.[1];
    if (cited && citesAnother(cited, outlet)) return true;
  }
  return false;
}

/**
 * The talks' day when the sentence at `i` only opens the visit («于27日开始…访问») and the next one dates the talks
 * («28日上午，…举行了会谈»), up to three days later; else null.
 */
function talksAfterOpening(
  sentences: ZhSentence[],
  i: number,
  anchor: string | null,
  dayKnown: boolean,
): ZhDate | null {
  const text = sentences[i]?.text ?? '';
  if (!VISIT_OPENING_ZH.some((w) => text.includes(w)) || TALKS_ZH.some((w) => text.includes(w))) return null;
  const next = sentences[i + 1];
  if (!next || next.zone === 'title' || !TALKS_ZH.some((w) => next.text.includes(w))) return null;
  const day = zhDatesIn(withoutDateline(next.text), anchor, dayKnown)[0]?.date;
  const opened = zhDatesIn(withoutDateline(text), anchor, dayKnown)[0]?.date;
  if (!day || !opened || day > shift(opened, 3)) return null;
  return { date: day, evidence: next.text };
}

/**
 * A visit's arrival day: the earliest date written before an arrival word in its sentence («3日晚抵达»,
 * «11月3日…，当晚抵达»), so that a wrap-up opening with the visit's last day is dated to its first.
 */
function arrivalDay(sentences: ZhSentence[], anchor: string | null, dayKnown: boolean): ZhDate | null {
  let best: ZhDate | null = null;
  for (const s of sentences) {
    const text = withoutDateline(s.text);
    const cue = Math.min(...ARRIVAL_ZH.map((w) => text.indexOf(w)).filter((i) => i >= 0));
    if (!Number.isFinite(cue)) continue;
    const before = zhDatesIn(text, anchor, dayKnown).filter((d) => d.at < cue);
    const day = before.at(-1)?.date;
    if (day && (best?.date === undefined || best.date === null || day < best.date))
      best = { date: day, evidence: s.text };
  }
  return best;
}
