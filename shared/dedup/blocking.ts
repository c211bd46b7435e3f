import { FEATURES, type FeatureName } from './features.ts';
import type { LinkageModel } from './linkage.ts';

/**
 * Which pairs the clusterer may leave uncompared, proved from the model's own weights: a cluster is accepted
 * only when its mean member link (clamped at ±LINK_CLAMP) reaches the threshold, so at least one member must
 * link at the threshold or above. When the weights make that impossible for a pair with dates two or more
 * days apart, or for a pair whose people lists share nobody, those pairs never need comparing, and blocking
 * by (day window, participant key) drops nothing the clusterer would accept: outputs stay identical.
 */
export interface BlockingRules {
  /** Day windows further apart than this cannot link (null: the model does not prove it; block by ±3 days). */
  dayGap: number | null;
  /** Whether reports whose people lists share nobody cannot link (then block by participant key too). */
  byPerson: boolean;
}

/** No proof: the plain day blocking. */
export const NO_RULES: BlockingRules = { dayGap: null, byPerson: false };

/** Every feature lies in [0, 1]: an unknown one adds at most its weight when positive. */
function upperBound(model: LinkageModel, fixed: Partial<Record<FeatureName, number>>): number {
  let z = model.bias;
  FEATURES.forEach((name, i) => {
    const w = model.weights[i] ?? 0;
    const v = fixed[name];
    z += v === undefined ? Math.max(0, w) : w * v;
  });
  return z;
}

/** The rules the model proves (see `BlockingRules`); `clamp` is the clusterer's link clamp. */
export function blockingRules(model: LinkageModel, clamp: number): BlockingRules {
  // below -clamp a mean could be reached by clamped members alone: no proof then
  if (model.threshold <= -clamp) return NO_RULES;
  const far = upperBound(model, {
    dateFar: 1,
    dateSame: 0,
    dateWindow: 0,
    dateNext: 0,
    sidesSameDay: 0,
    sidesNoDate: 0,
    noDates: 0,
  });
  const nobody = upperBound(model, {
    noSharedPerson: 1,
    bothSides: 0,
    sidesSameDay: 0,
    sidesNoDate: 0,
    people2: 0,
    people1: 0,
    coverage: 0,
    counterpartConflict: 0,
  });
  return { dayGap: far < model.threshold ? 1 : null, byPerson: nobody < model.threshold };
}
