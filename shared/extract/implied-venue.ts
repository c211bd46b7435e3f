/**
 * The venue a report implies without naming a city, in the two cases where a careful reader has no doubt: a trip
 * to a country as a whole ("paid an official visit to China", «прибыл с визитом в Казахстан») takes place in its
 * capital unless a city is named, and an envoy accredited to a country ("the Ambassador of China to Kazakhstan")
 * is met in that country's capital. Used only when the event's own clauses name no venue.
 */
import { CAPITALS } from './gazetteer/index.ts';
import { alternation, WB_END, WB_START } from './lexicon/build.ts';
import { PLACES_EN } from './lexicon/en/places-cues.ts';
import { PLACES_KK } from './lexicon/kk/places-cues.ts';
import { PLACES_RU } from './lexicon/ru/places-cues.ts';
import { literalHint } from './literal-hint.ts';
import type { Sentence } from './sentences.ts';

const PACKS = [PLACES_EN, PLACES_RU, PLACES_KK];
const SIDES = ['KZ', 'CN'] as const;

function countryGroup(side: (typeof SIDES)[number]): string {
  return alternation(PACKS.flatMap((p) => p.countries[side]));
}

/** Per side: a trip to that country, and an envoy accredited to it ("… to Kazakhstan", «… в Казахстане»). */
const CUES = SIDES.map((side) => {
  const country = countryGroup(side);
  const trip = alternation(PACKS.flatMap((p) => p.countryTrip));
  const envoy = alternation(PACKS.flatMap((p) => p.envoy));
  const tripOf = alternation([PLACES_EN, PLACES_RU].flatMap((p) => p.tripOf));
  const tripTo = alternation([PLACES_EN, PLACES_RU].flatMap((p) => p.tripTo));
  return {
    side,
    trip: new RegExp(
      `${WB_START}${trip}\\s+(?:(?:an?|the|official|state|working)\\s+){0,2}${country}${WB_END}`,
      'iu',
    ),
    // The traveller named between: a lazy run of at most 60 characters inside one clause keeps it linear.
    tripOf: new RegExp(
      `${WB_START}${tripOf}\\s+[^,.;:()]{1,60}?\\s${tripTo}\\s+(?:the\\s+)?${country}${WB_END}`,
      'iu',
    ),
    envoy: new RegExp(
      `${WB_START}${envoy}${WB_END}[^.;]{0,60}?${WB_START}(?:to|в|во)\\s+${country}${WB_END}`,
      'iu',
    ),
  };
});

/**
 * Plain pre-tests of the cue words each pattern above opens with (literal-hint.ts): most head sentences name no
 * trip and no envoy, and each pattern, a Unicode-boundary alternation, would be scanned over them once per side.
 * Null (no pre-test) when a list holds a `/…/` entry.
 */
const MAY_TRIP = literalHint(PACKS.flatMap((p) => p.countryTrip));
const MAY_TRIP_OF = literalHint([PLACES_EN, PLACES_RU].flatMap((p) => p.tripOf));
const MAY_ENVOY = literalHint(PACKS.flatMap((p) => p.envoy));
const may = (hint: RegExp | null, text: string): boolean => hint === null || hint.test(text);

const TWO = [PLACES_EN, PLACES_RU];
/** A trip still to come: these words just before it. */
const TRIP_AHEAD = new RegExp(
  `${WB_START}${alternation(TWO.flatMap((p) => p.tripAhead))}${WB_END}[^.;]{0,30}$`,
  'iu',
);

/** True when a trip cue matches in the sentence, and not as a trip still to come. */
function tripNow(re: RegExp, text: string): boolean {
  const m = re.exec(text);
  return m !== null && !TRIP_AHEAD.test(text.slice(Math.max(0, m.index - 40), m.index));
}

/** A regional host (akim, governor, mayor): an envoy's meeting with one is held in that region, not the capital. */
const REGIONAL_HOST = new RegExp(
  `${WB_START}${alternation(PACKS.flatMap((p) => p.regionalHosts))}${WB_END}`,
  'iu',
);

/** The capital a head sentence implies for the event, with that sentence; null when none does. */
export function impliedVenue(
  head: Sentence[],
  kind: string | null,
): { city: string; evidence: string } | null {
  if (kind === 'statement' || kind === 'phone_call') return null;
  for (const s of head) {
    const trip = may(MAY_TRIP, s.text);
    const tripOf = may(MAY_TRIP_OF, s.text);
    const envoy = kind === 'meeting' && may(MAY_ENVOY, s.text);
    if (!trip && !tripOf && !envoy) continue;
    for (const c of CUES) {
      const city = CAPITALS[c.side];
      if (!city) continue;
      if ((trip && tripNow(c.trip, s.text)) || (tripOf && tripNow(c.tripOf, s.text)))
        return { city, evidence: s.text };
      if (envoy && c.envoy.test(s.text) && !REGIONAL_HOST.test(s.text)) return { city, evidence: s.text };
    }
  }
  return null;
}
