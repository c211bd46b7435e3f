/**
 * The sentence-level readings the kind rules (kind.ts) combine: what a signing, a trip, someone's words or a
 * meeting verb make of one head sentence. Split from kind.ts, which decides among them.
 */
import type { EventKind } from '../domain/index.ts';
import { COUNTRY_TRIP, STATE_VISIT, TRIP_VERB } from './kind-trips.ts';
import { type EventNoun, eventNouns, nounSetting, type Predicate, predicates } from './predicates.ts';
import { has, MULTILATERAL_TITLE } from './relevance-patterns.ts';
import type { Sentence } from './sentences.ts';

/** A head sentence as the kind rules read it: its predicates and its main clause, analysed on first use. */
export interface Read {
  s: Sentence;
  preds: Predicate[];
  masked: string;
}

/** Event kinds that outrank a signing or someone's words when the same head sentence also names one of them. */
const STRONG: EventKind[] = ['meeting', 'forum', 'visit', 'phone_call'];
/** Every phone-call word of the packs has one of these stems: a cheap test before the full analysis. */
export const PHONE_HINT = /phone|телефон|созвон/i;
/** Events a signing can be part of. */
const CONTAINERS: EventKind[] = ['meeting', 'forum', 'phone_call'];

/**
 * The setting kind a sentence names for its verbs ("at the meeting", «во время форума»), if any; `containers`
 * only: a signing "at a meeting" belongs to it, a signing KTZ "said in a statement" does not.
 */
function settingKind(r: Read, allowVisit: boolean, containers = false, before = Infinity): EventKind | null {
  const hit = eventNouns(r.masked).find(
    (n: EventNoun) =>
      n.at < before &&
      !n.document &&
      (allowVisit || n.kind !== 'visit') &&
      (!containers || CONTAINERS.includes(n.kind)) &&
      nounSetting(r.masked, n) !== null,
  );
  return hit?.kind ?? null;
}

/**
 * A signing is the event only when the signing ceremony itself is reported: documents signed at a named
 * meeting or forum ("signed at the forum", «во время встречи»), or within a visit, talks or forum the lead
 * tells, belong to that event. "They also discussed …" does not make a signing report a meeting.
 */
export function signingKind(head: Read[], lead: Read[], leadOpens = false, body: Read[] = []): EventKind {
  for (const r of head) {
    if (!r.preds.some((p) => p.kind === 'agreement_signing' && p.tense !== 'past')) continue;
    const setting = settingKind(r, false, true);
    if (setting) return setting;
  }
  // "Kazakhstan and China signed 15 documents during the Premier's visit. The premiers held talks …": a lead
  // that opens with a batch signing as its main clause reports the ceremony; talks told after it are its frame
  // (one protocol signed on a visit stays part of the visit).
  if (leadOpens) return 'agreement_signing';
  // A signing headline whose body tells where the documents were signed ("During the talks the sides signed
  // …"): that meeting or forum is the event, before a visit the lead opens with.
  for (const r of body) {
    if (!r.preds.some((p) => p.kind === 'agreement_signing' && p.tense === 'realized')) continue;
    const setting = settingKind(r, false, true);
    if (setting) return setting;
  }
  for (const r of lead) {
    const p = r.preds.find(
      (x) => x.role === 'event' && x.tense === 'realized' && !x.weak && STRONG.includes(x.kind),
    );
    if (p) return p.kind;
  }
  return 'agreement_signing';
}

/**
 * A trip made to attend something ("arrived in Almaty to attend the ministers' meeting") or to meet someone
 * («посетил область, где провел встречу с акимом»): the reported event is that, not a visit.
 */
export function tripTo(r: Read, p: Predicate): EventKind | null {
  if (p.kind !== 'visit') return null;
  const met = predicates(r.s.text, r.s.zone === 'title', false).find(
    (x) => x.at > p.at && x.kind === 'meeting' && x.tense === 'realized' && !x.weak,
  );
  // A working trip or a delegation's arrival "where it was received": the meetings are the news. A state or
  // official visit stays the visit (its own report), unless the verb is "visited" a place and met someone there.
  const verb = r.s.text.slice(p.at, p.end);
  if (met && (/^(?:visit|посе)/iu.test(verb) || (TRIP_VERB.test(verb) && !STATE_VISIT.test(r.s.text))))
    return 'meeting';
  const purpose = r.preds.find(
    (x) => x.at > p.at && x.role === 'event' && x.tense === 'future' && x.kind !== 'visit',
  );
  // "arrived in Astana to attend the SCO summit and pay a state visit": a multilateral gathering is no
  // Kazakhstan–China event of its own (kind-frames.ts), so the state visit the trip also is, is the event. A
  // working trip to a multilateral meeting keeps its purpose (the pair's talks there are the news).
  if (purpose && STATE_VISIT.test(r.s.text) && has(MULTILATERAL_TITLE, r.s.text.slice(purpose.at)))
    return null;
  return purpose?.kind ?? null;
}

