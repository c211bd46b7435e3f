/**
 * The names of the pair features, in the order of the fitted weights, and which of them are read from a
 * pair's content (the costly ones `pairFeatures` may leave NaN for `withContent` to fill in).
 */

/**
 * Pair features of two reports for record linkage. Every feature is 0 when its evidence is missing on either
 * side (missing evidence is neutral); agreeing and contradicting evidence are separate features, so the fitted
 * weights can make a contradiction count against a pair. Order matters: it is the order of the weights.
 */
export const FEATURES = [
  'hardConflict',
  'dateSame',
  'dateWindow',
  'dateNext',
  'dateFar',
  'dateWeek',
  'dayWritten',
  'dayDisjoint',
  'yearDisjoint',
  'noDates',
  'sidesSameDay',
  'sidesNoDate',
  'bothSides',
  'people2',
  'people1',
  'coverage',
  'counterpartConflict',
  'noSharedPerson',
  'kindSame',
  'kindDiffer',
  'visitVsPart',
  'placeSame',
  'placeDiffer',
  'figureShared',
  'agreementShared',
  'namesShared',
  'namesJaccard',
  'stemsSameLang',
  'shingles',
  'occasionShared',
  'occasionDiffer',
  'namedPeople',
  'statementVsPresence',
] as const;
/** The name of one pair feature (see FEATURES). */
export type FeatureName = (typeof FEATURES)[number];

/** The features read from a pair's content (names, days, years, figures, documents, texts): the costly ones. */
export const CONTENT = [
  'dayWritten',
  'dayDisjoint',
  'yearDisjoint',
  'figureShared',
  'agreementShared',
  'namesShared',
  'namesJaccard',
  'stemsSameLang',
  'shingles',
  'occasionShared',
  'occasionDiffer',
  'namedPeople',
] as const satisfies readonly FeatureName[];
/** The name of one content feature (see CONTENT). */
export type ContentFeature = (typeof CONTENT)[number];
/** Each feature's place in a feature vector. */
export const FEATURE_INDEX = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<
  FeatureName,
  number
>;
