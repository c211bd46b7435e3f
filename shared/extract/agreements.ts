/** Agreements signed at the event or announced to be signed: document type, status, readable title, count. */

import type { DocType } from '../domain/index.ts';
import { batchCount } from './agreement-batches.ts';
import { ceremonyDocument } from './agreement-ceremony.ts';
import {
  BACK_REFERENCE,
  CLAUSE_BREAK,
  CUMULATIVE,
  ENUMERATION,
  earlierYear,
  FIELDS,
  OTHER_TIME,
  RECALLED,
  STALE_BEFORE,
} from './agreement-cues.ts';
import {
  type Found,
  type FoundAgreement,
  readEnumeration,
  readMention,
  type Status,
  titleEnd,
} from './agreement-mentions.ts';
import { MAY_ENUMERATE } from './agreement-prechecks.ts';
import { dedupe } from './agreement-repeats.ts';
import { cues, cuesFor, nearest } from './agreement-verbs.ts';
import { DOC_ANY, docTypeOf, MAY_NAME_DOC } from './doc-types.ts';
import { execAll } from './exec-all.ts';
import * as kk from './lexicon/kk/documents.ts';
import { alternation, regex } from './pack-words.ts';
import { joinWrapped } from './sentence-repair.ts';
import type { Sentence } from './sentences.ts';

export type { FoundAgreement } from './agreement-mentions.ts';

/** The agreements of an event and, when the article gives one, how many documents were signed in all. */
export interface AgreementInfo {
  agreements: FoundAgreement[];
  /** "12 documents were signed": the total, named or not (the gold's `agreementCount`); null when not given. */
  count: number | null;
  /** The sentence the count was read from. */
  countEvidence: string | null;
}

/** A line of a list of documents: a bullet or a number, then a document noun ("– Agreement on …", «2) Меморандум …»). */
const LIST_ITEM = regex(
  `^[\\s•·*\\-–—\\d.)]*(?:an?\\s+|the\\s+)?(?:\\p{L}+\\s+){0,2}${DOC_ANY.source}`,
  'iu',
);

/**
 * "two agreements: on visas and on customs", «два соглашения — о … и о …»: a colon or dash before what the
 * documents are about opens a list of them, one document an item.
 */
const SUBJECT_LIST = regex(String.raw`\s*[:—–]\s+(?=(?:on|for|about|о|об|по)\s)`, 'iu');

/** The characters SUBJECT_LIST needs: a sentence without one is not scanned. */
const LIST_MARK = /[:—–]/;

/** A line ending in a colon opens a list of the documents on the lines after it. */
const OPENS_LIST = /:\s*$/;

/** "… and on …", «… и о …»: the preposition repeated for a second subject. */
const AND_ON = regex(String.raw`\s+(?:and|as well as|и|а также)\s+(?=(?:on|о|об)\s)`, 'iu');

/** "The document …", «Ол құжатқа …» opening a sentence: it points back. */
const THE_DOCUMENT = regex(
  String.raw`^(?:(?:the )?(?:document|документ)\p{L}*(?![\p{L}])|${alternation(kk.POINTS_BACK)}(?![\p{L}]))`,
  'iu',
);

/**
 * A document named without a signing verb, read only if a later sentence points back to it ("The document is
 * to be signed …"): most such mentions are never pointed back to, and reading one (its title, its cues) was a
 * quarter of the agreement rules' time.
 */
interface Pending {
  text: string;
  mention: RegExpExecArray;
  /** The mention read: undefined until asked, null when it is no specific document. */
  read?: Found | null;
}

/** The document a pending mention names, read on first use (the same answer whenever it is asked). */
function pendingDocument(p: Pending): Found | null {
  if (p.read === undefined) {
    const m = p.mention;
    const a = readMention(p.text, m.index ?? 0, m[0], 'planned', p.text);
    p.read = a && !a.generic && !a.anaphoric ? a : null;
  }
  return p.read;
}

/**
 * "documents covering key areas such as trade and energy", «в таких сферах, как …»: an opener right after a
 * field word lists the fields of a batch, not its documents.
 */
function listsFields(text: string, at: number): boolean {
  return FIELDS.test(text.slice(Math.max(0, at - 40), at));
}

/** True when no clause break stands between two positions of a sentence. */
function sameClause(breaks: number[], a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return !breaks.some((x) => x > lo && x < hi);
}

