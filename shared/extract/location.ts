/**
 * Event venue: the city the event's own clause puts it in ("held talks in Tianjin", «в Пекине», "at the Great
 * Hall of the People", «Бейжіңде»), read first in the sentence that gave the kind, then in the title and lead,
 * then in body sentences about the same event. A news agency's dateline city is not the venue; nothing is
 * guessed beyond what a careful reader takes
 * for granted (a visit to a country as a whole, or its accredited envoy, is in its capital: implied-venue.ts); phone and video calls and statements have no venue.
 */
import type { EventKind } from '../domain/index.ts';
import { pastIn } from './clauses.ts';
import { lookupPlace } from './gazetteer/index.ts';
import { impliedVenue } from './implied-venue.ts';
import { classifyKindWithEvidence } from './kind.ts';
import { alternation, WB_END, WB_START } from './lexicon/build.ts';
import { PLACES_EN } from './lexicon/en/places-cues.ts';
import { HOME_CITIES } from './lexicon/en/sources.ts';
import { PLACES_KK } from './lexicon/kk/places-cues.ts';
import { PLACES_RU } from './lexicon/ru/places-cues.ts';
import { caseless } from './pack-words.ts';
import { eventNouns, mainClause, type Predicate, predicates } from './predicates.ts';
import { relayed } from './relay.ts';
import { headSentences, type Sentence } from './sentences.ts';
import {
  isRemote,
  OWN_CORRESPONDENT,
  type PlaceHit,
  placeHits,
  STATEMENT_SETTING,
  VISITING,
} from './venues.ts';

/*
 * Every call below spells out the optional arguments of `predicates` (isTitle) and `mainClause` (isTitle,
 * maskSubordinate) as the kind rules and `predicates` itself pass them: their memo (memo.ts) keys a call by
 * the arguments given, so `predicates(t)` and `predicates(t, false)` were two analyses of one sentence.
 */

/** A venue with the sentence it was read from. */
export interface LocationWithEvidence {
  location: string | null;
  evidence: string | null;
}

/** Kinds that happen nowhere in particular: a call; a statement only has one when made at a briefing. */
const PLACELESS: (EventKind | string)[] = ['phone_call'];

/** The first city of hits in the role (a module function: the loader names closures made in loops anew). */
function firstCity(hits: PlaceHit[], role: PlaceHit['role']): string | undefined {
  return hits.find((h) => h.role === role)?.city;
}

/** The best venue a sentence names for an event of `kind`, if any. */
function venueIn(s: Sentence, kind: string | null, ahead: boolean): string | null {
  const isTitle = s.zone === 'title';
  const full = mainClause(s.text, isTitle, false);
  const all = placeHits(full);
  // Most sentences name no place: nothing more to read there.
  if (all.length === 0) return null;
  const main = mainClause(s.text, isTitle, true);
  // The clause's predicates (memoised) are read only for a place that may be of something to come, and not
  // when the whole report is a preview anyway: most sentences' places are settled before they are needed.
  const lastVerbBefore = (at: number): Predicate | undefined =>
    predicates(s.text, isTitle, false)
      .filter((p) => p.end <= at)
      .at(-1);
  // Places of the main clause first ("X, who flew in from Beijing, met Y in Astana"), then the others.
  for (const inMain of [true, false]) {
    const hits = all
      .filter((h) => (main[h.at] !== ' ') === inMain)
      .filter(
        (h) =>
          !pastIn(full, Math.max(0, h.at - 60), h.end + 25) &&
          // "the memorandum will be signed in Urumqi": a place of something to come is not this event's.
          (ahead || lastVerbBefore(h.at)?.tense !== 'future') &&
          (kind !== 'statement' || STATEMENT_SETTING.test(full.slice(Math.max(0, h.at - 40), h.at))),
      );
    // "during his working trip to Xi'an, met …": the trip's destination is where the meeting was.
    const city =
      firstCity(hits, 'venue') ??
      firstCity(hits, 'destination') ??
      (kind === 'visit' ? firstCity(hits, 'departure') : undefined);
    if (city) return city;
  }
  return null;
}

