/**
 * Chinese text as the zh rules see it: sentences end at 。！？； (no spaces, no capitals to split on), a headline is
 * the first line when no title was given, and every rule searches for substrings (Han has no word boundaries).
 */
import { AGENCIES_ZH } from '../lexicon/zh/dates.ts';
import { DIGITS_ZH } from '../lexicon/zh/figures.ts';
import { SIMPLIFIED, TRADITIONAL } from '../lexicon/zh/traditional.ts';

/** One Chinese sentence with where it sits: `title`, `lead` (first two paragraphs) or `body`. */
export interface ZhSentence {
  text: string;
  para: number;
  zone: 'title' | 'lead' | 'body';
}

/** A prepared Chinese document. */
export interface ZhDoc {
  title: string | null;
  sentences: ZhSentence[];
  full: string;
}

/** Sentence ends of Chinese prose; a closing quote or bracket stays with its sentence. */
const SENTENCE_END = /[^。！？；!?]+(?:[。！？；!?]+[”」』）)]*|$)/g;

/** Lines of page furniture (photo credits, editors, share bars, time stamps) that are not prose. */
const FURNITURE =
  /^(?:[(（【]?责任编辑|[(（【]?责编|[(（【]?编辑[:：]|来源[:：]|图[:：]|分享到|打印|关闭窗口|【纠错】)/;
/**
 * A portal's navigation trail («网易首页 > 网易号 > 正文», «首页 > 头条»): segments joined by «>», no prose. Long
 * enough to pass for a lead paragraph, it would push the real lead out of the head.
 */
const BREADCRUMB = /^[^。，,！？；]{1,30}(?:\s*[>›]\s*[^。，,！？；>›]{1,30}){1,5}$/;
/** A photo caption: ends with the photographer's credit «[新华社 记者 摄]», «（记者 摄）». */
const CAPTION = /[[（(【][^\]）)】]{0,30}摄\s*[\]）)】]\s*$/;
/** A short line with a source or a clock time in it: the page's time stamp («2018年11月23日 00:05 来源：…»). */
const STAMP = /来源[:：]|发布时间|(?<!\d)\d{1,2}:\d{2}(?!\d)/;
/** A paragraph shorter than this, without a full stop, is a label («联合早报», «Sputnik»), not the lead. */
const MIN_PROSE = 15;
/** A reporter's byline in brackets «（记者李强）»: the reporter's name is no participant. */
const BYLINE = /[（(]\s*(?:记者|通讯员|实习生)[^）)]{0,30}[）)]/g;

/**
 * A pinyin reading a mirror site inserts after a character («应(yīng)», «关(guān)系»): dropped, so words and names
 * read whole again. Only toned syllables in ASCII brackets right after a Han character: nothing else looks so.
 * A reading whose character and bracket the mirror lost («贾克瑟?jiǎng)e科夫») goes too: its «?» is no question mark.
 */
const PINYIN_READING =
  /(?<=[\u4e00-\u9fff])\([a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6}\)|\?[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6}\)/g;

/** Builds the sentence view of a Chinese text. */
export function buildZhDoc(title: string | null, body: string): ZhDoc {
  // A first line taken for the headline may be a photo caption (dropped) or a whole paragraph (kept as prose).
  const given = title ? toSimplified(title).replace(PINYIN_READING, '').trim() || null : null;
  const caption = given !== null && CAPTION.test(given);
  const paragraph = given !== null && !caption && (given.length > 80 || /。.+/.test(given));
  const cleanTitle = caption || paragraph ? null : given;
  if (paragraph) body = `${given}\n${body}`;
  const paragraphs = toSimplified(body)
    .replace(PINYIN_READING, '')
    .replace(BYLINE, '')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(
      (p) =>
        p.length > 0 &&
        !FURNITURE.test(p) &&
        !BREADCRUMB.test(p) &&
        !CAPTION.test(p) &&
        !(p.length < 60 && STAMP.test(p)) &&
        p !== cleanTitle,
    );
  const sentences: ZhSentence[] = cleanTitle ? [{ text: cleanTitle, para: -1, zone: 'title' }] : [];
  // The lead is the first two paragraphs of prose: labels and captions of a few characters do not count.
  let prose = 0;
  for (const [i, p] of paragraphs.entries()) {
    const isProse = p.length >= MIN_PROSE || /[。！？]$/.test(p);
    const zone = prose < 2 ? 'lead' : 'body';
    if (isProse) prose++;
    for (const m of p.matchAll(SENTENCE_END)) {
      const text = m[0].trim();
      if (text) sentences.push({ text, para: i, zone });
    }
  }
  return { title: cleanTitle, sentences, full: [cleanTitle ?? '', ...paragraphs].join('\n') };
}

