/** The article as the rules see it: title, cleaned paragraphs and sentences with their place in the text. */
import { isKazakhRoleLine } from './kk-lead.ts';
import { splitParagraphs, splitSentences, stripBoilerplate } from './text.ts';

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
  // One pass over the words (no arrays): how many have a letter, how many of those start in lower case.
  let words = 0;
  let lower = 0;
  SPACED_WORD.lastIndex = 0;
  for (let m = SPACED_WORD.exec(text); m; m = SPACED_WORD.exec(text)) {
    if (!HAS_LETTER.test(m[0])) continue;
    words++;
    if (LOWER_START.test(m[0])) lower++;
  }
  // A short line is furniture unless it is a real sentence ("The ministers met again.").
  if (words < 5)
    return words < 3 || lower < 1 || !/[.!?…]$/u.test(text.trim()) || !/^\p{Lu}/u.test(text.trim());
  return lower < 2 || (lower / words < 0.3 && !/[.!?…»"”]$/u.test(text.trim()));
}
const SPACED_WORD = /\S+/g;
const HAS_LETTER = /\p{L}/u;
const LOWER_START = /^[«"“(]?\p{Ll}/u;

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

function findHead(sentences: Sentence[]): { title: Sentence | null; lead: Sentence[] } {
  const title = sentences.find((s) => s.zone === 'title') ?? null;
  const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  const titleText = title ? norm(title.text) : null;
  const lead: Sentence[] = [];
  const paras = new Set<number>();
  for (const s of sentences) {
    if (s.zone === 'title' || isFurniture(s.text) || norm(s.text) === titleText) continue;
    // A Kazakh author box's post line above the lead (./kk-lead.ts).
    if (lead.length === 0 && isKazakhRoleLine(s.text)) continue;
    if ((!paras.has(s.para) && paras.size >= 2) || lead.length >= LEAD_MAX) break;
    paras.add(s.para);
    lead.push(s);
  }
  return { title, lead };
}
