/** The article as the rules see it: title, cleaned paragraphs and sentences with their place in the text. */
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
