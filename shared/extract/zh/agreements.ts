/**
 * Documents in a Chinese report: a document noun in a sentence that signs («签署了…谅解备忘录») or plans to sign,
 * with its title (the 《…》 name when given, else the words before the noun). «签署了20份合作文件» is a count.
 */
import type { Agreement } from '../../domain/index.ts';
import {
  ANNIVERSARY_ZH,
  ANOTHER_EVENT_ZH,
  BREAKDOWN_ZH,
  DOC_TYPES_ZH,
  EXCHANGE_VIEWS_ZH,
  GENERIC_ZH,
  ISSUED_ZH,
  MAX_LISTED_ZH,
  MULTILATERAL_SIGNING_ZH,
  NUMERALS_ZH,
  PAST_ZH,
  PLANNED_CUE_ZH,
  PLANNED_ZH,
  SIGNED_ZH,
  TITLE_ENDINGS_ZH,
} from '../lexicon/zh/documents.ts';
import { mergeZhAgreements } from './agreement-merge.ts';
import { asciiDigits, firstIn, type ZhDoc } from './text.ts';

/** Every document noun with its type, longest first. */
const NOUNS: Array<[noun: string, docType: Agreement['docType']]> = DOC_TYPES_ZH.flatMap(([t, ws]) =>
  ws.map((w): [string, Agreement['docType']] => [w, t as Agreement['docType']]),
).sort((a, b) => b[0].length - a[0].length);

/** Title endings, longest first. */
const TITLE_NOUNS: Array<[noun: string, docType: Agreement['docType']]> = TITLE_ENDINGS_ZH.flatMap(
  ([t, ws]) => ws.map((w): [string, Agreement['docType']] => [w, t as Agreement['docType']]),
).sort((a, b) => b[0].length - a[0].length);

/**
 * «签署了15份合作文件», «签署了三项协议», «签订了四份涉及农业和交通的谅解备忘录»: how many documents, and of
 * which noun (the fields between the count and the noun may be a long list).
 */
const COUNT = new RegExp(
  `(\\d+|[${Object.keys(NUMERALS_ZH).join('')}]{1,3})\\s*[余多]?\\s*(?:份|项|个|部)[^，。；]{0,40}?(${NOUNS.map(([w]) => w).join('|')})`,
);

/** A count in digits or Chinese numerals («十二» 12, «二十» 20); NaN when not one. */
function countOf(n: string): number {
  if (/^\d+$/.test(n)) return Number(n);
  const [a, b, c] = [...n].map((ch) => NUMERALS_ZH[ch] ?? Number.NaN);
  if (n.length === 1) return a as number;
  // «十二» = 10 + 2, «二十» = 2 × 10, «二十三» = 2 × 10 + 3.
  if (a === 10) return 10 + (b as number);
  return b === 10 ? (a as number) * 10 + (c ?? 0) : Number.NaN;
}

/** How many times a noun is listed in one clause («经贸协定、海关协定和铁路协定»): each is its own document. */
function listedIn(text: string, noun: string): number {
  // The text has passed asciiDigits, which turns «，» into «,»: both end a clause.
  return Math.max(...text.split(/[，,；;：:。]/).map((c) => c.split(noun).length - 1));
}
/** A titled document «《…协定》». */
const TITLED = /《([^》]{2,80})》/g;

/** A sentence dated to another year than the event's («2019年签署的联合声明») tells background. */
function otherYear(text: string, eventYear: number): boolean {
  // A document's own title may name its years («2025—2027年合作计划»): only the sentence around titles counts.
  const around = text.replace(TITLED, '');
  const spans = [...around.matchAll(/(?<!\d)((?:19|20)\d\d)(?:\s*[–—-]\s*((?:19|20)\d\d))?\s*年/g)];
  return (
    spans.length > 0 && !spans.some((m) => Number(m[1]) <= eventYear && eventYear <= Number(m[2] ?? m[1]))
  );
}