/** What the venue rules know about the report besides its sentences: who published it. */
export interface LocationContext {
  outlet?: string | null;
}

/** Resolves the venue and the sentence it was read from (see the module comment). */
export function resolveLocationWithEvidence(
  sentences: Sentence[],
  kind: string | null = null,
  ctx: LocationContext = {},
): LocationWithEvidence {
  const none = { location: null, evidence: null };
  if (kind !== null && PLACELESS.includes(kind)) return none;
  const { title, lead } = headSentences(sentences);
  const head = [...(title ? [title] : []), ...lead];
  const evidence = classifyKindWithEvidence(sentences).evidence;
  const main = sentences.find((s) => s.text === evidence);
  // A preview ("Xi will pay a state visit … and attend the summit in Astana"): its places are still to come.
  const ahead =
    main !== undefined &&
    !predicates(main.text, false).some((p) => p.role === 'event' && p.tense === 'realized');
  // Video talks are meetings without a venue.
  if (isRemote(head.map((s) => s.text).join('\n'))) return none;
  const inHead = new Set(head);
  // Body sentences about the same happening ("The talks took place in the Akorda").
  const body = sentences.filter((s) => !inHead.has(s) && s !== main).slice(0, 12);
  for (const s of [...(main ? [main] : []), ...head.filter((x) => x !== main)]) {
    const city = venueIn(s, kind, ahead);
    if (city) return { location: city, evidence: s.text };
  }
  // The dateline city is the venue when the text says the reporter was there: the agency's own correspondent
  // reports, or a wire "CITY, March 9 (Xinhua) -- X met visiting Y" where the guest was received.
  const said =
    head.find((s) => OWN_CORRESPONDENT.test(s.text)) ??
    head.find(
      (s) =>
        HERE.test(mainClause(s.text, false, true)) &&
        predicates(s.text, false).some((p) => p.role === 'event'),
    ) ??
    head.find((s) => VISITING.test(s.text) && predicates(s.text, false).some((p) => p.kind === 'meeting'));
  const dateline = said && kind !== 'statement' ? datelineCity(sentences, lead[0]) : null;
  if (said && dateline) return { location: dateline, evidence: said.text };
  for (const s of body) {
    if (placeHits(mainClause(s.text, false, false)).length === 0 || !aboutEvent(s, kind)) continue;
    const city = venueIn(s, kind, ahead);
    if (city) return { location: city, evidence: s.text };
  }
  // A meeting whose own sentences name no city, told within a trip ("the akim visited Urumqi … He met the
  // governor"): the trip's realized destination city is where the meeting was, before any implied capital.
  if (kind === 'meeting' && !ahead) {
    for (const s of [...head, ...body]) {
      if (!predicates(s.text).some(isRealizedTrip)) continue;
      const city = firstCity(placeHits(mainClause(s.text, s.zone === 'title', false)), 'destination');
      if (city) return { location: city, evidence: s.text };
    }
  }
  // No city named anywhere about the event: a trip to a country, or its accredited envoy, implies the capital.
  const capital = ahead ? null : impliedVenue(main ? [main, ...head] : head, kind);
  // A trip to a country whose later sentences name a city of it («В ходе переговоров в Пекине…», "In Shanghai he
  // will also open…"): that city, not the capital the trip alone implies, is where the visit took place.
  // A meeting held during such a trip («в рамках рабочего визита в Китай встретился…») is in that city too.
  const implied =
    capital && (kind === 'visit' || kind === 'meeting') ? (tripCity(body, capital) ?? capital) : capital;
  const own = ahead || kind === 'statement' ? null : ownDateline(sentences, lead[0], ctx.outlet);
  // The outlet's own dateline ("XI'AN. KAZINFORM –", a bare "BEIJING.") puts its reporter at the event, unless
  // the report is about a trip to another country than the dateline's (a home desk writing about a visit abroad).
  if (own && (!implied || sameCountry(own.city, implied.city)))
    return { location: own.city, evidence: own.evidence };
  return implied ? { location: implied.city, evidence: implied.evidence } : none;
}

