/** Reading document mentions: batches, enumerations, titles (the verbs of a sentence: agreement-verbs.ts). */

import type { Agreement, DocType } from '../domain/index.ts';
import { batch, countSpan, uncounted, valuedDeals } from './agreement-batches.ts';
import {
  ABOUT,
  ABOUT_BEFORE,
  AND_OTHERS,
  DOCUMENT_NOUN,
  FIELDS,
  isGenericSubject,
  PARTNER_FIRST,
  QUALIFIER,
  QUANTIFIED,
  REDUCED_RELATIVE,
  SCHEDULE_AFTER,
  SCHEDULE_BEFORE,
  SIGNED_EARLIER,
  STALE_AFTER,
  STALE_BEFORE,
  SUBJECT_LATER,
  UNDER,
  VALUE_ONLY,
  WHEN,
} from './agreement-cues.ts';
import { enumerationItems, ITEM_ABOUT } from './agreement-items.ts';
import { MAY_BE_REDUCED_RELATIVE, MAY_BE_SIGNED_EARLIER } from './agreement-prechecks.ts';
import { titleAt } from './agreement-title.ts';
import { DOC_ANY, docTypeOf } from './doc-types.ts';
import { execAll } from './exec-all.ts';
import { regex } from './pack-words.ts';

/** An agreement with the sentence it was read from. */
export type FoundAgreement = Agreement & { evidence?: string };

/** A signing status. */
export type Status = Agreement['status'];
/** A mention read, with what the repeat rules need. */
export type Found = FoundAgreement & {
  anaphoric: boolean;
  generic: boolean;
  /** Deals with their value ("27 deals worth $9 billion"): the report's signed documents even when counted. */
  valued?: boolean;
  /** Read from the headline, which restates the body's document in other words. */
  headline?: boolean;
  /** An unnamed batch whose noun is only "documents" («документов», «құжатқа»): typed `other`, not `agreement`. */
  bareDocuments?: boolean;
};

/** A bare "documents" with nothing after it. */
const BARE_DOCUMENT = regex(String.raw`^(?:documents?|документ\p{L}*)$`, 'iu');

/** "with Chinese partners" and no subject word after it (within its clause): who signed, not what about. */
function partnerOnly(complement: string): boolean {
  if (!PARTNER_FIRST.test(complement)) return false;
  const clause = complement.slice(0, 100).split(/[,;.]/u, 1)[0] ?? '';
  return !SUBJECT_LATER.test(clause);
}

/** One document mention read in its clause; null when it is not a document of this event. */
export function readMention(
  text: string,
  at: number,
  word: string,
  status: Status,
  evidence: string,
): Found | null {
  const docType = docTypeOf(word, text.slice(Math.max(0, at - 60), at + 200));
  if (!docType) return null;
  if (
    docType === 'program' &&
    (SCHEDULE_AFTER.test(text.slice(at + word.length)) ||
      SCHEDULE_BEFORE.test(text.slice(Math.max(0, at - 30), at)))
  )
    return null;
  const before = text.slice(Math.max(0, at - 60), at);
  if (
    STALE_BEFORE.test(before) ||
    UNDER.test(before) ||
    STALE_AFTER.test(text.slice(at + word.length, at + word.length + 40))
  )
    return null;
  const rest = text.slice(at);
  if (
    (MAY_BE_REDUCED_RELATIVE.test(rest) && REDUCED_RELATIVE.test(rest)) ||
    (MAY_BE_SIGNED_EARLIER.test(rest) && SIGNED_EARLIER.test(rest))
  )
    return null;
  const qualifier = QUALIFIER.exec(text.slice(Math.max(0, at - 40), at));
  const q = qualifier?.[0] ?? '';
  const title = titleAt(text, at - q.length, q + word);
  // Kazakh titles end with the noun (what the document is about comes first): no complement after it.
  const head = (q + word).toLowerCase();
  const complement = title.toLowerCase().startsWith(head) ? title.slice(head.length).trim() : '';
  const counted = QUANTIFIED.test(countSpan(text, at));
  const noSubject = complement.length === 0 || VALUE_ONLY.test(complement) || WHEN.test(complement);
  // Several documents are listed only when a specific type says what they are about ("memoranda on a cable
  // plant"). "Documents", a field list ("in the fields of …", «охватывающих сферы …»), general words or a
  // participle are no names: a batch with a number is only counted; one to come, one with its value or one
  // without a number is one generic entry.
  if (
    batch(text, at, word) &&
    (docType === 'other' ||
      noSubject ||
      !ABOUT.test(complement) ||
      partnerOnly(complement) ||
      isGenericSubject(complement) ||
      FIELDS.test(complement.slice(0, 30)))
  ) {
    const valued = valuedDeals(text, at, word);
    return status === 'planned' || valued || uncounted(text, at, word)
      ? {
          docType,
          status,
          title,
          evidence,
          anaphoric: false,
          generic: true,
          valued,
          bareDocuments: DOCUMENT_NOUN.test(word.trim()),
        }
      : null;
  }
  if (docType === 'other' && !counted && BARE_DOCUMENT.test(title)) return null;
  // A Kazakh title ends with its noun: what it is about stands before it («… туралы меморандум»).
  const lead = complement === '' ? title.slice(0, Math.max(0, title.length - head.length)) : '';
  const aboutBefore = lead !== '' && ABOUT_BEFORE.test(lead.slice(-40));
  const anaphoric = !counted && !aboutBefore && (noSubject || !ABOUT.test(complement));
  return { docType, status, title, evidence, anaphoric, generic: false };
}

