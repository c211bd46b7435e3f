/** Reading document mentions: the verb nearest each, batches, enumerations, repeats. */
import type { Agreement, DocType } from '../domain/index.ts';
import {
  ABOUT,
  AND_OTHERS,
  countBefore,
  FIELDS,
  INTENT,
  isGenericSubject,
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
import { DOC_ANY, docTypeOf, isPlural } from './doc-types.ts';
import { regex } from './pack-words.ts';

/** An agreement with the sentence it was read from. */
export type FoundAgreement = Agreement & { evidence?: string };

/** A signing status. */
export type Status = Agreement['status'];
/** A mention read, with what the repeat rules need. */
export type Found = FoundAgreement & { anaphoric: boolean; generic: boolean };

/** A bare "documents" with nothing after it. */
const BARE_DOCUMENT = regex(String.raw`^(?:documents?|документ\p{L}*)$`, 'iu');

/** Where the signing and planning verbs of a sentence are; a planning word right before "signing" wins. */
export function cues(text: string): Array<{ at: number; status: Status }> {
  // "intend to review … and sign": an intention counts only with a signing verb in the sentence.
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

/** The status of the verb nearest a position (a document takes the verb next to it in a mixed sentence). */
export function nearest(hits: Array<{ at: number; status: Status }>, at: number): Status | null {
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
export function batch(text: string, at: number, word: string): boolean {
  if (isPlural(word)) return true;
  const n = countBefore(text.slice(Math.max(0, at - 40), at));
  return n !== null && n >= 2;
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
  // A plural with no subject matter ("signed 12 documents worth $80 million") is only counted; one to come is
  // one generic planned entry ("are to sign some 20 agreements").

  if (
    batch(text, at, word) &&
    (noSubject || (counted && (isGenericSubject(complement) || FIELDS.test(complement.slice(0, 30)))))
  )
    return status === 'planned'
      ? { docType, status, title, evidence, anaphoric: false, generic: true }
      : null;
  if (docType === 'other' && !counted && BARE_DOCUMENT.test(title)) return null;
  const anaphoric = !counted && (noSubject || !ABOUT.test(complement));
  return { docType, status, title, evidence, anaphoric, generic: false };
}

/** "…, including a memorandum on X, construction of a plant, three contracts on Y": one document an item. */
export function readEnumeration(
  region: string,
  head: DocType | null,
  status: Status,
  evidence: string,
): Found[] {
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
export function dedupe(found: Found[]): FoundAgreement[] {
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
