/**
 * Deduplication and event clustering: URL canonicalisation, content fingerprints and near-duplicate
 * detection (article level), same-event decisions, merging and stable event ids (event level). Pure
 * functions, no I/O: the pipeline and the CLI both use them.
 */

export { agreementKey, mergeAgreements, sameAgreement } from './agreements.ts';
export {
  articleKey,
  type ClusterInput,
  clusterArticles,
  clusterReports,
  MemoryClusters,
  reportOfInput,
} from './cluster.ts';
export {
  type ClusterPort,
  type ClusterView,
  EventClusterer,
  eventIdFor,
  type Placement,
} from './clusterer.ts';
export {
  contentHash,
  hamming,
  jaccard,
  normaliseText,
  SHINGLE_SIZE,
  shingleHashes,
  simhash,
  tokenize,
} from './content.ts';
export { type PairwiseScore, pairwiseF1 } from './eval.ts';
export { DEFAULT_MODEL, type LinkageModel, linkScore } from './linkage.ts';
export {
  consensusDate,
  consensusPlace,
  isBroadPlace,
  mergeEvents,
  mergeStored,
  newAgreements,
  specificPlace,
} from './merge.ts';
export { estimateJaccard, LSH_BANDS, LSH_ROWS, lshBandKeys, MINHASH_BINS, minhash } from './minhash.ts';
export { namesMatch, personKey } from './names.ts';
export {
  isNearDuplicate,
  NEAR_DUP_JACCARD,
  NearDupIndex,
  type NearDupMatch,
  nearDupBandKeys,
  nearDupSimilarity,
  textBandKeys,
} from './neardup.ts';
export { FEATURES, pairFeatures } from './pair.ts';
export { dayOf, placeKey, type Report, reportOf } from './report.ts';
export { articleId, canonicalUrl, urlKeys } from './url.ts';
