/**
 * Counts in Kazakh that are figures of the relationship: «6 мың компания» (6,000 companies), «алты мыңға жуық
 * компания» (about six thousand), «550 мың тонна астық» (550,000 tonnes). Kazakh writes the scale as a word with a
 * case ending and may spell the number out, so the Russian/English unit patterns miss both. Words come from the
 * kk pack (../lexicon/kk/figures.ts).
 */
import { execAll } from './exec-all.ts';
import * as kk from './lexicon/kk/figures.ts';
import { alternation, fragment, regex, WB_END, WB_START, wordsRegex } from './pack-words.ts';

/** One count found in a sentence: its value, unit and span. */
export interface KazakhCount {
  value: number;
  unit: string;
  at: number;
  end: number;
}

const NUMBER = new Map(kk.NUMBER_WORDS);
const WORD = alternation(kk.NUMBER_WORDS.map(([w]) => w));
const SCALE = alternation(kk.SCALES.map(([w]) => w));
const SCALE_RES = kk.SCALES.map(([w, f]) => [regex(`^${fragment(w)}$`, 'iu'), f] as const);
/** A case ending after digits, joined by a hyphen («1500-ден астам», «800-ге жуық»). */
const CASE = alternation(kk.DIGIT_CASES);
/** A number in digits (spaced thousands «4 600», «4 700-дей», a decimal comma) or up to five number words. */
const NUMERAL = `(?:\\d{1,3}(?:[ \\u00a0]\\d{3})+(?!\\d)(?:-(?:${CASE}))?|\\d+(?:[.,]\\d+)?(?:-(?:${CASE}))?|(?:${WORD})(?:\\s+(?:${WORD})){0,4})`;
/**
 * A number, an optional scale word, and after the scale the rest of the number («4 мың 600» = 4 600, «екі мың
 * бес жүз» = 2 500): Kazakh writes the thousands apart from what follows them.
 */
const AMOUNT = `(${NUMERAL})(?:\\s*(${SCALE})(?:\\s+(${NUMERAL})(?=\\s))?)?`;
const APPROX = `(?:\\s+(?:${alternation(kk.APPROX)}))?`;
const UNITS = kk.COUNTED_UNITS.map(([unit, words, context]) => ({
  unit,
  // Up to three words of description between the count and its noun («6 мың шетелдік компания», «4 мыңнан
  // астам қытай капиталы бар компания», «қазақ-қытай бірлескен кәсіпорны»): letters only (a hyphen may join two
  // words), so another number never joins in, and no year word
  // («2010 жылдан бері қытайлық компаниялар» is a year, not a count).
  re: regex(
    `${WB_START}${AMOUNT}${WB_END}${APPROX}\\s+(?:(?!жыл)\\p{L}+(?:-\\p{L}+)?\\s+){0,3}?${alternation(words)}${WB_END}`,
    'giu',
  ),
  // The count after its noun and «саны» («кәсіпорындар саны 4 мың 700-ден асады»).
  of: regex(
    `${WB_START}${alternation(words)}\\s+${alternation(kk.COUNT_OF)}\\s+(?:\\p{L}+\\s+){0,2}?${AMOUNT}${WB_END}`,
    'giu',
  ),
  context: wordsRegex(context),
  quick: regex(alternation(words.map((w) => w.replace(/\*$/, ''))), 'iu'),
}));
const BILATERAL = wordsRegex(kk.BILATERAL);
/** «…, оның 8-і – қытайлық кәсіпорын»: the Chinese share right after a count (kk SHARE_OF), read instead of it. */
const SHARE = regex(
  `^[^.;]{0,40}?${WB_START}${alternation(kk.SHARE_OF.of)}\\s+(\\d+)(?:-\\p{L}+)?\\s*[–—-]?\\s*(?:\\p{L}+\\s+){0,2}?${alternation(kk.SHARE_OF.chinese)}${WB_END}`,
  'iu',
);

/** Whether a sentence names one of the counted nouns at all: without one, kazakhCounts finds nothing in it. */
export function mayCountKazakh(text: string): boolean {
  return ANY_UNIT.test(text);
}
/** The counted nouns of every unit in one pattern (one scan of the sentence instead of one a unit). */
const ANY_UNIT = regex(
  alternation(kk.COUNTED_UNITS.flatMap(([, words]) => words.map((w) => w.replace(/\*$/, '')))),
  'iu',
);

/** A cheap test for a sentence without digits: does it spell a Kazakh scale word out («мың»)? */
export const MAY_COUNT_KK = regex(SCALE, 'iu');

/** The value of spelled-out number words («он екі» = 12, «екі жүз» = 200). */
function wordsValue(raw: string): number {
  let total = 0;
  for (const w of raw.toLowerCase().split(/\s+/)) {
    const n = NUMBER.get(w);
    if (n === undefined) return Number.NaN;
    total = n === 100 ? Math.max(total, 1) * 100 : total + n;
  }
  return total;
}

/** A numeral in digits or in words. */
function numeral(raw: string): number {
  if (!/^\d/.test(raw)) return wordsValue(raw);
  return Number(
    raw
      .replace(/-.*$/, '')
      .replace(/[ \u00a0]/g, '')
      .replace(',', '.'),
  );
}

function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  for (const [re, f] of SCALE_RES) if (re.test(word)) return f;
  return 1;
}

/**
 * Kazakh counts of companies, students and tonnes in a sentence whose clause (or the sentence before) names
 * China. A count of one or of under ten companies is a detail, not a figure.
 */
export function kazakhCounts(text: string, previous: string): KazakhCount[] {
  const out: KazakhCount[] = [];
  // Each unit's quick test implies this one (it holds every unit's nouns): most sentences name none of them.
  if (!ANY_UNIT.test(text)) return out;
  for (const u of UNITS) {
    if (!u.quick.test(text) || !u.context.test(text)) continue;
    if (!BILATERAL.test(text) && !BILATERAL.test(previous)) continue;
    for (const m of [...execAll(u.re, text), ...execAll(u.of, text)]) {
      const raw = m[1] ?? '';
      const value = Math.round(numeral(raw) * scaleOf(m[2]) + (m[3] ? numeral(m[3]) : 0));
      const at = m.index ?? 0;
      const end = at + m[0].length;
      // A share said to be Chinese is the figure, however small («15 …, оның 8-і – қытайлық»).
      const share = SHARE.exec(text.slice(end, end + 120));
      if (share) {
        out.push({ value: Number(share[1]), unit: u.unit, at, end });
        continue;
      }
      if (!Number.isFinite(value) || value < 10) continue;
      out.push({ value, unit: u.unit, at, end });
    }
  }
  return out;
}
