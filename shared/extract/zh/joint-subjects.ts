/**
 * Names that share one verb at the end of a comma list («副总理某某，第一副总理某某共同出席…»): Chinese puts a
 * title before each name and the commas between them split what the clause test sees, so the first names would
 * lack a verb of taking part.
 */
import { JOINT_VERBS_ZH, JOINT_ZH } from '../lexicon/zh/joint.ts';

/**
 * Right after a name: a comma and up to two further titled names (clauses with no sentence stop) ending in a
 * joint word and its verb. Compiled once; no letter classes, only the punctuation that bounds a clause.
 */
const SHARED_VERB = new RegExp(
  `^(?:[，,、][^，,、。；;：:！？\\n]{1,40}?){1,2}(?:${JOINT_ZH.join('|')})(?:${JOINT_VERBS_ZH.join('|')})`,
);

/** Whether the name ending at `end` in `sentence` is one subject of a verb shared by a comma list after it. */
export function sharesListVerb(sentence: string, end: number): boolean {
  return SHARED_VERB.test(sentence.slice(end, end + 90));
}
