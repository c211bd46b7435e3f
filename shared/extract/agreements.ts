/** Agreements signed at the event or announced to be signed: document type, status, readable title, count. */

import type { Agreement, DocType } from '../domain/index.ts';
import {
  ABOUT,
  AND_OTHERS,
  BACK_REFERENCE,
  CUMULATIVE,
  countBefore,
  ENUMERATION,
  FIELDS,
  INTENT,
  isGenericSubject,
  OTHER_TIME,
  PLANNED,
  QUALIFIER,
  QUANTIFIED,
  REDUCED_RELATIVE,
  SIGN_VERB,
  SIGNED,
  SIGNED_EARLIER,
  STALE_AFTER,
  STALE_BEFORE,
  UNDER,
  VALUE_ONLY,
  WHEN,
} from './agreement-cues.ts';
import { overlap, titleAt } from './agreement-title.ts';
import { joinWrapped } from './clauses.ts';
import { DOC_ANY, docTypeOf, isPlural, MAY_NAME_DOC } from './doc-types.ts';
import { regex } from './pack-words.ts';
import type { Sentence } from './sentences.ts';

/** An agreement with the sentence it was read from. */
export type FoundAgreement = Agreement & { evidence?: string };

/** The agreements of an event and, when the article gives one, how many documents were signed in all. */
export interface AgreementInfo {
  agreements: FoundAgreement[];
  /** "17 documents were signed": the total, named or not (the gold's `agreementCount`); null when not given. */
  count: number | null;
  /** The sentence the count was read from. */
  countEvidence: string | null;
}

type Status = Agreement['status'];
type Found = FoundAgreement & { anaphoric: boolean; generic: boolean };

