/**
 * The items of a document enumeration ("16 agreements, including ones on X, Y, and Z"), split at commas and
 * conjunctions, with whether each one continues the preposition the item before it opened.
 */

import { HEAD_SUBSTITUTES } from './lexicon/en/documents.ts';
import { alternation, regex } from './pack-words.ts';

/** One item of an enumeration. */
export interface ListItem {
  /** The item's words, a head substitute ("ones on …") taken off. */
  text: string;
  /**
   * True when the item has no preposition of its own but stands in one coordination with an item that opened
   * with one ("on wind components, a container hub, and e-commerce"): it is about what that preposition governs.
   */
  sharesAbout: boolean;
}

/** Where one item ends and the next starts: a comma (with a conjunction), or "and" before a repeated "on". */
const SEPARATOR =
  /,\s+(?:and\s+|as well as\s+|а также\s+|и\s+)?|\s+(?:and|as well as|и|а также)\s+(?=(?:on|о|об)\s)/giu;

/** A separator holding a conjunction: the item after it is the coordination's last. */
const CONJUNCTION = /(?:^|\s)(?:and|as well as|и|а также)(?:\s|$)/iu;

/** An item that opens with what a document is about ("on air services", «о защите инвестиций»). */
export const ITEM_ABOUT = regex('^(?:on|for|about|regarding|concerning|о|об|по|на)\\s', 'iu');

/** "ones on …": a pronoun standing for the plural head, then the preposition of its subject. */
const SUBSTITUTE = regex(
  `^${alternation(HEAD_SUBSTITUTES)}\\s+(?=(?:on|for|about|regarding|concerning)\\s)`,
  'iu',
);

/** A continued item is a noun phrase: it starts with a lower-case word (not a clause, a name or a number). */
const NOUN_PHRASE = /^(?:the\s+|a\s+|an\s+)?\p{Ll}/u;

/** Splits an enumeration's text into its items. */
export function enumerationItems(listed: string): ListItem[] {
  const texts = listed.split(SEPARATOR);
  const seps = [...listed.matchAll(SEPARATOR)].map((m) => m[0]);
  // The separator before item i is seps[i - 1]; the coordination closes at the last item after a conjunction.
  let lastAnd = -1;
  for (let i = 1; i < texts.length; i++) if (CONJUNCTION.test(seps[i - 1] ?? '')) lastAnd = i;
  const out: ListItem[] = [];
  // The preposition the coordination's first item opened with, while the coordination lasts.
  let open: string | null = null;
  for (const [i, raw] of texts.entries()) {
    const own = raw.trim().replace(SUBSTITUTE, '');
    const about = ITEM_ABOUT.exec(own);
    // Only inside a coordination that a conjunction closes ("X, Y, and Z"): a clause after the list is no item.
    const sharesAbout = !about && open !== null && i <= lastAnd && NOUN_PHRASE.test(own);
    // The shared preposition is written out, so the item reads as a title ("on customs cooperation").
    out.push({ text: sharesAbout ? `${open} ${own}` : own, sharesAbout });
    if (about) open = about[0].trim();
    else if (!sharesAbout) open = null;
    if (i === lastAnd) open = null;
  }
  return out;
}
