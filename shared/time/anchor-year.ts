/**
 * The year a text's recurring events fix ("on the sidelines of the XXIV Winter Olympics", «третьего форума
 * «Один пояс, один путь»», "the SCO summit in Astana" with President Tokayev): the last resort for a day and
 * month without a year when the report has no publication date and says no year itself. Table: ./anchors.ts.
 */
import { execAll } from '../extract/exec-all.ts';
import { alternation, WB_END, WB_START } from '../extract/lexicon/build.ts';
import { type Caseless, caseless, regex } from '../extract/pack-words.ts';
import { mayMatch, registerGate } from '../extract/word-keys.ts';
import { ANCHOR_CITIES, ANCHORS, type Anchor, ERAS, ORDINAL_WORDS } from './anchors.ts';

/**
 * The names as whole words, case-insensitive. Every pattern here is `caseless` (run without `i` on the folded
 * text): a `u`+`i` pattern's first run builds the case closure of its letter classes, some 2–6 ms a text
 * encoding, which a process paid for each anchor, city and ordinal pattern of the first texts naming one.
 */
const wordsOf = (names: readonly string[], flags: string) =>
  caseless(`${WB_START}${alternation(names)}${WB_END}`, flags, { raw: true });

const compiled = ANCHORS.map((a) => ({
  anchor: a,
  re: wordsOf(a.names, 'giu'),
  gate: registerGate(a.names),
}));

/**
 * What may stand between an ordinal and the name: up to three words, then maybe an opening quote. Its letter
 * class is the packs' scripts as ranges (pack-words.ts `regex`): a case-insensitive `\p{L}` made the ordinal
 * patterns the costliest of a run's first compiles (~10 ms each), paid by every process that meets an anchor.
 */
const TAIL = String.raw`(?:[\p{L}«»"'’-]+\s+){0,3}[«"]?$`;
/** A Roman numeral, an Arabic ordinal ("24th", «2-й», «30-летия») or an ordinal word ending the text before a name. */
const ROMAN = regex(String.raw`(?<![\p{L}\d])([IVXL]{1,7})\s+${TAIL}`, 'u');
const ARABIC = caseless(
  String.raw`(?<![\d.,])(\d{1,2})(?:\s*(?:st|nd|rd|th)|\s*-\s*(?:й|я|е|го|м|ий|ый|ой|ого|ом|ая|ые|ших)?)\s*${TAIL}`,
  'iu',
);
const WORD = caseless(`${WB_START}(${alternation(ORDINAL_WORDS.map(([w]) => w))})\\s+${TAIL}`, 'iu');
/** A count of years right after an anniversary's name («… құрылғанына 74 жыл толуына»). */
const COUNT_AFTER = /^\s*(\d{1,2})\s+жыл/u;
const CITY = Object.entries(ANCHOR_CITIES).map(([key, forms]) => ({ key, re: wordsOf(forms, 'iu') }));
const LEADERS = ERAS.map((e) => ({ ...e, re: wordsOf(e.names, 'iu') }));

function roman(s: string): number | null {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i] as string] ?? 0;
    const b = v[s[i + 1] as string] ?? 0;
    n += a < b ? -a : a;
  }
  return n > 0 ? n : null;
}

/** The first match of a non-global caseless pattern (offsets are the text's). */
function execOn(pattern: Caseless, text: string): RegExpExecArray | null {
  const [re, t] = pattern.on(text);
  return re.exec(t);
}

/** The ordinal right before a name (at most three words between), or null. */
function ordinalBefore(prefix: string): number | null {
  const r = ROMAN.exec(prefix);
  if (r) return roman(r[1] as string);
  const a = execOn(ARABIC, prefix);
  if (a) return Number(a[1]);
  const w = execOn(WORD, prefix);
  if (!w) return null;
  // The word as written (the match's text is folded): it starts the match, and folding kept its length.
  const word = prefix.slice(w.index, w.index + (w[1] as string).length).toLowerCase();
  for (const [entry, n] of ORDINAL_WORDS) {
    const stem = entry.replace(/\*$/, '');
    if (entry.endsWith('*') ? word.startsWith(stem) : word === stem) return n;
  }
  return null;
}

/** Years an anchor's mention at `at..end` of `text` can mean. */
function yearsOf(anchor: Anchor, text: string, at: number, end: number): number[] {
  const rule = anchor.rule;
  if (rule.by === 'fixed') return [rule.year];
  if (rule.by === 'ordinal') {
    // Kazakh counts after the name («…құрылғанына 74 жыл»): the number right after it, else the ordinal before.
    const after = COUNT_AFTER.exec(text.slice(end, end + 20));
    const n = after ? Number(after[1]) : ordinalBefore(text.slice(Math.max(0, at - 60), at));
    const y = n !== null ? rule.years[n - 1] : undefined;
    return y !== undefined ? [y] : [];
  }
  // The host city right around the name: "the Astana SCO summit", "the SCO summit in Astana".
  const near = text.slice(Math.max(0, at - 25), Math.min(text.length, end + 50));
  const years: number[] = [];
  for (const c of CITY) if (c.re.test(near)) years.push(...(rule.hosts[c.key] ?? []));
  return years;
}

/**
 * The one year the text's anchor events agree on, or null (none, or they disagree). A host city that hosted
 * twice is narrowed by the leaders the text names and their years in office.
 */
export function anchorYear(text: string): number | null {
  const found = new Set<number>();
  // Most texts name no anchor: the word-key gate skips their scans; execAll, as matchAll cloned each pattern.
  for (const { anchor, re, gate } of compiled) {
    if (!mayMatch(gate, text)) continue;
    const [folded, on] = re.on(text);
    folded.lastIndex = 0;
    for (const m of execAll(folded, on)) {
      let years = yearsOf(anchor, text, m.index ?? 0, (m.index ?? 0) + m[0].length);
      if (years.length > 1) {
        const leaders = LEADERS.filter((l) => l.re.test(text));
        years = years.filter((y) => leaders.every((l) => y >= l.from && y <= l.to));
      }
      if (years.length === 1) found.add(years[0] as number);
      if (years.length > 1) return null;
    }
  }
  return found.size === 1 ? ([...found][0] as number) : null;
}
