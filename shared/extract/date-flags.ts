/**
 * What a date mention's sentence says about the mention, for the ranking in date-rank.ts: whether the day can
 * never be the event's (a cue for another day, background of another happening, a quoted "today", a page's time
 * stamp, a relay's "today"), and whether the sentence tells the Kazakh side's own meeting in a round-up. Kept
 * apart from dates.ts, which collects the candidates, so each rule reads on its own.
 */
import type { DateMention } from './date-cues.ts';
import type { Rejection } from './date-rank.ts';
import { EUROPEAN_QUOTES, insideQuote } from './inside-quote.ts';
import { eventNouns, predicates } from './predicates.ts';
import { tally } from './relevance-patterns.ts';
import type { Sentence } from './sentences.ts';

/** A clock time right after a date: the date is a time stamp of the page, not a day of the event. */
const STAMP_CLOCK = /^\s*[,|/–-]?\s*(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)/;

/** Why a mention can never be the event's day (see Rejection), or null. */
export function rejection(
  s: Sentence,
  x: DateMention,
  zone: number,
  clause: number,
  kind: string,
  pub: number | null,
  relay: boolean,
): Rejection | null {
  // A dated body sentence with a year that tells another kind of happening («14 сентября 2022 года … прилетел
  // с государственным визитом») is background, not the day of this event.
  if (zone === 0 && clause === 0 && x.y && backgroundYear(x.y, pub) && otherHappening(s, kind))
    return 'background';
  // A cue says it is another day (in force from, since, the founding of relations): never the event's.
  if (x.notEvent) return 'other-day-cue';
  // «Сегодня ведется строительство …» quoted in the body: a speaker's "today" is "nowadays", not a day.
  if (zone === 0 && x.type !== 'explicit' && insideQuote(s.text, x.at, EUROPEAN_QUOTES))
    return 'quoted-today';
  // A day followed by a clock time («от 31.08.2025 11:34» in a photo caption) is a page's time stamp.
  if (STAMP_CLOCK.test(s.text.slice(x.end, x.end + 10))) return 'page-stamp';
  // "Today", «бүгін» in the head of a relayed report count from the first outlet's day, which the relay's
  // page date is not (regional papers reprint a day or more late): no day can be read from them.
  if (relay && zone > 0 && x.type === 'relative') return 'relay-relative';
  return null;
}

/** A sentence naming the Kazakh side and a meeting of its own ("Tokayev's talks with Xi on Wednesday"). */
export function pairMeeting(text: string): boolean {
  return tally(text).kz > 0 && eventNouns(text).some((n) => n.kind === 'meeting' && !n.document);
}

/** A year before the report's (or any year when the report's day is unknown). */
function backgroundYear(y: number, pub: number | null): boolean {
  return pub === null || y < new Date(pub).getUTCFullYear();
}

/** A sentence whose realized event is of another kind than the article's (a past visit in a meeting report). */
function otherHappening(s: Sentence, kind: string): boolean {
  const own = predicates(s.text, false).filter((p) => p.role === 'event' && p.tense === 'realized');
  return own.length > 0 && own.every((p) => p.kind !== kind);
}
