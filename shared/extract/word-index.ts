/**
 * "Does any entry of this list occur as a whole word?" answered from the text's words, read once per text and
 * shared by every list asked about it, instead of one scan of the whole text per list (issue 12: topics and
 * frameworks ran some thirty whole-article patterns, a third of extraction time). The answer is exactly that of
 * `wordsRegex(entries, opts).test(text)` (lexicon/build.ts): a word is a maximal run of the boundary's letters
 * and digits, an entry a whole run, a stem a run's start followed by letters only. Entries that are not one
 * plain word (several words, hyphens, `/…/` sources) are left to their own pattern, run only when some word of
 * the text starts as they do.
 */
import { isWordCode, wordsRegex } from './lexicon/build.ts';
import { add, nextListId, TRIES } from './word-trie.ts';
import { foundIn, lastOdd } from './word-walk.ts';

const allWord = (s: string): boolean => [...s].every((ch) => isWordCode(ch.charCodeAt(0)) && ch.length === 1);
/** Letters an entry may be made of to be looked up as a word (plain Latin, Latin-1, Latin extended, Cyrillic). */
const SAFE_WORD = /^[0-9a-z\u00C0-\u017E\u0180-\u024F\u0400-\u052F]+$/;

/**
 * A test equal to `wordsRegex(entries, opts).test(text)`, answered from one walk along the text's words shared
 * by every list. Built once per list at module load.
 */
export function wordTest(
  entries: readonly string[],
  opts: { caseSensitive?: boolean } = {},
): (text: string) => boolean {
  const lowerCase = !opts.caseSensitive;
  const root = lowerCase ? TRIES.lower : TRIES.exact;
  const id = nextListId();
  const rest: string[] = [];
  /** A longer entry may start anywhere (a `/…/` source, a leading sign): its pattern always runs. */
  let keyless = false;
  for (const entry of entries) {
    const e = lowerCase ? entry.trim().toLowerCase() : entry.trim();
    const isSource = e.length > 2 && e.startsWith('/') && e.endsWith('/');
    const core = e.endsWith('*') ? e.slice(0, -1) : e;
    // Lower-casing must keep the entry's length and letters the case-insensitive pattern would match.
    const plain =
      !isSource &&
      core.length > 0 &&
      (lowerCase ? SAFE_WORD.test(core) && e.length === entry.trim().length : allWord(core));
    if (plain) {
      add(root, core, e.endsWith('*') ? 'stem' : 'exact', id);
      continue;
    }
    rest.push(entry);
    let lead = 0;
    while (!isSource && lead < e.length && isWordCode(e.charCodeAt(lead))) lead++;
    const key = isSource ? sourceLead(e.slice(1, -1)) : e.slice(0, lead);
    if (key === '' || (lowerCase && !SAFE_WORD.test(key))) keyless = true;
    else add(root, key, 'key', id);
  }
  const whole = wordsRegex(entries, opts);
  const others = rest.length > 0 ? wordsRegex(rest, opts) : null;
  // Sticky: tried only where a word begins as one of the longer entries does (a match can start nowhere else).
  const sticky = others && new RegExp(others.source, `${others.flags}y`);
  return (text) => {
    const found = foundIn(text, lowerCase);
    if (lowerCase && lastOdd) return whole.test(text);
    if (found.matched[id] === 1) return true;
    if (!others || !sticky) return false;
    if (keyless) return others.test(text);
    for (const at of found.starts[id] ?? []) {
      sticky.lastIndex = at;
      if (sticky.test(text)) return true;
    }
    return false;
  };
}

/**
 * The literal first word of a `/…/` source, when it has one for sure: letters up to the first other character,
 * less the last one if a quantifier follows it; none when the source has alternatives of its own.
 */
function sourceLead(source: string): string {
  if (source.includes('|')) return '';
  let lead = 0;
  while (lead < source.length && isWordCode(source.charCodeAt(lead))) lead++;
  return '?*+{'.includes(source[lead] ?? '') && source[lead] !== undefined
    ? source.slice(0, lead - 1)
    : source.slice(0, lead);
}
