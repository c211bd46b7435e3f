/** The article as the rules see it: title, cleaned paragraphs and sentences with their place in the text. */
import { isKazakhRoleLine } from './kk-lead.ts';
import { eachSpacedWord, isSpaceCode, splitParagraphs, splitSentences, stripBoilerplate } from './text.ts';

/** One sentence with where it sits: zone `title`, `lead` (first two paragraphs) or `body`. */
export interface Sentence {
  text: string;
  para: number;
  zone: 'title' | 'lead' | 'body';
}

/** A prepared document. */
export interface Doc {
  title: string | null;
  paragraphs: string[];
  sentences: Sentence[];
  /** Title and body, cleaned, as one string (for whole-text keyword rules). */
  full: string;
}

/** Builds the document view from an optional title and the normalised body text. */
export function buildDoc(title: string | null, body: string): Doc {
  const paragraphs = stripBoilerplate(splitParagraphs(body));
  const sentences: Sentence[] = [];
  const cleanTitle = title?.trim() || null;
  // A title repeated as the body's first line is not a second lead paragraph.
  if (cleanTitle && paragraphs[0] === cleanTitle) paragraphs.shift();
  if (cleanTitle) sentences.push({ text: cleanTitle, para: -1, zone: 'title' });
  for (const [i, p] of paragraphs.entries()) {
    for (const s of splitSentences(p)) sentences.push({ text: s, para: i, zone: i < 2 ? 'lead' : 'body' });
  }
  const full = [cleanTitle ?? '', ...paragraphs].join('\n');
  return { title: cleanTitle, paragraphs, sentences, full };
}

/**
 * A line of page furniture rather than prose: under five words, hardly any lower-case words, or a run of
 * capitalised menu words without a full stop ("News Kazakhstan World Interview Sport …").
 */
function isFurniture(text: string): boolean {
  // A line ending as prose does is furniture only with under five words or under two in lower case: its words
  // are counted until both are reached (a long paragraph's are not all read).
  const prose = endsAsProse(text);
  // One pass over the words by character code (no pattern runs per word): how many have a letter, how many of
  // those start in lower case.
  let words = 0;
  let lower = 0;
  eachSpacedWord(text, (start, end) => {
    if (!hasLetter(text, start, end)) return true;
    words++;
    if (startsLower(text, start, end)) lower++;
    return !(prose && words >= 5 && lower >= 2);
  });
  // A short line is furniture unless it is a real sentence ("The ministers met again.").
  if (words < 5)
    return words < 3 || lower < 1 || !/[.!?…]$/u.test(text.trim()) || !/^\p{Lu}/u.test(text.trim());
  return lower < 2 || (lower / words < 0.3 && !prose);
}

/** Whether the text's last character before trailing spaces is one of . ! ? … » " ” (`/[.!?…»"”]$/` on the trimmed text). */
function endsAsProse(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0xbb || c === 0x22 || c === 0x201d;
}
const HAS_LETTER = /\p{L}/u;
const LOWER_START = /^[«"“(]?\p{Ll}/u;

/** What a UTF-16 code unit is, filled on first sight: 0 not yet known, then one of the values below. */
const CATEGORY = new Uint8Array(0x10000);
const OTHER = 1;
const LETTER = 2;
const LOWER_LETTER = 3;
/** Half of a surrogate pair: the code point it belongs to is read by the patterns themselves. */
const SURROGATE = 4;
function category(c: number): number {
  let k = CATEGORY[c] as number;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k =
      c >= 0xd800 && c <= 0xdfff
        ? SURROGATE
        : /\p{Ll}/u.test(ch)
          ? LOWER_LETTER
          : HAS_LETTER.test(ch)
            ? LETTER
            : OTHER;
    CATEGORY[c] = k;
  }
  return k;
}

/** `/\p{L}/u` on `text.slice(start, end)`, read by code unit (a surrogate pair asks the pattern). */
function hasLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const k = category(text.charCodeAt(i));
    if (k === SURROGATE) return HAS_LETTER.test(text.slice(start, end));
    if (k !== OTHER) return true;
  }
  return false;
}

/** `LOWER_START` on `text.slice(start, end)`: a lower-case letter first, or after one opening quote or bracket. */
function startsLower(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  const at = (c === 0xab || c === 0x22 || c === 0x201c || c === 0x28) && start + 1 < end ? start + 1 : start;
  const k = category(text.charCodeAt(at));
  if (k === SURROGATE) return LOWER_START.test(text.slice(start, end));
  return k === LOWER_LETTER;
}

/**
 * The title and the article's real lead: the sentences of its first two paragraphs of prose, skipping menus,
 * time stamps, bylines, captions of a few words and a repeat of the title (which `zone` counts as lead).
 * Rules that read "the lead" for the event (kind, date, place) use this.
 */
export function headSentences(sentences: Sentence[]): { title: Sentence | null; lead: Sentence[] } {
  const known = heads.get(sentences);
  if (known) return known;
  const found = findHead(sentences);
  heads.set(sentences, found);
  return found;
}

/** At most this many lead sentences: the event is told at the top, and long paragraphs go on with details. */
const LEAD_MAX = 8;

/** Heads by document: kind, date and place rules all ask for the same article's head. */
const heads = new WeakMap<Sentence[], { title: Sentence | null; lead: Sentence[] }>();

/** A text lower-cased, its runs of spaces made one space, trimmed: a title repeated as a line compares equal. */
function norm(t: string): string {
  return t.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * `norm(text) === normalised`, most often answered at the first characters without building the text's lower
 * case and its respaced copy (two new strings, and a pattern run, for every lead line compared with the title).
 * Read while the characters lower one to one (ASCII, basic Cyrillic); any other character hands the question
 * to `norm` (Greek lowers by context, `İ` to two characters).
 */
function sameAsNormalised(text: string, normalised: string): boolean {
  let j = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      space = j > 0;
      continue;
    }
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    else if (c >= 0x410 && c <= 0x42f) c += 0x20;
    else if (c >= 0x400 && c <= 0x40f) c += 0x50;
    else if (c >= 0x80 && !(c >= 0x430 && c <= 0x45f)) return norm(text) === normalised;
    if (space) {
      if (normalised.charCodeAt(j) !== 0x20) return false;
      j++;
      space = false;
    }
    if (normalised.charCodeAt(j) !== c) return false;
    j++;
  }
  return j === normalised.length;
}

function findHead(sentences: Sentence[]): { title: Sentence | null; lead: Sentence[] } {
  const title = sentences.find((s) => s.zone === 'title') ?? null;
  const titleText = title ? norm(title.text) : null;
  const lead: Sentence[] = [];
  const paras = new Set<number>();
  for (const s of sentences) {
    if (
      s.zone === 'title' ||
      isFurniture(s.text) ||
      (titleText !== null && sameAsNormalised(s.text, titleText))
    )
      continue;
    // A Kazakh author box's post line above the lead (./kk-lead.ts).
    if (lead.length === 0 && isKazakhRoleLine(s.text)) continue;
    if ((!paras.has(s.para) && paras.size >= 2) || lead.length >= LEAD_MAX) break;
    paras.add(s.para);
    lead.push(s);
  }
  return { title, lead };
}
