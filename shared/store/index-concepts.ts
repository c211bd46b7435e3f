import { foldCyrillic, foldToken, isCyrillic, stem } from './index-fold.ts';
import { SEARCH_GLOSSARY } from './index-glossary.ts';

/**
 * Finds the glossary's concepts (index-glossary.ts) in a run of words, so the index keys `пшеницы`, `бидай`
 * and `wheat` by one token. Single-word forms are looked up in maps built once (a whole word by its fold, a
 * stem by each prefix of the word, longest first); the few multi-word forms are compared word by word.
 */

/** A form word folded for comparison: Cyrillic by its letters, Latin by the index's fold (+ stem when whole). */
function foldFormWord(w: string, whole: boolean): string {
  if (isCyrillic(w)) return foldCyrillic(w);
  return whole ? stem(foldToken(w)) : foldToken(w);
}

/** A text word folded for comparison with whole forms (`whole`) and with stems (`prefix`). */
export interface FoldedWord {
  whole: string;
  prefix: string;
}

/** The words of a text folded for `conceptAt` (once per text: phrases look at each word several times). */
export function foldWords(ws: string[]): FoldedWord[] {
  return ws.map(foldWord);
}

function foldWord(w: string): FoldedWord {
  if (isCyrillic(w)) {
    const f = foldCyrillic(w);
    return { whole: f, prefix: f };
  }
  const f = foldToken(w);
  return { whole: stem(f), prefix: f };
}

/** The index token of a concept key. */
const conceptToken = (key: string) => stem(foldToken(key.replace(/[^a-z]/gi, '')));

const WHOLE = new Map<string, string>();
const PREFIX = new Map<string, string>();
/** Multi-word forms: each word a folded whole word or stem. */
const PHRASES: Array<{ parts: Array<{ text: string; star: boolean }>; token: string }> = [];
let longestPrefix = 0;

for (const entry of SEARCH_GLOSSARY) {
  const token = conceptToken(entry.key);
  for (const form of [...entry.en, ...entry.ru, ...entry.kk]) {
    const parts = form
      .split(/[\s'’-]+/)
      .filter(Boolean)
      .map((p) => ({ star: p.endsWith('*'), raw: p.replace(/\*$/, '') }))
      .map(({ star, raw }) => ({ star, text: foldFormWord(raw, !star) }));
    const [only] = parts;
    if (parts.length > 1) PHRASES.push({ parts, token });
    else if (only?.star) {
      PREFIX.set(only.text, PREFIX.get(only.text) ?? token);
      longestPrefix = Math.max(longestPrefix, only.text.length);
    } else if (only) WHOLE.set(only.text, WHOLE.get(only.text) ?? token);
  }
}
PHRASES.sort((a, b) => b.parts.length - a.parts.length);

/** The concept of one word, or null. */
function wordConcept({ whole, prefix }: FoldedWord): string | null {
  const hit = WHOLE.get(whole);
  if (hit) return hit;
  for (let n = Math.min(prefix.length, longestPrefix); n >= 2; n--) {
    const p = PREFIX.get(prefix.slice(0, n));
    if (p) return p;
  }
  return null;
}

/**
 * The concept starting at word `i` of a text's folded words and how many words it spans (a phrase before a
 * single word), or null when none does.
 */
export function conceptAt(ws: FoldedWord[], i: number): { token: string; span: number } | null {
  const here = ws[i];
  if (!here) return null;
  for (const { parts, token } of PHRASES) {
    if (i + parts.length > ws.length) continue;
    const ok = parts.every((part, k) => {
      const w = ws[i + k] as FoldedWord;
      return part.star ? w.prefix.startsWith(part.text) : w.whole === part.text;
    });
    if (ok) return { token, span: parts.length };
  }
  const token = wordConcept(here);
  return token ? { token, span: 1 } : null;
}
