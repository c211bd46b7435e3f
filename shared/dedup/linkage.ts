import weights from './linkage-weights.json' with { type: 'json' };
import { FEATURES, pairFeatures } from './pair.ts';
import type { Report } from './report.ts';

/**
 * A fitted record-linkage model: logistic regression over pair features (`pair.ts`), and the two cut-offs
 * the clusterer uses. Fitted on the real dev set by `bench/linkage/fit.ts`, committed as data.
 */
export interface LinkageModel {
  features: readonly string[];
  bias: number;
  weights: number[];
  /** A report joins a cluster when its best link to a member scores at least this (log-odds). */
  threshold: number;
  /** …and no member scores below this: one contradicting member keeps the report out. */
  veto: number;
}

/** The committed model. */
export const DEFAULT_MODEL: LinkageModel = weights as LinkageModel;

/** The model, checked against `FEATURES`: a model fitted on other features fails loudly, not silently. */
export function checkedModel(model: LinkageModel): LinkageModel {
  if (model.features.join() !== FEATURES.join())
    throw new Error('the linkage model was fitted on other features: run bench/linkage/fit.ts');
  return model;
}

/** Log-odds that two reports describe the same happening. */
export function linkScore(a: Report, b: Report, model: LinkageModel = DEFAULT_MODEL): number {
  return scoreOf(pairFeatures(a, b), model);
}

/**
 * The log-odds of a feature vector; a NaN feature (not computed) counts as its weight when positive: the
 * score's upper bound over every value the feature could take (all lie in [0, 1]).
 */
export function scoreOf(f: readonly number[], model: LinkageModel = DEFAULT_MODEL): number {
  let z = model.bias;
  for (let i = 0; i < f.length; i++) {
    const w = model.weights[i] ?? 0;
    const v = f[i] as number;
    z += Number.isNaN(v) ? Math.max(0, w) : w * v;
  }
  return z;
}
