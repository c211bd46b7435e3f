import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what survived the last full collection, in percent, for the
 * batch commands (`extract`, `cluster`). V8's default picks the factor from how cheap collection has
 * been, and for these commands it is always cheap: the live set stays small (about 50 MB at 20,000 articles)
 * while every article leaves short-lived sentence analyses behind, so the old generation grew to four times the
 * live set before V8 collected it, and `cluster` at 20,000 articles peaked at 330–340 MB. At 30 % it peaks at
 * 210–220 MB for about 3 % more CPU: more full collections of a small live set (see bench/cluster-command.ts).
 */
export const BATCH_HEAP_GROWING_PERCENT = 30;

/** Tells V8 to collect the old generation sooner, for a command that streams many articles through extraction. */
export function tightenHeapForBatch(): void {
  // Read at every full collection (not only at start-up), so setting it before the first article is enough.
  setFlagsFromString(`--heap-growing-percent=${BATCH_HEAP_GROWING_PERCENT}`);
}
