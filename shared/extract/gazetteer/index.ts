/** The one gazetteer: people (./people.ts) and places (./places.ts), for the extraction rules. */
export { LANDMARKS } from './landmarks.ts';
export * from './people.ts';
export { placesRegex } from './place-patterns.ts';
export {
  CAPITALS,
  CITIES,
  type City,
  canonicalCity,
  lookupPlace,
  PLACES,
  type Place,
} from './places.ts';