/** The trip a sentence's first visit predicate is part of, if any (see tripTo). */
export function tripOfVisit(r: Read): EventKind | null {
  const v = r.preds.find((p) => p.kind === 'visit' && p.tense === 'realized');
  return v ? tripTo(r, v) : null;
}

/** Someone's words are the event unless they were spoken at a meeting or forum, or report a coming visit. */
export function speechKind(r: Read, lead: Read[]): EventKind {
  // "Xi plans a state visit, the ambassador said at a meeting with …": the meeting is where the words were
  // said; the visit is what they were about.
  const said = r.preds.find((p) => p.role === 'speech');
  const cut = said ? reportedFrom(r.masked, said) : Number.POSITIVE_INFINITY;
  const own = settingKind(r, false, false, cut) ?? settingKind(r, true, false, cut);
  if (own && own !== 'agreement_signing') return own;
  const content = r.preds.find((p) => p.role === 'event' && p.tense !== 'past');
  // A visit or talks still to come are what was said; where it was said ("at a meeting with …") is the event.
  if (content && content.tense !== 'future') return content.kind;
  for (const o of lead) {
    const said = o.preds.find((p) => p.role === 'speech');
    if (!said) continue;
    const k = settingKind(o, false, false, reportedFrom(o.masked, said));
    if (k && k !== 'agreement_signing') return k;
  }
  if (content) return content.kind;
  // Talks told after a remark outrank a visit told there too ("talks → meeting even during a visit").
  const kinds = lead.flatMap((o) =>
    o.preds.filter((p) => p.role === 'event' && p.tense === 'realized').map((p) => p.kind),
  );
  return STRONG.find((k) => kinds.includes(k)) ?? 'statement';
}

/** "said that …", «заявил, что …»: what follows is what was said, not where. */
const THAT_AFTER = /^\s*,?\s*(?:that|что)\b/iu;

/**
 * Where the words a speech verb reports begin ("He said that the agenda of the talks was …"): an event noun
 * there is the content, not the place the words were spoken; Infinity when no such clause follows.
 */
function reportedFrom(masked: string, said: Predicate): number {
  return THAT_AFTER.test(masked.slice(said.end, said.end + 8)) ? said.end : Number.POSITIVE_INFINITY;
}

/**
 * Words told as made at a meeting or forum ("made the statement during separate meetings with …", "conveyed
 * greetings at the talks"): that meeting or forum is the event, as for a speech verb with a setting.
 */
export function statementAt(r: Read): EventKind {
  return settingKind(r, false, true) ?? 'statement';
}

/** "was met at the airport", «был встречен»: a welcome, not a meeting of its own. */
const PASSIVE_BEFORE = /(?:^|\s)(?:was|were|is|are|been|being|был|была|были)\s+$/iu;

/** True when a sentence's first event verb is a meeting ("received", "met", "held talks"), said in the active. */
export function meetingFirst(r: Read): boolean {
  const p = r.preds.find((x) => x.tense === 'realized');
  return (
    p !== undefined &&
    p.role === 'event' &&
    p.kind === 'meeting' &&
    !p.weak &&
    !PASSIVE_BEFORE.test(r.s.text.slice(Math.max(0, p.at - 12), p.at))
  );
}

/**
 * A working trip or a delegation's arrival, not a state or official visit, whose lead then tells who met or
 * received whom ("The guests were received by the akim"): the meetings are the news, so the kind is meeting.
 */
export function workingTripMeeting(first: Predicate | undefined, head: Read[], lead: Read[]): Read | null {
  if (first?.kind !== 'visit' || first.tense !== 'realized') return null;
  if (head.some((r) => STATE_VISIT.test(r.s.text) || COUNTRY_TRIP.test(r.s.text))) return null;
  return (
    lead
      .slice(0, 3)
      .find((r) => r.preds.some((p) => p.kind === 'meeting' && p.tense === 'realized' && !p.weak)) ?? null
  );
}
