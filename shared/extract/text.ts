/** Text preparation for extraction: normalisation, language detection, paragraph and sentence splitting. */

/** Languages the extractor distinguishes. */
export type TextLang = 'en' | 'ru' | 'kk' | 'zh' | 'other';

/** `\s` as JavaScript patterns read it, for one UTF-16 code unit: for scanners that split words by character code. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Calls `visit(start, end)` for each run of non-space characters of `s` (what `/\S+/g` matches), in order, until
 * it returns false: read by character code, without a pattern's match objects or slices it does not ask for.
 */
export function eachSpacedWord(s: string, visit: (start: number, end: number) => boolean | undefined): void {
  const n = s.length;
  for (let i = 0; i < n; ) {
    if (isSpaceCode(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && !isSpaceCode(s.charCodeAt(j))) j++;
    if (visit(i, j) === false) return;
    i = j;
  }
}

/**
 * The runs of non-space characters of `s` (what `/\S+/g` matches), each with its start plus `offset` (name
 * finders split every capitalised run so).
 */
export function spacedWords(s: string, offset = 0): Array<{ w: string; s: number }> {
  const out: Array<{ w: string; s: number }> = [];
  eachSpacedWord(s, (start, end) => {
    out.push({ w: s.slice(start, end), s: offset + start });
    return true;
  });
  return out;
}

/** Cap on the text the extractor looks at: news articles are far shorter; longer input is tail noise. */
export const MAX_TEXT_CHARS = 60_000;

/**
 * Normalises quotes, dashes, spaces and control characters so that every later rule sees one spelling.
 * Dashes become an en dash surrounded by spaces only where the source spaced them.
 */
export function normalise(raw: string): string {
  const cut = raw.slice(0, MAX_TEXT_CHARS * 2);
  const lines = cut.includes('\r') ? cut.replace(/\r\n?/g, '\n') : cut;
  // One pass for every character that has one spelling (the classes do not overlap and no replacement is
  // itself replaced): seven chained replaces scanned every text seven times.
  const spelled = lines.replace(ONE_SPELLING, respell);
  // A single space is already the one spelling: only runs and tabs are rewritten. A text with no tab and no two
  // spaces in a row has none (looking for those is cheaper than trying the pattern at every space).
  const spaced =
    spelled.includes('\t') || spelled.includes('  ') ? spelled.replace(/[ \t]{2,}|\t/g, ' ') : spelled;
  return spaced.slice(0, MAX_TEXT_CHARS);
}

/** The characters `normalise` respells, by class, and what each class becomes. */
const RESPELL: Array<[RegExp, string]> = [
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  [/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/, ' '],
  [/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/, ' '],
  [/[\u200b-\u200d\ufeff]/, ''],
  [/[\u2018\u2019\u201a\u201b\u2032`´]/, "'"],
  [/[\u201c\u201d\u201e\u201f\u2033«»]/, '"'],
  [/[\u2010\u2011]/, '-'],
  [/[\u2012\u2013\u2014\u2015\u2212]/, '–'],
];
/** One character class of them all (the sources are classes: their insides join). */
const ONE_SPELLING = new RegExp(`[${RESPELL.map(([re]) => re.source.slice(1, -1)).join('')}]`, 'g');
/** Replacements by character, filled as characters are met (a few kinds of quotes and dashes per text). */
const SPELLING = new Map<string, string>();
function respell(c: string): string {
  let to = SPELLING.get(c);
  if (to === undefined) {
    to = RESPELL.find(([re]) => re.test(c))?.[1] ?? c;
    SPELLING.set(c, to);
  }
  return to;
}

/**
 * Language detection lives in its own module (script, then Kazakh letter frequency, then Han): re-exported here
 * so every caller that asked this module keeps asking the same function.
 */
export { detectLanguage as detectLang } from './lang-detect.ts';

/** Splits text into trimmed, non-empty paragraphs (single line breaks also separate: many feeds use them). */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREV =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|vs|etc|e\.g|i\.e)|(?<![а-яё])(?:г|гг|т\.е|т\.д|им|ул|млн|млрд|трлн|тыс|долл|руб|проф|см|др)|(?<![A-Za-zА-Яа-яЁё])[A-ZА-Я])\.$/;

/** Splits a paragraph into sentences on . ! ? followed by space and a capital, quote or digit. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  const re = /[.!?…]+["')]*\s+(?=["'(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])/g;
  let start = 0;
  for (let m = re.exec(paragraph); m !== null; m = re.exec(paragraph)) {
    const end = m.index + m[0].length;
    const candidate = paragraph.slice(start, end).trim();
    if (ABBREV.test(paragraph.slice(Math.max(start, m.index - 6), m.index + 1))) continue;
    if (candidate) out.push(candidate);
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/**
 * Lines that are page furniture wherever they occur. Photo credits ("Photo by …", «Фото с сайта …») are among
 * them: a credit naming a foreign site would otherwise stand as the lead's first paragraph.
 */
const FURNITURE =
  /^(?:photo(?: credit)?s?:|photos? (?:by|courtesy|from) |фото:|фото –|фото -|фото (?:с сайта|с официального|из открытых|из архива|предоставлен|пресс-служб|автора)|source:|источник:|comments? \(\d+\)|комментари[ия]? \(\d+\)|view more articles|read (?:also|more)|читайте также|подписывайтесь|follow us|share|поделиться|divider|advertisement|реклама|tags?:|теги:)/i;

/** Paragraph openings that start an unrelated "earlier we reported" item at the end of an article. */
const TRAILING_ITEM =
  /^(?:earlier,?\s|previously,?\s|as (?:earlier |previously )?reported|as we reported|it was earlier reported|recall that|to recall|ранее(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])|напомним|как сообщалось|как ранее сообщал|также читайте|бұған дейін)/i;

/** An author biography line ("X has worked for …", "X studied at …"). */
const BIO =
  /\b(?:has worked (?:for|as)|is a (?:journalist|correspondent|freelance)|studied at|graduated from)\b/i;

/**
 * Removes page furniture and the unrelated tail of an article: "Earlier X reported …" items, author
 * biographies, bylines and outlet names left after the story.
 */
export function stripBoilerplate(paragraphs: string[]): string[] {
  const kept = paragraphs.filter((p) => !FURNITURE.test(p));
  let end = kept.length;
  // Walk back over the tail: a short line without a full stop (byline, outlet) or a bio goes.
  while (end > 1) {
    const p = kept[end - 1] ?? '';
    const words = p.split(/\s+/).length;
    const isShort = words <= 4 && !/[.!?]$/.test(p);
    const isTrailingItem = TRAILING_ITEM.test(p) && end >= Math.max(2, kept.length - 2);
    if (isShort || BIO.test(p) || isTrailingItem) {
      end--;
      continue;
    }
    break;
  }
  return kept.slice(0, end);
}

/** Removes a scraper's leading "date YYYY-MM-DD" marker, returning it separately. */
export function takeLeadingDateMarker(text: string): { text: string; date: string | null } {
  const m = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*/i.exec(text);
  if (!m) return { text, date: null };
  return { text: text.slice(m[0].length), date: m[1] ?? null };
}
