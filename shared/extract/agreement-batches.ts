/** Batches of documents: whether a mention is several documents, how many, and which unnamed batches count. */

import { BATCH_VALUE, countBefore, GENERIC_WORD, VALUED_BATCH } from './agreement-cues.ts';
import { isPlural } from './doc-types.ts';
import * as kk from './lexicon/kk/documents.ts';
import { alternation, regex, WB_START } from './pack-words.ts';

/** A Kazakh quantity word up to two words before the noun («бірқатар маңызды құжатқа»): several documents. */
const SEVERAL_KK = regex(`${WB_START}${alternation(kk.SEVERAL)}\\s+(?:\\p{L}+\\s+){0,2}$`, 'iu');
/** The Kazakh plural suffix, before at most a case ending («құжаттарға», «келісімдер»). */
const PLURAL_KK = /(?:лар|лер|дар|дер|тар|тер)\p{L}{0,4}$/iu;

/** A plural noun, or a Kazakh noun made several by its suffix or a quantity word before it. */
function several(text: string, at: number, word: string): boolean {
  return isPlural(word) || PLURAL_KK.test(word.trim()) || SEVERAL_KK.test(countSpan(text, at));
}

/**
 * The words before a document noun where its count may stand: Russian qualifiers are long, and two joined by «и»
 * («24 межправительственных и межведомственных документа») take some 45 characters between number and noun.
 */
export function countSpan(text: string, at: number): string {
  return text.slice(Math.max(0, at - 64), at);
}

/**
 * Several documents: a plural noun, or any noun after a number of two or more (Kazakh keeps the noun singular
 * after numerals, «17 құжатқа»; Russian after 21, 31, …, «21 соглашение»).
 */
export function batch(text: string, at: number, word: string): boolean {
  if (several(text, at, word)) return true;
  const n = countBefore(countSpan(text, at));
  return n !== null && n >= 2;
}

/**
 * `batch` and the count before the mention together, for a rule that needs both of one mention several times:
 * each `batch` read the words before it again.
 */
export function batchCount(
  text: string,
  at: number,
  word: string,
): { several: boolean; count: number | null } {
  const count = countBefore(countSpan(text, at));
  return { several: several(text, at, word) || (count !== null && count >= 2), count };
}

/**
 * "signed 30 deals worth $5 billion", "$2 billion in deals": business deals with their value are the signed
 * documents of the report although none is named (a bare "30 documents were signed" is only a count).
 */
// "Cooperation deals" are the governments' framework documents, which the dev conventions only count.
export function valuedDeals(text: string, at: number, word: string): boolean {
  if (!VALUED_BATCH.test(word.trim())) return false;
  const before = text.slice(Math.max(0, at - 40), at);
  const qualifier = LAST_WORD.exec(before)?.[1];
  if (qualifier && GENERIC_WORD.test(qualifier)) return false;
  return BATCH_VALUE.test(`${before}${text.slice(at, at + word.length + 40)}`);
}

/**
 * "witnessed the exchange of a number of documents", «подписали ряд документов»: a signed batch neither named nor
 * counted by a number is one generic entry (a number makes it a count only, the conventions' `agreementCount`).
 */
export function uncounted(text: string, at: number, word: string): boolean {
  // Deals are read by their value alone (valuedDeals): "cooperative deals" unvalued are only counted.
  // A Kazakh plural («меморандумдарға қол қойды») is uncounted the same way.
  const plural = isPlural(word) || PLURAL_KK.test(word.trim());
  return plural && !VALUED_BATCH.test(word.trim()) && countBefore(countSpan(text, at)) === null;
}

/** The word right before a noun. */
const LAST_WORD = /(\p{L}+)\s+$/u;
