/**
 * Chinese text as the zh rules see it: sentences end at 。！？； (no spaces, no capitals to split on), a headline is
 * the first line when no title was given, and every rule searches for substrings (Han has no word boundaries).
 */

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

/** Lines of page furniture (photo credits, editors, share bars) that are not prose. */
const FURNITURE = /^(?:[(（]?责任编辑|[(（]?编辑[:：]|来源[:：]|图[:：]|分享到|打印|关闭窗口|【纠错】)/;

/** Builds the sentence view of a Chinese text. */
export function buildZhDoc(title: string | null, body: string): ZhDoc {
  const paragraphs = body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && !FURNITURE.test(p));
  const cleanTitle = title?.trim() || null;
  if (cleanTitle && paragraphs[0] === cleanTitle) paragraphs.shift();
  const sentences: ZhSentence[] = cleanTitle ? [{ text: cleanTitle, para: -1, zone: 'title' }] : [];
  for (const [i, p] of paragraphs.entries()) {
    for (const m of p.matchAll(SENTENCE_END)) {
      const text = m[0].trim();
      if (text) sentences.push({ text, para: i, zone: i < 2 ? 'lead' : 'body' });
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

/** An agency dateline «新华社阿斯塔纳4月25日电»: where and when the copy was filed, not the event's venue or day. */
const DATELINE = /^[（(]?\s*(?:新华社|人民网|中新社|央视新闻|国际在线|人民日报)[^，。）)]{0,24}?电[）)]?/;

/** A sentence without its agency dateline. */
export function withoutDateline(text: string): string {
  return text.replace(DATELINE, '');
}
