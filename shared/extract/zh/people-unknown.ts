/**
 * Officials the gazetteer's Han forms do not name, found by their title: a Chinese name after it («总领事蒋薇»)
 * or, in a headline, before it («蒋薇总领事会见…»), read in pinyin; a transliterated name after it
 * («州长伊萨巴耶夫») read back to Latin; a dotted transliteration («高吾孜·努尔穆罕别托夫») anywhere.
 */
import type { Person } from '../../domain/index.ts';
import { roleInYear } from '../gazetteer/index.ts';
import { ROLES_ZH } from '../lexicon/zh/people.ts';
import { KZ_WORDS, OTHERS } from '../lexicon/zh/relevance.ts';
import { englishOfForeign, foreignNameAt, shortKnownAt } from './foreign-names.ts';
import { nameAfter, pinyinName } from './names.ts';
import { firstIn } from './text.ts';

/** Roles longest first, so «外交部副部长» wins over «部长». */
export const ROLES = [...ROLES_ZH].sort((a, b) => b[0].length - a[0].length);
const OTHER_WORDS = Object.values(OTHERS).flat();
/** Chinese places and bodies: a transliterated name after them is a Chinese official (伊犁州州长). */
const CN_CONTEXT = ['新疆', '自治区', '自治州', '中国', '中方', '兵团', '伊犁'];
/** Every role in one pattern, longest first (one scan of a sentence instead of one per role). */
const ROLE_RE = new RegExp(ROLES.map(([zh]) => zh).join('|'), 'g');
const ROLE_EN = new Map<string, string>(ROLES.map(([zh, en]) => [zh, en]));
/** A headline opening with a two- or three-character name and a title. */
const HEADLINE_RE = new RegExp(`^([\\u4e00-\\u9fff]{2,3}?)(${ROLES.map(([zh]) => zh).join('|')})`);
/** A name found in a sentence, where. */
export interface FoundName {
  person: Person;
  at: number;
  end: number;
}

/** The role written just before a position («外交部长王毅»), in English, with its start. */
export function roleBefore(text: string, at: number): { en: string; start: number } | null {
  const before = text.slice(Math.max(0, at - 12), at).trimEnd();
  for (const [zh, en] of ROLES) if (before.endsWith(zh)) return { en, start: at - zh.length };
  return null;
}

/** The country a foreign-script name belongs to, from the words before its title; null for a third country. */
function countryOf(context: string): string | null {
  const kz = Math.max(...KZ_WORDS.map((w) => context.lastIndexOf(w)), context.lastIndexOf('哈'));
  const cn = Math.max(...CN_CONTEXT.map((w) => context.lastIndexOf(w)));
  if (firstIn(context, OTHER_WORDS) && kz < 0 && cn < 0) return null;
  if (kz < 0 && cn < 0) return 'UNKNOWN';
  return cn > kz ? 'CN' : 'KZ';
}

/** A transliterated name at `from`, in English, with the gazetteer's role when the person is known. */
function foreignAt(text: string, from: number, role: string | null, context: string, year: number | null) {
  const found = foreignNameAt(text, from) ?? shortKnownAt(text, from);
  if (!found) return null;
  const guess = countryOf(context);
  if (!guess) return null;
  // A transliterated name in a Kazakhstan–China story, with no country before its title, is a Kazakh's.
  const country = guess === 'UNKNOWN' ? 'KZ' : guess;
  const en = englishOfForeign(found.han);
  const known = en.person ? roleInYear(en.person, year) : null;
  return { person: { name: en.name, role: known ?? role, country }, at: from, end: found.end };
}

/** Officials named with a title, and dotted foreign names, that the gazetteer hits do not cover. */
export function unknownNamesIn(
  text: string,
  known: Array<{ at: number; end: number }>,
  year: number | null,
): FoundName[] {
  const out: FoundName[] = [];
  const taken = (at: number, end = at + 1) => [...known, ...out].some((k) => k.at < end && at < k.end);
  for (const m of text.matchAll(ROLE_RE)) {
    const zh = m[0];
    const en = ROLE_EN.get(zh) ?? '';
    const i = m.index;
    let from = i + zh.length;
    while (text[from] === ' ') from++;
    if (taken(from)) continue;
    const context = text.slice(Math.max(0, i - 20), i);
    // A Kazakh title is followed by a transliteration («州长伊萨巴耶夫»), a Chinese one by a Chinese name.
    const foreign = countryOf(context) === 'KZ' ? foreignAt(text, from, en, context, year) : null;
    // «副总理罗曼·斯克利亚尔»: a listed form inside the reading is the gazetteer's person, found already.
    if (foreign) {
      if (!taken(foreign.at, foreign.end)) out.push(foreign);
      continue;
    }
    const name = nameAfter(text, from);
    const spelled = name ? pinyinName(name) : null;
    if (name && spelled && (!firstIn(context, OTHER_WORDS) || countryOf(context) === 'CN')) {
      out.push({ person: { name: spelled, role: en, country: 'CN' }, at: from, end: from + name.length });
    } else if (countryOf(context) === 'UNKNOWN') {
      const other = foreignAt(text, from, en, context, year);
      if (other && !taken(other.at, other.end)) out.push(other);
    }
  }
  // A headline's subject before its title: «蒋薇总领事会见…» (only at the start, where nothing else can stand).
  const head = HEADLINE_RE.exec(text);
  const han = head?.[1];
  if (han && !taken(0) && nameAfter(han, 0) === han) {
    const spelled = pinyinName(han);
    const role = ROLE_EN.get(head[2] ?? '') ?? null;
    if (spelled) out.push({ person: { name: spelled, role, country: 'CN' }, at: 0, end: han.length });
  }
  // A dotted transliteration is a foreign name whatever stands before it.
  for (const m of text.matchAll(/[·•・‧∙]/g)) {
    let from = m.index;
    while (from > 0 && /[\u4e00-\u9fff]/.test(text[from - 1] as string) && m.index - from < 8) from--;
    while (from < m.index && !foreignNameAt(text, from)) from++;
    if (from >= m.index || taken(from)) continue;
    const foreign = foreignAt(text, from, roleBefore(text, from)?.en ?? null, text.slice(0, from), year);
    if (foreign && foreign.end > m.index && !taken(foreign.at, foreign.end)) out.push(foreign);
  }
  return out;
}