/** Extracts the agreements of the event and the count of signed documents, from clause-level cues. */
export function extractAgreementInfo(sentences: Sentence[], eventYear: number | null = null): AgreementInfo {
  const found: Found[] = [];
  let count: number | null = null;
  let countEvidence: string | null = null;
  let previous: Status | null = null;
  let pending: Pending | null = null;
  let listStatus: Status | null = null;
  for (const s of joinWrapped(sentences)) {
    const text = s.text;
    // Most sentences name no document: nothing to read, and nothing for the next sentence to point back to.
    if (!MAY_NAME_DOC.test(text) && !(pending && BACK_REFERENCE.test(text) && pendingDocument(pending))) {
      previous = null;
      pending = null;
      listStatus = null;
      continue;
    }
    // Every document mention of the sentence, found once: both branches below read them.
    const mentions = execAll(DOC_ANY, text);
    // A sentence whose pre-check word is no document ("cooperation") changes nothing when no list, pending
    // document or verb of the sentence before is open and it opens no list: the same reset, without its cues.
    if (
      mentions.length === 0 &&
      previous === null &&
      !OPENS_LIST.test(text) &&
      (pending === null || pendingDocument(pending) === null)
    ) {
      listStatus = null;
      continue;
    }
    const found0 = cues(text, s.zone === 'title');
    // A list item under "The following documents were signed:" takes the status of the line that opened it.
    const item = listStatus !== null && LIST_ITEM.test(text);
    const hits = found0.length === 0 && item && listStatus ? [{ at: 0, status: listStatus }] : found0;
    if (!item) listStatus = null;
    if (found0.length > 0 && OPENS_LIST.test(text)) listStatus = nearest(found0, text.length);
    const opener = MAY_ENUMERATE.test(text) ? execAll(ENUMERATION, text).at(-1) : undefined;
    const enumeration =
      (opener && !listsFields(text, opener.index ?? 0) ? opener : undefined) ??
      (LIST_MARK.test(text) ? SUBJECT_LIST.exec(text) : null);
    const inherited = hits.length === 0 && enumeration ? previous : null;
    previous = null;
    const before = pending;
    pending = null;
    if (hits.length === 0 && !inherited) {
      // A document named without a signing verb may be the one the next sentence says will be signed.
      const m = mentions[0];
      if (m) pending = { text, mention: m };
      continue;
    }
    // "The document is planned to be signed in the second half", «Его планируется подписать»: the one before.
    const pointed =
      before && (BACK_REFERENCE.test(text) || THE_DOCUMENT.test(text)) && pendingDocument(before);
    if (pointed) found.push({ ...pointed, status: nearest(hits, 0) ?? 'planned', evidence: text });
    // The pointer's own noun («Ол құжатқа», "the document") is that document again, not another one.
    const pointer = pointed ? THE_DOCUMENT.exec(text) : null;
    if (CUMULATIVE.test(text)) continue;
    if (
      !hits.some((h) => h.status === 'planned') &&
      (OTHER_TIME.test(text) || RECALLED.test(text) || earlierYear(text, eventYear))
    )
      continue;
    const enumAt = enumeration ? (enumeration.index ?? 0) + enumeration[0].length : -1;
    let sentenceCount = 0;
    let mentioned = false;
    let head: DocType | null = null;
    let covered = -1;
    let breaks: number[] | null = null;
    for (const m of mentions) {
      const at = m.index ?? 0;
      mentioned = true;
      if (pointer && at < pointer[0].length) continue;
      // A document needs a verb that can sign it: "adopted" makes a joint statement, not a programme.
      const type = docTypeOf(m[0], text.slice(Math.max(0, at - 60), at + 200));
      const usable = cuesFor(hits, type);
      // The clause breaks are only read when a verb could sign this document.
      if (usable.length > 0) breaks ??= execAll(CLAUSE_BREAK, text).map((b) => b.index ?? 0);
      const own = usable.filter((h) => sameClause(breaks ?? [], h.at, at));
      if (!inherited && own.length === 0) continue;
      const status = inherited ?? nearest(own, at) ?? 'signed';
      // Whether the mention is several documents, and how many the words before it say: read once.
      const { several, count: counted } = batchCount(text, at, m[0]);
      const n = several ? counted : null;
      if (n !== null && status === 'signed' && !STALE_BEFORE.test(text.slice(Math.max(0, at - 60), at)))
        sentenceCount += n;
      // In an enumeration the items after the opener are read one by one below, and a plural head before it
      // ("12 documents, including …", "the biggest of these deals include …") is only counted.
      if (enumAt >= 0 && at < enumAt && several) head = docTypeOf(m[0], text.slice(at, enumAt)) ?? head;
      if (enumAt >= 0 && (at >= enumAt || several)) continue;
      // A document word inside the title of the one before («соглашение о признании документов») is part of it.
      if (at < covered) continue;
      const a = readMention(text, at, m[0], status, text);
      if (a) {
        // "agreements on double taxation and on legal assistance": a plural with its subject said twice is
        // one document a subject.
        const parts = !a.generic && several ? a.title.split(AND_ON) : [a.title];
        for (const title of parts) found.push({ ...a, title, headline: s.zone === 'title' });
        covered = titleEnd(a.title, at, m[0]);
      }
    }
    if (enumAt >= 0 && (mentioned || inherited)) {
      const status = inherited ?? nearest(hits, enumAt) ?? 'signed';
      found.push(...readEnumeration(text.slice(enumAt), head, status, text));
    }
    if (sentenceCount > (count ?? 0)) {
      count = sentenceCount;
      countEvidence = text;
    }
    if (mentioned && hits.length > 0) previous = nearest(hits, 0);
  }
  // A ceremony stands for unnamed documents only when nothing else says what was signed or how many.
  if (count === null && !found.some((a) => a.status === 'signed')) {
    const ceremony = ceremonyDocument(sentences, eventYear);
    if (ceremony) found.push(ceremony);
  }
  // Unnamed signed batches ("deals worth $2 billion", a ceremony, "a number of documents") stand for documents
  // only when none is named, and unvalued ones only when no sentence counts them ("30 documents" is a count).
  const named = found.some((a) => a.status === 'signed' && !a.generic);
  const kept = found.filter(
    (a) => !(a.generic && a.status === 'signed' && (named || (count !== null && !a.valued))),
  );
  return { agreements: dedupe(kept), count, countEvidence };
}

/** Extracts the agreements of the event (each with its evidence sentence). */
export function extractAgreements(sentences: Sentence[]): FoundAgreement[] {
  return extractAgreementInfo(sentences).agreements;
}