/** The first venue or destination city of the body in the implied capital's country, with its sentence. */
function tripCity(body: Sentence[], capital: { city: string }): { city: string; evidence: string } | null {
  for (const s of body) {
    const full = mainClause(s.text, false, false);
    const hit = placeHits(full).find(
      (h) =>
        (h.role === 'venue' || h.role === 'destination') &&
        sameCountry(h.city, capital.city) &&
        !pastIn(full, Math.max(0, h.at - 60), h.end + 25),
    );
    if (hit) return { city: hit.city, evidence: s.text };
  }
  return null;
}

/** A trip that took place (a realized visit predicate): its destination can be a meeting's venue. */
function isRealizedTrip(p: { kind: string | null; tense: string }): boolean {
  return p.kind === 'visit' && p.tense === 'realized';
}

/** True when a body sentence tells the same happening ("The talks took place in the Akorda"). */
function aboutEvent(s: Sentence, kind: string | null): boolean {
  return (
    predicates(s.text, false).some((p) => p.role === 'event' && p.kind === kind && p.tense === 'realized') ||
    eventNouns(s.text).some((n) => n.kind === kind)
  );
}

/** "here" or "local time" in the event's clause: the dateline city ("met … here on Wednesday", «здесь»). */
const HERE = new RegExp(
  `${WB_START}${alternation([...PLACES_EN.here, ...PLACES_RU.here, ...PLACES_KK.here])}${WB_END}`,
  'iu',
);

/** Outlet names of HOME_CITIES as whole words ("cri" in "CRI", not inside another name), on folded text. */
const HOME_OUTLET = new Map(
  HOME_CITIES.map(([name]) => [
    name,
    caseless(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu', { raw: true }),
  ]),
);

/** The city a wire dateline opens the story with ("ASTANA. KAZINFORM –", «ПЕКИН.», "ALMATY, March 9"). */
function datelineCity(sentences: Sentence[], firstLead: Sentence | undefined): string | null {
  const stop = firstLead ? sentences.indexOf(firstLead) : 2;
  for (const s of sentences.slice(0, stop + 1)) {
    if (s.zone === 'title') continue;
    const hit = placeHits(s.text).find((h) => h.at < 3 && /^\s*(?:[,.]|$)/.test(s.text.slice(h.end)));
    if (hit) return hit.city;
  }
  return null;
}

/**
 * The dateline city of a report the outlet wrote itself: no relay of another agency (see relay.ts), so the
 * dateline is where its own reporter was. Null for a relayed wire (its dateline is the other agency's desk).
 */
function ownDateline(
  sentences: Sentence[],
  firstLead: Sentence | undefined,
  outlet: string | null | undefined,
): { city: string; evidence: string } | null {
  if (!outlet) return null;
  const city = datelineCity(sentences, firstLead);
  if (!city) return null;
  // The desk's own city says where the report was written, not where the event was.
  if (HOME_CITIES.some(([name, home]) => home === city && HOME_OUTLET.get(name)?.test(outlet))) return null;
  const text = sentences
    .slice(0, 6)
    .map((s) => s.text)
    .join('\n');
  if (relayed(text, outlet)) return null;
  return { city, evidence: firstLead?.text ?? city };
}

/** True when two cities lie in one country (by the gazetteer). */
function sameCountry(a: string, b: string): boolean {
  const ca = lookupPlace(a)?.country;
  return ca !== undefined && ca === lookupPlace(b)?.country;
}

/** The venue city of the event, or null (see resolveLocationWithEvidence). */
export function resolveLocation(
  sentences: Sentence[],
  kind: string | null = null,
  ctx: LocationContext = {},
): string | null {
  return resolveLocationWithEvidence(sentences, kind, ctx).location;
}
