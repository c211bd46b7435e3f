/**
 * One analysis per article, shared by every rule module (issue 12): the sentences split once, and each
 * sentence's lower-cased and case-folded text and word starts computed once, when first asked, and kept for
 * this article only. Rule modules that re-derive these per call (and cache them per sentence string in
 * memo.ts, bookkeeping that pays only when a text repeats) can read them here by sentence index instead.
 *
 * Adopting it needs no signature change: `extractArticle` builds the analysis of its document, and a module
 * that is handed the document's `sentences` array finds it with `analysisOf(sentences)` (undefined for an
 * array it was not built from, e.g. a filtered or repaired copy: fall back to computing as before).
 */
import { foldText } from '../case-fold.ts';
import { isWordCode } from '../lexicon/build.ts';
import { memoizeString } from '../memo.ts';
import type { Doc, Sentence } from '../sentences.ts';

/** The per-article analysis: read-only views of the document's sentences, each computed once on demand. */
export class ArticleAnalysis {
  /** The document analysed. */
  readonly doc: Doc;
  /** The document's sentences (the same array as `doc.sentences`). */
  readonly sentences: readonly Sentence[];
  private readonly lowers: Array<string | undefined>;
  private readonly folds: Array<string | undefined>;
  private readonly starts: Array<Int32Array | undefined>;
  private fullLow: string | undefined;

  constructor(doc: Doc) {
    this.doc = doc;
    this.sentences = doc.sentences;
    const n = doc.sentences.length;
    this.lowers = new Array(n);
    this.folds = new Array(n);
    this.starts = new Array(n);
  }

  /** Sentence `i`'s text as written. */
  text(i: number): string {
    return (this.sentences[i] as Sentence).text;
  }

  /** Sentence `i`'s text in lower case (`toLowerCase`: as long as the text unless it holds `İ`). */
  lower(i: number): string {
    let low = this.lowers[i];
    if (low === undefined) {
      low = lowerText(this.text(i));
      this.lowers[i] = low;
    }
    return low;
  }

  /** Sentence `i`'s text case folded the way a `u`+`i` pattern compares letters (case-fold.ts `foldText`). */
  folded(i: number): string {
    let f = this.folds[i];
    if (f === undefined) {
      f = foldText(this.text(i));
      this.folds[i] = f;
    }
    return f;
  }

  /**
   * Where sentence `i`'s words start: offsets of each letter or digit (of the scripts' word boundary,
   * lexicon/build.ts) that follows no letter or digit. The place a `WB_START` pattern can match.
   */
  wordStarts(i: number): Int32Array {
    let found = this.starts[i];
    if (found === undefined) {
      found = wordStartsOf(this.text(i));
      this.starts[i] = found;
    }
    return found;
  }

  /** The whole text (`doc.full`) in lower case. */
  fullLower(): string {
    this.fullLow ??= lowerText(this.doc.full);
    return this.fullLow;
  }
}

/**
 * A text's `toLowerCase()`, kept for recent texts: rules ask about a sentence by its string as well (relevance's
 * patterns), and a wire text repeated across a feed's items is lowered once (bounded: cleared when full).
 */
export function lowerText(text: string): string {
  return lowered(text);
}
const lowered = memoizeString((text: string) => text.toLowerCase(), 256);

/** Offsets of the word starts of a text (see `ArticleAnalysis.wordStarts`). */
export function wordStartsOf(text: string): Int32Array {
  const out: number[] = [];
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const w = isWordCode(text.charCodeAt(i));
    if (w && !inWord) out.push(i);
    inWord = w;
  }
  return Int32Array.from(out);
}

/** Analyses by sentences array: modules are handed `doc.sentences`, not the document. */
const BY_SENTENCES = new WeakMap<readonly Sentence[], ArticleAnalysis>();

/** The analysis of a document, built on first call and kept as long as its sentences array lives. */
export function analyse(doc: Doc): ArticleAnalysis {
  let a = BY_SENTENCES.get(doc.sentences);
  if (a === undefined) {
    a = new ArticleAnalysis(doc);
    BY_SENTENCES.set(doc.sentences, a);
  }
  return a;
}

/** The analysis built for this sentences array (by `analyse`), or undefined for any other array. */
export function analysisOf(sentences: readonly Sentence[]): ArticleAnalysis | undefined {
  return BY_SENTENCES.get(sentences);
}