/** Where the signing and planning verbs of a sentence are; a planning word right before "signing" wins. */
function cues(text: string): Array<{ at: number; status: Status }> {
  // "plan to discuss … and sign": an intention counts only with a signing verb in the sentence.
  const intents = SIGN_VERB.test(text) ? [...text.matchAll(INTENT)] : [];
  const planned = [...text.matchAll(PLANNED), ...intents].map((m) => ({
    at: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const signed = [...text.matchAll(SIGNED)]
    .map((m) => m.index ?? 0)
    .filter((at) => !planned.some((p) => p.end <= at && at - p.end < 15));
  return [
    ...signed.map((at) => ({ at, status: 'signed' as const })),
    ...planned.map((p) => ({ at: p.at, status: 'planned' as const })),
  ];
}

function nearest(hits: Array<{ at: number; status: Status }>, at: number): Status | null {
  let best: Status | null = null;
  let dist = Number.POSITIVE_INFINITY;
  for (const h of hits) {
    const d = Math.abs(h.at - at);
    if (d < dist) {
      dist = d;
      best = h.status;
    }
  }
  return best;
}

/**
 * Several documents: a plural noun, or any noun after a number of two or more (Kazakh keeps the noun singular
 * after numerals, «17 құжатқа»; Russian after 21, 31, …, «21 соглашение»).
 */
function batch(text: string, at: number, word: string): boolean {
  if (isPlural(word)) return true;
  const n = countBefore(text.slice(Math.max(0, at - 40), at));
  return n !== null && n >= 2;
}

/** One document mention read in its clause; null when it is not a document of this event. */
function readMention(text: string, at: number, word: string, status: Status, evidence: string): Found | null {
  const docType = docTypeOf(word, text.slice(Math.max(0, at - 60), at + 200));
  if (!docType) return null;
  const before = text.slice(Math.max(0, at - 60), at);
  if (
    STALE_BEFORE.test(before) ||
    UNDER.test(before) ||
    STALE_AFTER.test(text.slice(at + word.length, at + word.length + 40))
  )
    return null;
  if (REDUCED_RELATIVE.test(text.slice(at)) || SIGNED_EARLIER.test(text.slice(at))) return null;
  if (
    docType === 'program' &&
    /^(?:program|программ)/iu.test(word) &&
    !/cooperation|development|program(?:me)? (?:of|on|for)|сотрудничеств|развити/iu.test(
      text.slice(at, at + 60),
    )
  )
    return null;
  const qualifier = QUALIFIER.exec(text.slice(Math.max(0, at - 40), at));
  const q = qualifier?.[0] ?? '';
  const title = titleAt(text, at - q.length, q + word);
  // Kazakh titles end with the noun (what the document is about comes first): no complement after it.
  const head = (q + word).toLowerCase();
  const complement = title.toLowerCase().startsWith(head) ? title.slice(head.length).trim() : '';
  const counted = QUANTIFIED.test(text.slice(Math.max(0, at - 40), at));
  const noSubject = complement.length === 0 || VALUE_ONLY.test(complement) || WHEN.test(complement);
  // A plural with no subject matter ("signed 17 documents worth $629 million") is only counted; one to come is
  // one generic planned entry ("are expected to sign about 30 agreements").

  if (
    batch(text, at, word) &&
    (noSubject || (counted && (isGenericSubject(complement) || FIELDS.test(complement.slice(0, 30)))))
  )
    return status === 'planned'
      ? { docType, status, title, evidence, anaphoric: false, generic: true }
      : null;
  if (docType === 'other' && !counted && regex(String.raw`^(?:documents?|документ\p{L}*)$`, 'iu').test(title))
    return null;
  const anaphoric = !counted && (noSubject || !ABOUT.test(complement));
  return { docType, status, title, evidence, anaphoric, generic: false };
}

/** "…, including a memorandum on X, construction of a plant, three contracts on Y": one document an item. */
function readEnumeration(region: string, head: DocType | null, status: Status, evidence: string): Found[] {
  const out: Found[] = [];
  let lastType: DocType | null = head;
  // "agreements in the fields of transport, energy, …": after a field list opener the commas list fields.
  const fields = FIELDS.exec(region);
  const listed = fields ? region.slice(0, fields.index) : region;
  const items = listed.split(/,\s+(?:and\s+|as well as\s+|а также\s+|и\s+)?/iu);
  if (fields) items[items.length - 1] = `${items.at(-1) ?? ''}${region.slice(fields.index)}`;
  for (const raw of items) {
    const item = raw
      .replace(/[.;:\s]+$/, '')
      .replace(AND_OTHERS, '')
      .trim();
    if (item.length < 3 || VALUE_ONLY.test(item)) continue;
    const mentions = [...item.matchAll(DOC_ANY)];
    if (mentions.length === 0) {
      if (lastType)
        out.push({ docType: lastType, status, title: item, evidence, anaphoric: false, generic: false });
      continue;
    }
    for (const m of mentions) {
      const docType = docTypeOf(m[0], item);
      if (!docType) continue;
      lastType = docType;
      out.push({
        docType,
        status,
        title: titleAt(item, m.index ?? 0, m[0]),
        evidence,
        anaphoric: false,
        generic: false,
      });
    }
  }
  return out;
}

/** Drops repeats: the same document named twice, a bare "the agreement" after its full mention, generic entries. */
function dedupe(found: Found[]): FoundAgreement[] {
  const out: Found[] = [];
  for (const a of found) {
    const sameKind = (b: Found) => b !== a && b.docType === a.docType && b.status === a.status;
    if (out.some((b) => sameKind(b) && (a.anaphoric || a.generic || overlap(a.title, b.title) >= 0.6)))
      continue;
    // "The renewable energy memorandum is expected to …" refers back, whatever verb stands near it.
    const sameType = (b: Found) => b !== a && b.docType === a.docType && !b.anaphoric && !b.generic;
    if ((a.anaphoric || a.generic) && found.some(sameType)) continue;
    // "The document was signed by …" refers back to a document named elsewhere.
    if (a.anaphoric && a.docType === 'other' && found.some((b) => b.docType !== 'other')) continue;
    out.push(a);
  }
  // An announced but unnamed batch is one generic planned entry, and none when a planned document is named.
  const namedPlan = out.some((a) => a.status === 'planned' && !a.generic);
  const generic = out
    .filter((a) => a.generic)
    .sort((a, b) => Number(a.docType === 'other') - Number(b.docType === 'other'))[0];
  return out
    .filter((a) => !a.generic || (a === generic && !namedPlan))
    .map(({ docType, status, title, evidence }) => ({ docType, status, title, evidence }));
}

/** Extracts the agreements of the event and the count of signed documents, from clause-level cues. */
export function extractAgreementInfo(sentences: Sentence[]): AgreementInfo {
  const found: Found[] = [];
  let count: number | null = null;
  let countEvidence: string | null = null;
  let previous: Status | null = null;
  let pending: Found | null = null;
  for (const s of joinWrapped(sentences)) {
    const text = s.text;
    // Most sentences name no document: nothing to read, and nothing for the next sentence to point back to.
    if (!MAY_NAME_DOC.test(text) && !(pending && BACK_REFERENCE.test(text))) {
      previous = null;
      pending = null;
      continue;
    }
    const hits = cues(text);
    const enumeration = [...text.matchAll(ENUMERATION)].at(-1);
    const inherited = hits.length === 0 && enumeration ? previous : null;
    previous = null;
    const before = pending;
    pending = null;
    if (hits.length === 0 && !inherited) {
      // A document named without a signing verb may be the one the next sentence says will be signed.
      const m = [...text.matchAll(DOC_ANY)][0];
      const a = m ? readMention(text, m.index ?? 0, m[0], 'planned', text) : null;
      if (a && !a.generic && !a.anaphoric) pending = a;
      continue;
    }
    // "The document is planned to be signed in the second half", «Его планируется подписать»: the one before.
    if (
      before &&
      (BACK_REFERENCE.test(text) ||
        regex(String.raw`^(?:the )?(?:document|документ)\p{L}*(?![\p{L}])`, 'iu').test(text))
    )
      found.push({ ...before, status: nearest(hits, 0) ?? 'planned', evidence: text });
    if (CUMULATIVE.test(text)) continue;
    if (!hits.some((h) => h.status === 'planned') && OTHER_TIME.test(text)) continue;
    const enumAt = enumeration ? (enumeration.index ?? 0) + enumeration[0].length : -1;
    let sentenceCount = 0;
    let mentioned = false;
    let head: DocType | null = null;
    let covered = -1;
    for (const m of text.matchAll(DOC_ANY)) {
      const at = m.index ?? 0;
      mentioned = true;
      const status = inherited ?? nearest(hits, at) ?? 'signed';
      const n = batch(text, at, m[0]) ? countBefore(text.slice(Math.max(0, at - 40), at)) : null;
      if (n !== null && status === 'signed' && !STALE_BEFORE.test(text.slice(Math.max(0, at - 60), at)))
        sentenceCount += n;
      // In an enumeration the items after the opener are read one by one below, and a plural head before it
      // ("17 documents, including …", "the largest of these agreements include …") is only counted.
      if (enumAt >= 0 && at < enumAt && batch(text, at, m[0]))
        head = docTypeOf(m[0], text.slice(at, enumAt)) ?? head;
      if (enumAt >= 0 && (at >= enumAt || batch(text, at, m[0]))) continue;
      // A document word inside the title of the one before («соглашение о признании документов») is part of it.
      if (at < covered) continue;
      const a = readMention(text, at, m[0], status, text);
      if (a) {
        found.push(a);
        covered = at + a.title.length;
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
  return { agreements: dedupe(found), count, countEvidence };
}

/** Extracts the agreements of the event (each with its evidence sentence). */
export function extractAgreements(sentences: Sentence[]): FoundAgreement[] {
  return extractAgreementInfo(sentences).agreements;
}
