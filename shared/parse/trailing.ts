/**
 * Trailing items about other stories. Outlets end articles with links to earlier, often unrelated, stories
 * ("Earlier Daryo reported that China and Uzbekistan…", «Ранее сообщалось…»). Such a paragraph is dropped
 * when its named entities barely overlap the rest of the article; a closing paragraph that names the
 * article's own actors ("Recall that Tokayev met Xi at the airport") stays.
 */

/** "We reported another story before": a link to a separate item. */
const STRONG: RegExp[] = [
  /^(earlier|previously)\s*,?\s*(it\s+(was|has\s+been)\s+reported|([\p{L}\p{N}.'’-]+\s+){0,3}(reported|wrote|informed|has\s+reported|had\s+reported))\b/iu,
  /^as\s+(was\s+|it\s+was\s+|has\s+been\s+)?(earlier|previously|already)\s+reported\b/iu,
  /^(it\s+was\s+)?(earlier|previously)\s+reported\b/iu,
  // "The Times of Central Asia previously reported that…": the outlet names itself first.
  /^([\p{L}\p{N}.'’-]+\s+){1,6}(previously|earlier)\s+reported\s+that\b/iu,
  /^ранее\s+([\p{L}\p{N}.«»"-]+\s+){0,3}?(сообщал\p{L}*|писал\p{L}*|рассказывал\p{L}*|информировал\p{L}*|передавал\p{L}*)/iu,
  /^как\s+(уже\s+|ранее\s+)?(сообщал\p{L}*|писал\p{L}*)(\s+ранее)?/iu,
  /^бұған\s+дейін\s+([\p{L}\p{N}.«»"-]+\s+){0,4}?(хабарла\p{L}*|жаз\p{L}*)/iu,
];

/** "Recall that…": often background on the same story, dropped only when it names none of its actors. */
const WEAK: RegExp[] = [
  /^(recall(ing)?\s+that|we\s+recall|to\s+recall|it\s+(should|is\s+worth)\s+(be\s+)?(recalled|recalling|noting|noted)|earlier|previously|in\s+an\s+earlier)\b/iu,
  /^(напомним|напомню|стоит\s+напомнить|ранее|также\s+ранее)(?![\p{L}\p{N}])/iu,
  /^(еске\s+сала\p{L}*|айта\s+кетейік|бұған\s+дейін)/iu,
];

/** Matches where any STRONG or WEAK marker matches (all `iu`, no back-references). */
const ANY_MARKER = new RegExp([...STRONG, ...WEAK].map((re) => `(?:${re.source})`).join('|'), 'iu');

/** Role words, months and weekdays: capitalised, but shared by unrelated stories. */
const NOT_ENTITY = new Set(
  (
    'pres mini depu prim fore affa head chai vice prem amba secr gove repu peop the this that with also ' +
    'janu febr marc apri may june july augu sept octo nove dece mond tues wedn thur frid satu sund ' +
    'през мини прем глав заме пред посо респ прав мини ведо това това эти это так поэ такж кром ' +
    'елші төра үкім'
  ).split(' '),
);

/** A word of letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu;
/** Characters after which a word starts a sentence or a quotation. */
const OPENERS = new Set(['.', '!', '?', ':', '«', '"', '“', '„', '(', '–', '—', '-']);

/** Capitalised words of one paragraph, split into mid-sentence and sentence-initial ones. */
interface Entities {
  mid: Set<string>;
  initial: Set<string>;
}

/** Capitalised words, keyed by their first four letters (China/Chinese, Казахстан/Казахстана agree). */
function entitiesOf(text: string): Entities {
  const into: Entities = { mid: new Set(), initial: new Set() };
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const first = w.charAt(0);
    // Capitalised words only: an upper-case first letter differs from its lower case (digits do not).
    if (w.length < 2 || first === first.toLowerCase()) continue;
    const key = w.toLowerCase().slice(0, 4);
    if (NOT_ENTITY.has(key)) continue;
    let i = m.index - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
    const initial = i < 0 || OPENERS.has(text[i] ?? '');
    (initial ? into.initial : into.mid).add(key);
  }
  return into;
}

/**
 * Whether `key` starts a word of `text` (both lower-cased); keys under three letters (Xi, Си) must be the
 * whole word. Matching lower-case words too ("китайский" for Китай) errs towards keeping a paragraph.
 */
function startsWord(text: string, key: string): boolean {
  for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
    if (i > 0 && LETTER.test(text.charAt(i - 1))) continue;
    if (key.length < 3 && LETTER.test(text.charAt(i + key.length))) continue;
    return true;
  }
  return false;
}

const LETTER = /[\p{L}\p{N}]/u;
const LONG_WORD = /[\p{L}]{6,}/gu;

/** The title and every paragraph but the last, lower-cased: what the closing paragraph is compared with. */
const restOf = (title: string | null, paragraphs: string[]): string =>
  `${title ?? ''}\n${paragraphs.slice(0, -1).join('\n')}`.toLowerCase();

/**
 * Whether the last of `paragraphs` is an item about another story. Its entities are its mid-sentence
 * capitalised words (sentence-initial ones count only when also used mid-sentence), after removing the
 * marker. Introduced by an "earlier reported" marker: dropped unless at least two, and half, of them
 * occur in the title or earlier paragraphs; by "recall that": dropped when under a quarter occur;
 * unmarked: see `unrelatedUnmarked`.
 */
export function trailingStory(paragraphs: string[], title: string | null): boolean {
  if (paragraphs.length < 3) return false;
  const last = (paragraphs[paragraphs.length - 1] ?? '').replace(/^[\s«"“'–—-]+/, '');
  // Most closing paragraphs carry no marker: one test of the union settles that before the lists are tried.
  if (!ANY_MARKER.test(last)) return unrelatedUnmarked(last, title, paragraphs);
  const strong = STRONG.find((re) => re.test(last));
  const marker = strong ?? WEAK.find((re) => re.test(last));
  if (!marker) return unrelatedUnmarked(last, title, paragraphs);
  const own = entitiesOf(last.replace(marker, ' '));
  const mine = new Set(own.mid);
  for (const k of own.initial) if (own.mid.has(k)) mine.add(k);
  const rest = restOf(title, paragraphs);
  let shared = 0;
  for (const k of mine) if (startsWord(rest, k)) shared++;
  const ratio = mine.size === 0 ? 1 : shared / mine.size;
  if (strong) return !(shared >= 2 && ratio >= 0.5);
  return mine.size >= 2 && (shared === 0 || ratio < 0.25);
}

/**
 * An unmarked closing paragraph is another story only when it names three or more entities (mid-sentence
 * capitals), none of which starts a word in the title or earlier paragraphs, and shares no long word
 * (first six letters) with them either: a closing detail of the same story ("The largest price rises
 * were in the Aktobe and Karaganda regions") shares its vocabulary. Substring tests err towards keeping.
 */
function unrelatedUnmarked(last: string, title: string | null, paragraphs: string[]): boolean {
  const own = entitiesOf(last).mid;
  if (own.size < 3) return false;
  const rest = restOf(title, paragraphs);
  for (const key of own) if (startsWord(rest, key)) return false;
  for (const m of last.toLowerCase().matchAll(LONG_WORD))
    if (startsWord(rest, m[0].slice(0, 6))) return false;
  return true;
}
