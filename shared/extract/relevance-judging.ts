/**
 * The article as relevance reads it: its lead (the title and the first paragraphs of prose, datelines dropped)
 * and the tallies of its texts, each sentence tallied once per article.
 */
import { type ArticleAnalysis, analyse, analysisOf } from './analysis/index.ts';
import { sumTallies, type Tally, tally } from './relevance-patterns.ts';
import type { Doc } from './sentences.ts';

/** A capital letter of the datelines: A-Z, А-Я, Ё. */
const isCapital = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) || c === 0x401;

/** Removes a leading dateline ("ASTANA. KAZINFORM –", "ALMATY, April 25 (Xinhua) --", "BAKU, Azerbaijan, May 20."): it names the outlet's city. */
export function dropDateline(text: string): string {
  // Both patterns start with a capital (Latin or Russian) followed by a capital, a space or . ' -: a sentence
  // starting with a capitalised word ("The", «Президент») skips them.
  if (!isCapital(text.charCodeAt(0))) return text;
  const d = text.charCodeAt(1);
  if (!(isCapital(d) || d === 0x20 || d === 0x2e || d === 0x27 || d === 0x2d)) return text;
  return text
    .replace(
      /^[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{2,30}(?:[,.][^–—\n]{0,40}?)?\s*(?:\([^)]{1,20}\))?\s*(?:–|—|--|-)\s*/u,
      '',
    )
    .replace(/^[A-Z][A-Z .'-]{2,30},\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+[A-Z][a-z]+\s+\d{1,2}\.\s*/u, '');
}

/** A paragraph of a few words (a time stamp, "Photo: Akorda", a share bar) is page furniture, not the lead. */
const MIN_LEAD_WORDS = 6;

const LETTER_RUN = /\p{L}+/gu;
/** Whether a text has at least `n` words (runs of letters): counts up to `n`, not every word of a long paragraph. */
function hasWords(text: string, n: number): boolean {
  LETTER_RUN.lastIndex = 0;
  let k = 0;
  while (k < n && LETTER_RUN.exec(text)) k++;
  LETTER_RUN.lastIndex = 0;
  return k >= n;
}

/**
 * The indices of the title and the sentences of the first two paragraphs of real prose (the sentence zones
 * count furniture lines too).
 */
function leadOf(doc: Doc): number[] {
  const prose = new Set<number>();
  for (const [i, p] of doc.paragraphs.entries()) {
    if (prose.size === 2) break;
    if (p !== doc.title && hasWords(p, MIN_LEAD_WORDS)) prose.add(i);
  }
  const lead: number[] = [];
  for (const [i, s] of doc.sentences.entries()) if (s.zone === 'title' || prose.has(s.para)) lead.push(i);
  return lead;
}

/**
 * One article being judged: the tallies of its texts (each sentence tallied once: the lead's and the whole
 * text's tallies are their sums, as scanning the text again for them cost as much as everything else together)
 * and its lead, found when first asked for. Methods rather than closures made per article.
 */
export class Judging {
  private readonly doc: Doc;
  /** The article's shared analysis (built by extractArticle; built here for a document judged alone). */
  private readonly analysis: ArticleAnalysis;
  private readonly memo = new Map<string, Tally>();
  private leadTally: Tally | undefined;
  private wholeTally: Tally | undefined;
  /** The lead's sentences as written, and without a dateline (as tallied). */
  leadRaw: string[] = [];
  leadSentences: string[] = [];
  /** Whether places count for the sides: not with another partner in the lead (set once the lead is known). */
  places = true;

  constructor(doc: Doc) {
    this.doc = doc;
    this.analysis = analysisOf(doc.sentences) ?? analyse(doc);
  }

  /** A text's tally, or the tally given. */
  of(text: string | Tally): Tally {
    if (typeof text !== 'string') return text;
    const known = this.memo.get(text);
    if (known) return known;
    const v = tally(text);
    this.memo.set(text, v);
    return v;
  }

  /** Sentence `i`'s tally, its dateline dropped; its lower case read from the article's analysis. */
  private sentence(i: number): Tally {
    const text = this.analysis.text(i);
    const t = dropDateline(text);
    if (t !== text) return this.of(t);
    const known = this.memo.get(t);
    if (known) return known;
    const v = tally(t, this.analysis.lower(i));
    this.memo.set(t, v);
    return v;
  }

  /** The whole article's tally: every sentence's (datelines dropped), summed once when first asked for. */
  whole(): Tally {
    this.wholeTally ??= sumTallies(this.doc.sentences.map((_, i) => this.sentence(i)));
    return this.wholeTally;
  }

  /** The lead's tally: the title weighs twice in the lead (as the headline and as the lead's first sentence). */
  lead(): Tally {
    if (this.leadTally) return this.leadTally;
    const doc = this.doc;
    const lead = leadOf(doc);
    this.leadRaw = lead.map((i) => this.analysis.text(i));
    this.leadSentences = this.leadRaw.map(dropDateline);
    const parts = lead.map((i) => this.sentence(i));
    // The title is the document's first sentence: its tally is that sentence's.
    this.leadTally = sumTallies(doc.title ? [this.of(dropDateline(doc.title)), ...parts] : parts);
    return this.leadTally;
  }

  /** The other partners a text names, in the order first found. */
  others(text: string | Tally): string[] {
    return [...this.of(text).others.keys()];
  }

  /** Kazakhstan's count in a text: its words and names, and its places when they count. */
  kz(text: string | Tally): number {
    const t = this.of(text);
    return t.kz + (this.places ? t.kzPlaces : 0);
  }

  /** China's count in a text: its words and names, and its places when they count. */
  cn(text: string | Tally): number {
    const t = this.of(text);
    return t.cn + (this.places ? t.cnPlaces : 0);
  }

  /** The sentence as written for a (dateline-less) lead sentence, for the evidence. */
  raw(s: string | undefined): string | undefined {
    return s === undefined ? s : this.leadRaw[this.leadSentences.indexOf(s)];
  }
}

/** How often a tally counts one other partner. */
export const nOther = (code: string, t: Tally): number => t.others.get(code) ?? 0;
