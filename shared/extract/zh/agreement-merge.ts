/**
 * The documents of one Chinese report told more than once, merged into one list: a headline that summarises
 * the body, two counts of the same documents, a 《title》 and its short name, a plan the signing then tells.
 */
import type { Agreement } from '../../domain/index.ts';
import { DOC_TYPES_ZH } from '../lexicon/zh/documents.ts';

/** What the reading marked on each entry (by its index in the list). */
export interface ZhAgreementMarks {
  /** Generic planned entries («将签署一系列文件»). */
  generic: Set<number>;
  /** Entries named by a 《title》. */
  titledKeys: Set<number>;
  /** Entries read from the headline. */
  headline: Set<number>;
  /** Entries of a counted type, by the sentence that counted them. */
  countedIn: Map<number, number>;
  /** Each counting sentence's count. */
  countOfGroup: Map<number, number>;
}

/** The entries that stand for distinct documents, in order. */
export function mergeZhAgreements(agreements: Agreement[], marks: ZhAgreementMarks): Agreement[] {
  const { generic, titledKeys, headline, countedIn, countOfGroup } = marks;
  // «会后将签署一系列双边文件» announced before a signing the report then tells: the signed ones stand for it.
  const signed = agreements.some((a) => a.status === 'signed');
  // «中哈签署互免签证协定» over a body naming «《…关于互免签证的协定》»: the headline's untitled one is that one.
  const named = (i: number) =>
    agreements.some((t, j) => j !== i && titledKeys.has(j) && t.docType === agreements[i]?.docType);
  // «两地签署四项合作备忘录» over a body telling «签订了四份…谅解备忘录»: the headline summarises the body, so of
  // each type only the headline's entries beyond the body's count are more documents.
  const inBody = (t: Agreement['docType']) =>
    agreements.filter((a, j) => !headline.has(j) && a.docType === t).length;
  const rank = (i: number) =>
    agreements.slice(0, i).filter((a, j) => headline.has(j) && a.docType === agreements[i]?.docType).length;
  const summarised = (i: number) =>
    headline.has(i) && !titledKeys.has(i) && rank(i) < inBody(agreements[i]?.docType as Agreement['docType']);
  // Two sentences counting documents of one type («签署四项合作备忘录» … «签订了四份…谅解备忘录») count the same
  // documents: the larger count stands, the smaller one is part of it.
  const largest = new Map<string, number>();
  for (const [i, g] of countedIn) {
    const t = agreements[i]?.docType as string;
    const best = largest.get(t);
    if (best === undefined || (countOfGroup.get(g) ?? 0) > (countOfGroup.get(best) ?? 0)) largest.set(t, g);
  }
  const recounted = (i: number) =>
    countedIn.has(i) && largest.get(agreements[i]?.docType as string) !== countedIn.get(i);
  const kept = agreements.filter(
    (_, i) =>
      !(signed && generic.has(i)) &&
      !(headline.has(i) && !titledKeys.has(i) && named(i)) &&
      !summarised(i) &&
      !recounted(i),
  );
  return dedupe(kept);
}

/** A title that is only a document noun («《联合声明》», «以下简称「《联合声明》」»): a short name of another. */
const BARE_NOUN = new Set(DOC_TYPES_ZH.flatMap(([, ws]) => ws));

/**
 * One entry per title (a readout and its summary name the same document twice); a bare noun as title is the
 * short name of a longer title of its type, not another document.
 */
function dedupe(items: Agreement[]): Agreement[] {
  const seen = new Set<string>();
  const shortName = (a: Agreement) =>
    BARE_NOUN.has(a.title ?? '') &&
    items.some(
      (b) =>
        b !== a &&
        b.docType === a.docType &&
        (b.title ?? '').length > (a.title ?? '').length &&
        (b.title ?? '').endsWith(a.title ?? '') &&
        !/\(\d+\)$/.test(b.title ?? ''),
    );
  return items.filter((a) => {
    if (shortName(a)) return false;
    const key = `${a.docType}|${a.title}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
