/** Trip patterns of the kind rules: which trips are visits as a whole and which only carry the meetings. */
import { TRIP_EN } from './lexicon/en/kind.ts';
import { PLACES_EN } from './lexicon/en/places-cues.ts';
import { TRIP_KK } from './lexicon/kk/kind.ts';
import { TRIP_RU } from './lexicon/ru/kind.ts';
import { PLACES_RU } from './lexicon/ru/places-cues.ts';
import { alternation, regex, WB_END, WB_START, wordsRegex } from './pack-words.ts';

/** A trip verb at the start of a predicate ("arrived", «прибыла», "visited"). */
export const TRIP_VERB = regex(`^${alternation([...TRIP_EN.tripVerbs, ...TRIP_RU.tripVerbs])}`, 'iu');
/** A state or official visit: a visit as a whole, whose meetings belong to its report. */
export const STATE_VISIT = wordsRegex([...TRIP_EN.stateVisit, ...TRIP_RU.stateVisit, ...TRIP_KK.stateVisit]);
/** A trip to one of the two countries as a whole ("visits Kazakhstan", «визит в Китай»): a visit report. */
export const COUNTRY_TRIP = regex(
  `${WB_START}${alternation([...TRIP_EN.tripVerbs, ...TRIP_RU.tripVerbs, 'visit', 'визит*', 'сапар*'])}\\s+(?:(?:to|in|в|во)\\s+)?(?:the\\s+)?${alternation([...PLACES_EN.countries.KZ, ...PLACES_EN.countries.CN, ...PLACES_RU.countries.KZ, ...PLACES_RU.countries.CN])}${WB_END}`,
  'iu',
);