/**
 * "…, including a memorandum on X, two contracts on Y, on Z": one document an item. An item is a document only
 * when a document noun heads it, or when it opens with "on"/«о» and so repeats the complement of a plural head
 * of a specific type ("agreements, including on air services, on customs"). Areas, projects or strategies
 * listed without a document noun ("energy, transport", "construction of a plant") are not documents.
 */
export function readEnumeration(
  region: string,
  head: DocType | null,
  status: Status,
  evidence: string,
): Found[] {
  const out: Found[] = [];
  // "agreements in the fields of transport, energy, …": after a field list opener the commas list fields.
  const fields = FIELDS.exec(region);
  const listed = fields ? region.slice(0, fields.index) : region;
  // "on visas and on customs": a repeated preposition after "and" starts the next item too.
  const items = enumerationItems(listed);
  const tail = items.at(-1);
  if (fields && tail) tail.text = `${tail.text}${region.slice(fields.index)}`;
  let lastType: DocType | null = head;
  let listOf: DocType | null = null;
  for (const { text: raw, sharesAbout } of items) {
    const item = raw
      .replace(/[.;:\s]+$/, '')
      .replace(AND_OTHERS, '')
      .trim();
    if (item.length < 3 || VALUE_ONLY.test(item)) continue;
    // Kazakh puts the noun last («… туралы келісім»): a noun closing the item heads it too.
    const mentions = execAll(DOC_ANY, item);
    const first = mentions[0];
    const last = mentions.at(-1);
    const headed =
      first && (leadsWithDoc(item, first) || (last && (last.index ?? 0) + last[0].length >= item.length - 1));
    if (!headed) {
      // "contracts for a substation, a plant and the supply of oil": the items name the plural's documents.
      if (listOf) {
        out.push({ docType: listOf, status, title: item, evidence, anaphoric: false, generic: false });
        continue;
      }
      if (lastType && lastType !== 'other' && (ITEM_ABOUT.test(item) || sharesAbout))
        out.push({ docType: lastType, status, title: item, evidence, anaphoric: false, generic: false });
      continue;
    }
    // "a memorandum on solar power and two contracts for copper": each noun after the title before it.
    let covered = -1;
    lastType = null;
    listOf = null;
    for (const m of mentions) {
      const at = m.index ?? 0;
      if (at < covered) continue;
      const a = readMention(item, at, m[0], status, evidence);
      if (!a) continue;
      covered = titleEnd(a.title, at, m[0]);
      lastType = a.docType;
      listOf = !a.generic && a.docType !== 'other' && batch(item, at, m[0]) ? a.docType : null;
      out.push(a);
    }
  }
  return out;
}

/**
 * Where a document's title ends in the text, from the position of its noun: the title may begin before the noun
 * ("Intergovernmental agreement on …"), and the words it took before the noun must not be counted past its end
 * (they hid the next document of "an intergovernmental agreement on X and a program of Y").
 */
export function titleEnd(title: string, nounAt: number, noun: string): number {
  const before = title.toLowerCase().indexOf(noun.toLowerCase());
  return nounAt - Math.max(0, before) + title.length;
}

/** A word and the white space after it, read from where the last one ended. */
const WORD_AND_SPACE = /\S+(\s+)/y;

/**
 * An item headed by a document noun: a number or up to three words (articles, adjectives) before it. Asks the
 * document pattern at the first four word starts, where one pattern `^(?:\S+\s+){0,3}?` + the document
 * pattern said the same: that second copy of the big case-insensitive alternation cost tens of milliseconds to
 * compile on its first use. `first` is the pattern's first match in the item (most items start with it).
 */
function leadsWithDoc(item: string, first: RegExpExecArray): boolean {
  // Where the document noun may start: the item's start, then anywhere after the first white space character
  // of each of the first three word gaps (as the lazy repeat of `\S+\s+` can stop in a gap).
  const starts = [0];
  let at = 0;
  for (let k = 0; k < 3; k++) {
    WORD_AND_SPACE.lastIndex = at;
    const m = WORD_AND_SPACE.exec(item);
    if (!m) break;
    const end = at + m[0].length;
    for (let q = end - (m[1]?.length ?? 0) + 1; q <= end; q++) starts.push(q);
    at = end;
  }
  return starts.some((q) => q === first.index || docAt(item, q));
}

/** Whether the document pattern matches at offset `at` of the text (its leftmost match from there starts there). */
function docAt(text: string, at: number): boolean {
  const from = DOC_ANY.lastIndex;
  DOC_ANY.lastIndex = at;
  const m = DOC_ANY.exec(text);
  DOC_ANY.lastIndex = from;
  return m !== null && m.index === at;
}
