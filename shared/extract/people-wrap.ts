/**
 * Hard-wrapped texts (wire copies with a line break every 60–70 characters) break sentences and even names
 * ("Darkhan\nSatybaldy") into lines: people are read from the lines joined back into sentences.
 */
import type { Sentence } from './sentences.ts';

/** Marks that close a sentence. */
const CLOSERS = new Set(['.', '!', '?', '…', ':', ';', '"', '”', '»', ')']);
/**
 * True when a line ends in a closing mark (trailing white space aside): what `/[.!?…:;"”»)]\s*$/` tests, read
 * from the end (that pattern is tried at every position of every line). trimEnd removes exactly `\s`.
 */
function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  return CLOSERS.has(t.charAt(t.length - 1));
}

/** True when most body lines stop mid-sentence: the text was wrapped by line length. */
function isWrapped(sentences: Sentence[]): boolean {
  const body = sentences.filter((s) => s.zone !== 'title');
  if (body.length < 4) return false;
  const open = body.filter((s) => s.text.length >= 15 && !endsSentence(s.text));
  return open.length / body.length >= 0.35;
}

/** The sentences with wrapped lines joined back (unchanged when the text is not hard-wrapped). */
export function unwrapLines(sentences: Sentence[]): Sentence[] {
  if (!isWrapped(sentences)) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out.at(-1);
    if (prev && prev.zone !== 'title' && s.zone !== 'title' && !endsSentence(prev.text)) {
      out[out.length - 1] = { ...prev, text: `${prev.text.trimEnd()} ${s.text.trimStart()}` };
    } else out.push(s);
  }
  return out;
}
