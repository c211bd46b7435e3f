/** Repeats of one document in a report: the same document named twice, back-references, generic entries. */
import type { Found, FoundAgreement } from './agreement-mentions.ts';
import { overlap } from './agreement-title.ts';

/** More than two thirds of the shorter title's content words shared: one document named twice. */
const SAME_TITLE = 0.67;
/**
 * A headline restates the body's document in its own words ("sign deal on joint exploration" for "an agreement of
 * intent on exploration"): half the words shared is enough when one of the two mentions is the headline's.
 */
const HEADLINE_SAME = 0.5;
function sameTitle(a: Found, b: Found): boolean {
  const shared = overlap(a.title, b.title);
  return a.headline || b.headline ? shared >= HEADLINE_SAME : shared > SAME_TITLE;
}

// Module functions rather than closures made for each entry (under tsx each named closure costs a
// defineProperty when it is made).
const sameKind = (a: Found, b: Found): boolean => b !== a && b.docType === a.docType && b.status === a.status;
const signedTwin = (a: Found, b: Found): boolean =>
  b.docType === a.docType && b.status === 'signed' && (a.generic || sameTitle(a, b));
const sameType = (a: Found, b: Found): boolean =>
  b !== a && b.docType === a.docType && !b.anaphoric && !b.generic;

/** Drops repeats: the same document named twice, a bare "the agreement" after its full mention, generic entries. */
export function dedupe(found: Found[]): FoundAgreement[] {
  const out: Found[] = [];
  for (const a of found) {
    // A repeat shares more than two thirds of the shorter title's words: "memorandum on a cable plant" and
    // "memorandum on a cable terminal" (two of three) are two documents.
    if (out.some((b) => sameKind(a, b) && (a.anaphoric || a.generic || sameTitle(a, b)))) continue;
    // "to sign an agreement on X" and, later, "signed the agreement on X": one document, signed.
    if (a.status === 'planned' && found.some((b) => signedTwin(a, b))) continue;
    // "The renewable energy memorandum is expected to …" refers back, whatever verb stands near it.
    if ((a.anaphoric || a.generic) && found.some((b) => sameType(a, b))) continue;
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
    .map(({ docType, status, title, evidence, generic, bareDocuments }) => ({
      // Unnamed documents are typed by their noun: "a number of documents" («ряд документов», «бірқатар құжат»)
      // stays `other`; unnamed agreements, deals or a ceremony are one `agreement`, as the conventions label them.
      docType: generic && bareDocuments ? 'other' : generic && docType === 'other' ? 'agreement' : docType,
      status,
      title,
      evidence,
    }));
}
