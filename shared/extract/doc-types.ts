/** Document words of every language pack, as patterns: which docType a mention is, and where mentions are. */
import type { DocType } from '../domain/index.ts';
import * as en from './lexicon/en/documents.ts';
import * as kk from './lexicon/kk/documents.ts';
import * as ru from './lexicon/ru/documents.ts';
import { alternation, quickTest, regex, WB_END, WB_START, wordsRegex } from './pack-words.ts';

const PACKS = [en, ru, kk];

/** The docTypes in their order of precedence, each with the words of every language. */
const TYPES: Array<[DocType, string[]]> = (() => {
  const byType = new Map<DocType, string[]>();
  for (const pack of PACKS)
    for (const [type, words] of pack.DOC_TYPES) {
      const t = type as DocType;
      byType.set(t, [...(byType.get(t) ?? []), ...words]);
    }
  return [...byType.entries()];
})();

const TYPE_RES: Array<[RegExp, DocType]> = TYPES.map(([t, words]) => [
  regex(`^${alternation(words)}$`, 'iu'),
  t,
]);

/** Any document mention, longest words first ("commercial agreement" before "agreement"). */
export const DOC_ANY = wordsRegex(
  TYPES.flatMap(([, w]) => w),
  { global: true },
);

/** A fast pre-check: could the text name a document at all? */
export const MAY_NAME_DOC = quickTest(TYPES.flatMap(([, w]) => w));

/** A state treaty's subject ("interstate", «о дружбе»): a «договор» with one is an agreement. */
const TREATY = wordsRegex([...en.TREATY_CUES, ...ru.TREATY_CUES]);
/** A business subject (supply, construction, a company): a «договор» with one is a contract. */
const CONTRACT = wordsRegex(ru.CONTRACT_CUES);
const DOGOVOR = regex(`^договор${'\\p{L}*'}$`, 'iu');
/** Notes are a document only when exchanged ("exchanged notes"), never "he notes that". */
const EXCHANGE = regex(`${WB_START}(?:exchang\\p{L}*|обмен\\p{L}*|алмас\\p{L}*)${WB_END}`, 'iu');

/**
 * The docType of a document mention. A Russian «договор» is a treaty between states or a business contract: the
 * words of its clause decide (the dev conventions label a supply or construction «договор» a contract).
 */
export function docTypeOf(word: string, context = ''): DocType | null {
  const w = word.trim();
  if (DOGOVOR.test(w) && !TREATY.test(context) && CONTRACT.test(context)) return 'contract';
  const key = w.toLowerCase();
  let t = TYPE_CACHE.get(key);
  if (t === undefined) {
    t = TYPE_RES.find(([re]) => re.test(w))?.[1] ?? null;
    TYPE_CACHE.set(key, t);
  }
  if (t === 'notes' && !EXCHANGE.test(context)) return null;
  return t;
}

/** The type of each document word seen (the same few words recur in every article). */
const TYPE_CACHE = new Map<string, DocType | null>();

/** True for a plural document noun ("agreements", «соглашения», «документов»). */
export function isPlural(word: string): boolean {
  const w = word.trim();
  return /(?:s|ов|ий|ей|ы|и|memoranda)$/iu.test(w) && !/(?:ss|us)$/i.test(w);
}
