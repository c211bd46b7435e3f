/**
 * Event dates as ranked evidence: every day a report offers (a date written in a sentence, a weekday or relative
 * word resolved against the report's day, the report's own day) is a candidate that keeps where it came from, and
 * one pure decision ranks them and says why it chose. dates.ts collects the candidates; report-day.ts says what
 * the report's own day is and whether it relays another outlet. No text is read here.
 */

/** How a candidate day was written: a calendar date, a weekday, or a word counted back from the report's day. */
export type DayForm = 'explicit' | 'weekday' | 'relative' | 'following';

/** Why a day found in the text can never be the event's (kept for the decision's reason, never chosen). */
export type Rejection =
  /** "enters into force on", "since", the founding day of relations: another day by its cue. */
  | 'other-day-cue'
  /** A year-dated body sentence telling another kind of happening (a past visit in a meeting report). */
  | 'background'
  /** A speaker's "today" inside a quote in the body: "nowadays", not a day. */
  | 'quoted-today'
  /** A day followed by a clock time: a page's time stamp. */
  | 'page-stamp'
  /** "Today"/«бүгін» in a relay's head: it counts from the first outlet's day, which the relay's page is not. */
  | 'relay-relative';

/** One day the text offers for the event. */
export interface DayCandidate {
  /** The day as UTC midnight milliseconds. */
  t: number;
  form: DayForm;
  /** Where the sentence sits: 3 the title or first lead sentence, 2 another lead sentence, 0 the body. */
  zone: number;
  /** 3 the sentence the kind was read from, 2 a head sentence telling an event, 0 other. */
  clause: number;
  /** In a summit round-up: a sentence of the pair's own meeting, not the one the round-up's kind came from. */
  pairInRoundUp: boolean;
  /** A reporting verb right before ("announced on"): the report's day, not the event's. */
  announced: boolean;
  /** A past clause around it (recalled background). */
  past: boolean;
  /** An archive photo caption's day ("File photo", «Фото из архива»): when the photo was taken, another day. */
  caption: boolean;
  /** Set when the day can never be the event's. */
  rejected: Rejection | null;
  /** Text order (sentence index × 1000 + offset): earlier wins a tie. */
  order: number;
  /** The sentence, returned as the evidence. */
  sentence: string;
}

/** What the report says about its own day (report-day.ts) and about the event's timing as a whole. */
export interface ReportFacts {
  /** The report's day (earliest of publication, page stamp, dateline), or null. */
  ref: number | null;
  /** The publication day may stand for a same-day event (days agree, own story, not an early follow-up). */
  trusted: boolean;
  /** The report relays another outlet (relay.ts). */
  relay: boolean;
  /** The head says the event was some unknown time ago ("recently", «на днях»). */
  vague: boolean;
  /** A signed column: dated by its publication, the days it recounts are other events. */
  byline: boolean;
}

/** The decision: the day (UTC milliseconds) or null, the sentence it came from, and the rule that chose. */
export interface DateDecision {
  t: number | null;
  evidence: string | null;
  why: string;
}

/**
 * Weights of the ranking, added to a candidate's zone and clause. Measured on the dev folds: a round-up pair's own
 * sentence must beat the round-up's lead (3 + 3 + 1); an announced or recalled day must fall below a head day.
 */
export const RANK_WEIGHTS = {
  /** The kind's own sentence above a head sentence that only tells some event ("arrived on May 3"). */
  eventClause: 1,
  pairInRoundUp: 8,
  announced: -5,
  past: -3,
  /** Below a head day, as an archive photo shows another day; still a day when the report has none of its own. */
  caption: -5,
} as const;

/** A candidate's rank: higher is more likely the event's day. */
export function rankOf(c: DayCandidate): number {
  let score = c.zone + c.clause;
  if (c.clause === 3) score += RANK_WEIGHTS.eventClause;
  if (c.pairInRoundUp) score += RANK_WEIGHTS.pairInRoundUp;
  if (c.announced) score += RANK_WEIGHTS.announced;
  if (c.past) score += RANK_WEIGHTS.past;
  if (c.caption) score += RANK_WEIGHTS.caption;
  return score;
}

const SOURCE_WORD: Record<DayForm, string> = {
  explicit: 'a date written',
  weekday: 'a weekday resolved against the report day',
  relative: 'a relative day word resolved against the report day',
  following: '"the next day" counted from the date told before it',
};

/**
 * Decides the event's day, in this order: a signed column is its publication's; the best-ranked day the text
 * offers wins when its rank is not negative (or when the report has no day of its own to fall back on); else a
 * relay's page day is not the event's (null); else a same-day report with a trusted day and no "recently" in its
 * head takes that day; else the day is unknown.
 */
export function decideDate(cands: readonly DayCandidate[], facts: ReportFacts): DateDecision {
  if (facts.byline) return { t: facts.ref, evidence: null, why: 'signed column: its publication day' };
  let best: DayCandidate | null = null;
  let bestRank = Number.NEGATIVE_INFINITY;
  for (const c of cands) {
    if (c.rejected !== null) continue;
    const r = rankOf(c);
    if (r > bestRank || (r === bestRank && best !== null && c.order < best.order)) [best, bestRank] = [c, r];
  }
  if (best && (bestRank >= 0 || facts.ref === null)) {
    const where = best.clause === 3 ? "the event's clause" : best.zone > 0 ? 'the head' : 'the body';
    return {
      t: best.t,
      evidence: best.sentence,
      why: `${SOURCE_WORD[best.form]} in ${where} (rank ${bestRank})`,
    };
  }
  if (facts.ref === null) return { t: null, evidence: null, why: 'no day in the text and no report day' };
  if (facts.relay) return { t: null, evidence: null, why: "a relay: its page day is not the event's" };
  if (!facts.trusted) return { t: null, evidence: null, why: 'report days disagree or an early follow-up' };
  if (facts.vague) return { t: null, evidence: null, why: 'the head says the event was some days ago' };
  return { t: facts.ref, evidence: null, why: 'a same-day report: its own day' };
}