/** The first entry of a list that the text contains, or undefined. */
export function firstIn(text: string, words: readonly string[]): string | undefined {
  return words.find((w) => text.includes(w));
}

/** How many times any of the words occurs in the text. */
export function countIn(text: string, words: readonly string[]): number {
  let n = 0;
  for (const w of words) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) n++;
  }
  return n;
}

/** The title and the lead sentences (first two paragraphs): where the event is told. */
export function headOf(doc: ZhDoc): ZhSentence[] {
  return doc.sentences.filter((s) => s.zone !== 'body').slice(0, 8);
}

/** Turns full-width digits and separators into ASCII so that numbers parse («２０２５» → «2025»). */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A Chinese numeral up to the hundreds («五十» 50, «一百二十» 120, «十二» 12) as a number; NaN when not one. */
export function hanNumber(han: string): number {
  let total = 0;
  let digit = Number.NaN;
  for (const c of han) {
    if (c in DIGITS_ZH) digit = DIGITS_ZH[c] as number;
    else if (c === '十' || c === '百') {
      total += (Number.isNaN(digit) ? 1 : digit) * (c === '十' ? 10 : 100);
      digit = Number.NaN;
    } else return Number.NaN;
  }
  return total + (Number.isNaN(digit) ? 0 : digit);
}

/** A date in Chinese numerals («二〇二四年六月五日», «六月十二日», «十九日») written in digits («2024年6月5日», «19日»). */
export function hanDates(text: string): string {
  const year = (y: string) =>
    [...y].map((c) => (c === '〇' || c === '零' ? '0' : String(DIGITS_ZH[c]))).join('');
  return text
    .replace(/([〇零一二三四五六七八九]{4})年/g, (m, y: string) =>
      /undefined/.test(year(y)) ? m : `${year(y)}年`,
    )
    .replace(
      /([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]/g,
      (m, mo: string, d: string) => {
        const [a, b] = [hanNumber(mo), hanNumber(d)];
        return a >= 1 && a <= 12 && b >= 1 && b <= 31 ? `${a}月${b}日` : m;
      },
    )
    .replace(BARE_HAN_DAY, (m, d: string) => {
      const n = hanNumber(d);
      return n >= 1 && n <= 31 ? String(n) : m;
    });
}

/**
 * A day of the month alone in Chinese numerals («十九日在北京会见», «三十日»): written in digits like «19日», so the
 * bare-day rules (which read the words around it) treat both alike. Not inside a longer numeral or after 第.
 */
const BARE_HAN_DAY =
  /(?<![〇零一二两三四五六七八九十百千万亿第\d])([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=日)/g;

/** The pattern of each set of measure words, built once (a sentence is read many times). */
const COUNT_RES = new Map<string, RegExp>();

/** Counts written in Chinese numerals before a measure word turned into digits («五十多个项目» → «50多个项目»). */
export function hanCounts(text: string, measures: string): string {
  let re = COUNT_RES.get(measures);
  if (!re) {
    re = new RegExp(`[一二两三四五六七八九十百]+(?=[多余]?[${measures}])`, 'g');
    COUNT_RES.set(measures, re);
  }
  return text.replace(re, (m) => {
    const n = hanNumber(m);
    return Number.isFinite(n) && n > 1 ? String(n) : m;
  });
}

/** An agency dateline «新华社阿斯塔纳4月25日电»: where and when the copy was filed, not the event's venue or day. */
const DATELINE = new RegExp(`^[（(]?\\s*(?:(?:${AGENCIES_ZH.join('|')})[^，。,）)]{0,30}?电)[）)]?`);

/** The filing day a dateline gives («新华社北京12月6日电» → month 12, day 6), or null. */
export function datelineDay(text: string): { month: number; day: number } | null {
  const m = DATELINE.exec(text);
  const d = m ? /(\d{1,2})月(\d{1,2})日/.exec(m[0]) : null;
  return d ? { month: Number(d[1]), day: Number(d[2]) } : null;
}

/** The agency dateline opening a sentence («新华社阿斯塔纳7月2日电»), or null. */
export function datelineOf(text: string): string | null {
  return DATELINE.exec(text)?.[0] ?? null;
}

/** A sentence without its agency dateline. */
export function withoutDateline(text: string): string {
  return text.replace(DATELINE, '');
}

const T2S = new Map<string, string>([...TRADITIONAL].map((c, i) => [c, SIMPLIFIED[i] as string]));
const TRADITIONAL_CHARS = new RegExp(`[${TRADITIONAL}]`, 'g');

/** A Chinese text in simplified characters: traditional ones the pack knows are folded (薩 → 萨, 總統 → 总统). */
export function toSimplified(text: string): string {
  return text.replace(TRADITIONAL_CHARS, (c) => T2S.get(c) ?? c);
}
