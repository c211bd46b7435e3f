import type { Agreement } from '../domain/index.ts';

/**
 * Agreement identity across reports: outlets word one document differently ("Memorandum of Cooperation
 * between the Ministries of Foreign Affairs … for 2026-2028" / "memorandum on cooperation between the two
 * foreign ministries for 2026–2028"), and in two languages.
 */

/** Words that say nothing about which document it is. */
const STOP = new Set(
  (
    'the and for with between from into that this two both sides parties party its their his her of on in at by ' +
    'republic kazakhstan kazakh china chinese people peoples prc government governments state states ' +
    'signed sign signing document documents reported reports report citing according said ' +
    'january february march april may june july august september october november december ' +
    'memorandum memorandums memoranda agreement agreements protocol protocols notes note joint statement ' +
    'declaration roadmap program programme contract understanding ' +
    'cooperation field fields sphere spheres area areas mutual interaction ' +
    'между республики республикой казахстан казахстана китай китая китайской народной сторон сторонами ' +
    'подписали подписан подписание документ документы год года годы годов меморандум меморандума соглашение ' +
    'соглашения протокол протокола ноты нотами совместное заявление декларация дорожная карта программа контракт ' +
    'сотрудничестве сотрудничества области сфере взаимопонимании'
  ).split(' '),
);

/** Lowercase words of a title, punctuation and typography removed. */
function titleWords(title: string): string[] {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2);
}

/** The words that tell documents apart, cut to a 5-letter stem ("ministries" ~ "ministry"). */
function contentStems(title: string): Set<string> {
  return new Set(
    titleWords(title)
      .filter((w) => !STOP.has(w) && !/^\d+$/.test(w))
      .map((w) => w.slice(0, 5)),
  );
}

/** Numbers that identify a document (years, counts); day-of-month numbers are dates of the report. */
function numbersOf(title: string): Set<string> {
  return new Set((title.match(/\d+/g) ?? []).filter((n) => Number(n) > 31));
}

function subset(a: Set<string>, b: Set<string>): boolean {
  return [...a].every((x) => b.has(x));
}

/** The identity of an agreement: doc type + normalised title (`memorandum|cooperation between …`). */
export function agreementKey(a: Pick<Agreement, 'docType' | 'title'>): string {
  return `${a.docType}|${titleWords(a.title).join(' ')}`;
}

/**
 * Same document: same type, no contradicting numbers (2026-2028 vs 2023-2025), and the same title or titles
 * whose distinctive words mostly overlap (≥60 % of the shorter one's).
 */
export function sameAgreement(a: Agreement, b: Agreement): boolean {
  return a.docType === b.docType && sameDocument(documentOf(a), documentOf(b));
}

/** What `sameAgreement` reads of one agreement, read off its title once. */
export interface DocumentFacts {
  docType: string;
  /** `agreementKey`. */
  key: string;
  numbers: Set<string>;
  stems: Set<string>;
}

/**
 * The facts `sameAgreement` compares, for a caller that compares one document many times (the clusterer
 * compares a report's documents with every candidate member's).
 */
export function documentOf(a: Pick<Agreement, 'docType' | 'title'>): DocumentFacts {
  return {
    docType: a.docType,
    key: agreementKey(a),
    numbers: numbersOf(a.title),
    stems: contentStems(a.title),
  };
}

/** `sameAgreement` on the documents' facts (`documentOf`). */
export function sameDocument(a: DocumentFacts, b: DocumentFacts): boolean {
  if (a.docType !== b.docType) return false;
  if (a.key === b.key) return true;
  if (!subset(a.numbers, b.numbers) && !subset(b.numbers, a.numbers)) return false;
  const wa = a.stems;
  const wb = b.stems;
  const smaller = Math.min(wa.size, wb.size);
  if (smaller === 0) return false;
  const common = [...wa].filter((w) => wb.has(w)).length;
  return common / smaller >= 0.6;
}

/** The script most of a title's letters are in. */
function scriptOf(title: string): 'cyrillic' | 'latin' | 'other' {
  const cyr = (title.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const lat = (title.match(/\p{Script=Latin}/gu) ?? []).length;
  return cyr === 0 && lat === 0 ? 'other' : cyr > lat ? 'cyrillic' : 'latin';
}

/**
 * One document reported in two languages (an English and a Russian title): same type, no contradicting
 * numbers, and the two reports list as many documents of that type — so no distinct document is dropped.
 */
function sameAcrossLanguages(
  a: Agreement,
  b: Agreement,
  incoming: Agreement[],
  existing: Agreement[],
): boolean {
  if (a.docType !== b.docType || scriptOf(a.title) === scriptOf(b.title)) return false;
  const na = numbersOf(a.title);
  const nb = numbersOf(b.title);
  if (!subset(na, nb) && !subset(nb, na)) return false;
  const count = (list: Agreement[], script: string) =>
    list.filter((x) => x.docType === a.docType && scriptOf(x.title) === script).length;
  return count(incoming, scriptOf(a.title)) === count(existing, scriptOf(b.title));
}

/** Attribution words: a "title" carrying them is a sentence fragment the extractor cut, not a document name. */
const ATTRIBUTION = /\b(reports?|reported|citing|according to)\b|сообща|переда|\.kz\b/iu;

/**
 * A document whose title is a fragment ("Notes in Almaty on April 26, … reports citing the Ministry"):
 * the same as the one stored document of its type that no other incoming document claimed, if that pairing
 * is unambiguous — exactly one on each side — and no number contradicts it.
 */
function sameByElimination(
  a: Agreement,
  b: Agreement,
  pendingOfType: number,
  unclaimedOfType: number,
): boolean {
  if (a.docType !== b.docType || pendingOfType !== 1 || unclaimedOfType !== 1) return false;
  if (!ATTRIBUTION.test(a.title) && !ATTRIBUTION.test(b.title)) return false;
  const na = numbersOf(a.title);
  const nb = numbersOf(b.title);
  return subset(na, nb) || subset(nb, na);
}

/**
 * Union of two reports' agreements: a document already known (same wording, reworded, in the other language,
 * or named by a cut fragment when that is unambiguous) is kept once and upgraded from planned to signed when
 * the new report says it was signed; any other document is added. Stored documents stay first, in order.
 */
export function mergeAgreements(existing: Agreement[], incoming: Agreement[]): Agreement[] {
  const out = existing.map((a) => ({ ...a }));
  const claimed = new Set<number>();
  const take = (i: number, a: Agreement) => {
    const known = out[i] as Agreement;
    claimed.add(i);
    if (known.status === 'planned' && a.status === 'signed') known.status = 'signed';
  };
  const pending: Agreement[] = [];
  for (const a of incoming) {
    const i = out.findIndex((b) => sameAgreement(a, b));
    if (i >= 0) take(i, a);
    else pending.push(a);
  }
  for (const a of pending) {
    const open = (k: number) => k < existing.length && !claimed.has(k);
    const pendingOfType = pending.filter((p) => p.docType === a.docType).length;
    const unclaimedOfType = existing.filter((b, k) => open(k) && b.docType === a.docType).length;
    const i = out.findIndex(
      (b, k) =>
        open(k) &&
        (sameAcrossLanguages(a, b, incoming, existing) ||
          sameByElimination(a, b, pendingOfType, unclaimedOfType)),
    );
    if (i >= 0) take(i, a);
    else out.push({ ...a });
  }
  return out;
}