/** A sentence set in another month than the event's («今年7月…签署并发表联合声明») tells background. */
function otherMonth(text: string, eventMonth: number): boolean {
  const months = [...text.replace(TITLED, '').matchAll(/(?<!\d)(\d{1,2})\s*月/g)].map((m) => Number(m[1]));
  return months.length > 0 && !months.includes(eventMonth);
}

/**
 * Words before a document noun that name no document of its own («此次签署的», «新的», «战略合作»), nor a count
 * of them («20多份», «七项»: the count stands for unnamed documents).
 */
const BARE_LEAD = (lead: string) =>
  lead
    .replace(/此次|这些|上述|签署|签订|新|的|了|合作|战略|谅解/g, '')
    .replace(/^(?:\d+|[一二两三四五六七八九十]{1,3})\s*[余多]?\s*[份项个部]/, '').length < 2;

/** The documents a Chinese report names, and the count it gives of those signed. */
export function extractZhAgreements(
  doc: ZhDoc,
  eventDate: string | null,
  monthHint: number | null = null,
): { agreements: Agreement[]; count: number | null } {
  const eventYear = eventDate ? Number(eventDate.slice(0, 4)) : null;
  const eventMonth = eventDate ? Number(eventDate.slice(5, 7)) : monthHint;
  const agreements: Agreement[] = [];
  const generic = new Set<number>();
  // Which entries carry a 《title》, and which come from the headline (a summary of the body's documents).
  const titledKeys = new Set<number>();
  const headline = new Set<number>();
  let count: number | null = null;
  // Entries of a counted type («七份…谅解备忘录»), by the sentence that counted them, and that sentence's count.
  const countedIn = new Map<number, number>();
  const countOfGroup = new Map<number, number>();
  // Counted documents no title names are the count's («签署了七份…谅解备忘录» → agreementCount 7, none listed, as
  // the real labels have it); a later bare mention of that type («此次签署的谅解备忘录») is the same documents.
  const toCount = new Set<Agreement>();
  const countedTypes = new Set<string>();
  // The status of the previous sentence's documents, for a breakdown that follows it («其中，五份谅解备忘录…»).
  let previous: Agreement['status'] | null = null;
  for (const [at, s] of doc.sentences.entries()) {
    const prior: Agreement['status'] | null = previous;
    previous = null;
    // From a sentence opening another event of the day on, the documents are that event's.
    if (s.zone === 'body' && ANOTHER_EVENT_ZH.some((w) => s.text.startsWith(w))) break;
    const text = asciiDigits(s.text).replace(EXCHANGE_VIEWS_ZH, '').replace(ANNIVERSARY_ZH, '周年');
    // «签署了16份文件。其中，五份谅解备忘录，五项合同»: the breakdown of a signing's total names its types.
    const breakdown: Agreement['status'] | null = prior !== null && BREAKDOWN_ZH.test(text) ? prior : null;
    const planned: boolean =
      breakdown === 'planned' || firstIn(text, PLANNED_ZH) !== undefined || PLANNED_CUE_ZH.test(text);
    if (!planned && !breakdown && firstIn(text, SIGNED_ZH) === undefined && !ISSUED_ZH.test(text)) continue;
    // «此次», «…期间» bring a background sentence back to this visit, but not «上次访问期间» (the last one's).
    const during = text.includes('期间') && !/上一?次[^，。；]{0,8}期间/.test(text);
    if (firstIn(text, PAST_ZH) && !text.includes('此次') && !during) continue;
    if (eventYear !== null && otherYear(text, eventYear)) continue;
    if (eventMonth !== null && otherMonth(text, eventMonth) && !text.includes('此次')) continue;
    if (firstIn(text, MULTILATERAL_SIGNING_ZH)) continue;
    const status: Agreement['status'] = planned ? 'planned' : 'signed';
    previous = status;
    // Each type of a breakdown is one grouped entry: the total before it is the count.
    const n = breakdown ? null : COUNT.exec(text);
    const counted = n ? countOf(n[1] as string) : Number.NaN;
    if (n && count === null && Number.isFinite(counted)) count = counted;
    const before = agreements.length;
    const titled = [...text.matchAll(TITLED)].map((m) => m[1] as string);
    for (const title of titled) {
      const noun =
        NOUNS.find(([w]) => title.endsWith(w)) ??
        TITLE_NOUNS.find(([w]) => title.endsWith(w)) ??
        NOUNS.find(([w]) => title.includes(w));
      titledKeys.add(agreements.length);
      agreements.push({ docType: noun?.[1] ?? 'other', status, title, evidence: s.text });
    }
    // Untitled ones beside them: each document noun once per sentence, the generic «文件» only when nothing
    // more specific is named and no count stands for the documents.
    const seen = new Set<string>();
    let rest = text.replace(TITLED, '□');
    for (const [noun, docType] of NOUNS) {
      const at = rest.indexOf(noun);
      if (at < 0) continue;
      const lead = rest
        .slice(Math.max(0, at - 16), at)
        .replace(/^.*[，,、；：□]/, '')
        .replace(/^.*(?:签署了?|签订了?|和|及)/, '');
      rest = rest.replaceAll(noun, '□');
      if (GENERIC_ZH.includes(noun)) {
        // Unnamed documents: signed ones are a count; announced ones one generic planned agreement.
        if (
          status === 'planned' &&
          !agreements.some((a) => a.status === 'planned' && a.docType === 'agreement')
        )
          generic.add(
            agreements.push({ docType: 'agreement', status, title: `${lead}${noun}`, evidence: s.text }) - 1,
          );
        seen.add('other');
        continue;
      }
      if (seen.has(docType)) continue;
      seen.add(docType);
      const listed = listedIn(text.replace(TITLED, '□'), noun);
      for (let k = 0; k < listed; k++) {
        const title = k === 0 ? `${lead}${noun}` : `${noun} (${k + 1})`;
        agreements.push({ docType, status, title, evidence: s.text });
        if (countedTypes.has(docType) && BARE_LEAD(lead)) toCount.add(agreements.at(-1) as Agreement);
      }
    }
    // «签署了三项协议»: that many documents of the counted noun's type, the named ones among them.
    const nounType = n ? NOUNS.find(([w]) => w === n[2])?.[1] : undefined;
    const exact = n !== null && !/[余多]/.test(n[0]);
    // «等十余份合作文件和协议»: a bare document beside the count is one of the counted.
    for (let i = before; n && i < agreements.length; i++) {
      const a = agreements[i] as Agreement;
      const noun = NOUNS.find(([w]) => (a.title ?? '').endsWith(w))?.[0] ?? '';
      const bare = BARE_LEAD((a.title ?? '').slice(0, (a.title ?? '').length - noun.length));
      if (!titledKeys.has(i) && a.status === 'signed' && bare) toCount.add(a);
    }
    if (nounType && exact && !GENERIC_ZH.includes(n?.[2] as string) && counted <= MAX_LISTED_ZH) {
      countedTypes.add(nounType);
      for (let i = before; i < agreements.length; i++) {
        const a = agreements[i] as Agreement;
        if (a.docType === nounType && !titledKeys.has(i) && a.status === 'signed') toCount.add(a);
      }
      for (let i = before; i < agreements.length; i++)
        if (agreements[i]?.docType === nounType && !titledKeys.has(i)) countedIn.set(i, at);
      countOfGroup.set(at, counted);
    }
    if (s.zone === 'title') for (let i = before; i < agreements.length; i++) headline.add(i);
  }
  const marks = { generic, titledKeys, headline, countedIn, countOfGroup };
  return { agreements: mergeZhAgreements(agreements, marks).filter((a) => !toCount.has(a)), count };
}
