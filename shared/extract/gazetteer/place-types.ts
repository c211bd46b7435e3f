/**
 * One place of the gazetteer. `aliases` are names as written (Latin, Russian, Kazakh; nominative plus any case
 * form worth listing): they go to CITIES' variants unchanged, so consumers that look names up verbatim keep
 * working. Russian and Kazakh case endings are generated from them where patterns are built (place-patterns.ts).
 * `adjectives` are lexicon stems (trailing `*`) of the place's adjective («алматинск*» in «Алматинской
 * области»): evidence of the country, never a venue name.
 */
export interface Place {
  /** Canonical English name (the one the scorer and the clusterer compare). */
  name: string;
  /** ISO 3166 alpha-2 code of the country (EU for Brussels as the Union's seat). */
  country: string;
  kind: 'capital' | 'city' | 'region';
  aliases: string[];
  adjectives?: string[];
}
