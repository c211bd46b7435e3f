/** Relevance: does the article report a Kazakhstan–China bilateral event or development? */
import {
  BILATERAL,
  BILATERAL_TALK,
  CENTRAL_ASIA,
  count,
  has,
  lower,
  MEET,
  MULTILATERAL,
  MULTILATERAL_TITLE,
  ONE_BY_ONE,
  PRESS,
  RELATION,
  ROUNDUP,
  replaceMatches,
  SIDELINES,
  sideNamed,
  sidePlaced,
  sumTallies,
  type Tally,
  tally,
  VISIT,
  withoutLists,
} from './relevance-patterns.ts';
import type { Doc } from './sentences.ts';

/** A capital letter of the datelines: A-Z, А-Я, Ё. */
const isCapital = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) || c === 0x401;

/** Removes a leading dateline ("ASTANA. KAZINFORM –", "ALMATY, April 25 (Xinhua) --", "BAKU, Azerbaijan, May 20."): it names the outlet's city. */
function dropDateline(text: string): string {
  // Both patterns start with a capital (Latin or Russian) followed by a capital, a space or . ' -: a sentence
  // starting with a capitalised word ("The", «Президент») skips them.
  if (!isCapital(text.charCodeAt(0))) return text;
  const d = text.charCodeAt(1);
  if (!(isCapital(d) || d === 0x20 || d === 0x2e || d === 0x27 || d === 0x2d)) return text;
  return text
    .replace(
      /^[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{2,30}(?:[,.][^–—\n]{0,40}?)?\s*(?:\([^)]{1,20}\))?\s*(?:–|—|--|-)\s*/u,
      '',
    )
    .replace(/^[A-Z][A-Z .'-]{2,30},\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+[A-Z][a-z]+\s+\d{1,2}\.\s*/u, '');
}

/** Why an article was judged (for debugging and tests), and the sentence that made it relevant. */
export interface RelevanceVerdict {
  relevant: boolean;
  reason: string;
  /** The sentence (as written) where the two sides meet: the pair's talks, or both named in one lead sentence. */
  evidence?: string;
}

/** A paragraph of a few words (a time stamp, "Photo: Akorda", a share bar) is page furniture, not the lead. */
const MIN_LEAD_WORDS = 6;

const LETTER_RUN = /\p{L}+/gu;
/** Whether a text has at least `n` words (runs of letters): counts up to `n`, not every word of a long paragraph. */
function hasWords(text: string, n: number): boolean {
  LETTER_RUN.lastIndex = 0;
  let k = 0;
  while (k < n && LETTER_RUN.exec(text)) k++;
  LETTER_RUN.lastIndex = 0;
  return k >= n;
}

/** The title and the first two paragraphs of real prose (the sentence zones count furniture lines too). */
function leadOf(doc: Doc): string[] {
  const prose = new Set<number>();
  for (const [i, p] of doc.paragraphs.entries()) {
    if (prose.size === 2) break;
    if (p !== doc.title && hasWords(p, MIN_LEAD_WORDS)) prose.add(i);
  }
  return doc.sentences.filter((s) => s.zone === 'title' || prose.has(s.para)).map((s) => s.text);
}

/** A sentence that reports a meeting of the two sides ("Tokayev held talks with Xi"), not the press. */
function meets(t: string): boolean {
  return has(MEET, replaceMatches(PRESS, lower(t), ' '));
}

/**
 * One article being judged: the tallies of its texts (each sentence tallied once: the lead's and the whole
 * text's tallies are their sums, as scanning the text again for them cost as much as everything else together)
 * and its lead, found when first asked for. Methods rather than closures made per article.
 */
class Judging {
  private readonly doc: Doc;
  private readonly memo = new Map<string, Tally>();
  private leadTally: Tally | undefined;
  /** The lead's sentences as written, and without a dateline (as tallied). */
  leadRaw: string[] = [];
  leadSentences: string[] = [];
  /** Whether places count for the sides: not with another partner in the lead (set once the lead is known). */
  places = true;

  constructor(doc: Doc) {
    this.doc = doc;
  }

  /** A text's tally, or the tally given. */
  of(text: string | Tally): Tally {
    if (typeof text !== 'string') return text;
    const known = this.memo.get(text);
    if (known) return known;
    const v = tally(text);
    this.memo.set(text, v);
    return v;
  }

  /** The lead's tally: the title weighs twice in the lead (as the headline and as the lead's first sentence). */
  lead(): Tally {
    if (this.leadTally) return this.leadTally;
    const doc = this.doc;
    this.leadRaw = leadOf(doc);
    this.leadSentences = this.leadRaw.map(dropDateline);
    const parts = this.leadSentences.map((s) => this.of(s));
    this.leadTally = sumTallies(doc.title ? [this.of(dropDateline(doc.title)), ...parts] : parts);
    return this.leadTally;
  }

  /** The other partners a text names, in the order first found. */
  others(text: string | Tally): string[] {
    return [...this.of(text).others.keys()];
  }

  kz(text: string | Tally): number {
    const t = this.of(text);
    return t.kz + (this.places ? t.kzPlaces : 0);
  }

  cn(text: string | Tally): number {
    const t = this.of(text);
    return t.cn + (this.places ? t.cnPlaces : 0);
  }

  /** The sentence as written for a (dateline-less) lead sentence, for the evidence. */
  raw(s: string | undefined): string | undefined {
    return s === undefined ? s : this.leadRaw[this.leadSentences.indexOf(s)];
  }
}

/** How often a tally counts one other partner. */
const nOther = (code: string, t: Tally): number => t.others.get(code) ?? 0;

/**
 * Whether a side can count nowhere in the article, asked before any sentence is tallied. Unnamed (no words, names
 * or bodies of it), a side counts only by its places, and places count only when no other partner stands in the
 * lead ("Kazakhstan and Uzbekistan met in Urumqi" names no Chinese side): then the lead alone is tallied.
 */
function sideAbsent(side: 'KZ' | 'CN', j: Judging, full: string, texts: string[]): boolean {
  if (sideNamed(side, full, texts)) return false;
  return !sidePlaced(side, full, texts) || j.lead().others.size > 0;
}

/** Judges relevance from where Kazakhstan and China appear: title and lead weigh most. */
export function judgeRelevance(doc: Doc): RelevanceVerdict {
  const j = new Judging(doc);
  // Cheap first: a text where one side never appears needs no sentence-by-sentence tally. A multilateral title
  // takes the full path (its verdict depends on the title's own tally).
  if (!has(MULTILATERAL_TITLE, doc.title ?? '')) {
    const texts = doc.sentences.map((s) => s.text);
    if (sideAbsent('KZ', j, doc.full, texts) || sideAbsent('CN', j, doc.full, texts))
      return { relevant: false, reason: 'one side never appears' };
  }
  const lead = j.lead();
  const leadSentences = j.leadSentences;
  const all = dropDateline(doc.full);
  const allTally = sumTallies(doc.sentences.map((s) => j.of(dropDateline(s.text))));
  // A city is where something happened, not who took part: with another partner in the lead ("Kazakhstan and
  // Uzbekistan met in Beijing") places say nothing about the two sides.
  j.places = j.others(lead).length === 0;
  const kzLead = j.kz(lead);
  const cnLead = j.cn(lead);
  const kzAll = j.kz(allTally);
  const cnAll = j.cn(allTally);
  // A title/lead sentence where only the two sides meet ("Tokayev held talks with Xi on the sidelines").
  const pairSentence = leadSentences.find(
    (s) =>
      j.kz(s) > 0 &&
      j.cn(s) > 0 &&
      j.others(s).length === 0 &&
      meets(s) &&
      (!has(MULTILATERAL, s) || has(SIDELINES, s)),
  );
  // A round-up of one leader's meetings ("Xi meets heads of state"): a body sentence reporting the meeting with
  // the other side counts as that bilateral meeting; a bare name in a list of a group meeting does not.
  // The frame names the host ("China's Xi"), so the body sentence needs only the guest's side.
  const frame = leadSentences.find((s) => has(ROUNDUP, s) && meets(s));
  const host = frame === undefined ? null : j.cn(frame) > 0 ? 'CN' : j.kz(frame) > 0 ? 'KZ' : null;
  // "On the sidelines of the summit, Xi held talks with Tokayev" anywhere in the text is the two's own meeting.
  // Sentence by sentence only when the whole text has a cue at all (most texts have none).
  const cued = host !== null || has(SIDELINES, all) || has(ONE_BY_ONE, all);
  const reportedSentence = (cued ? doc.sentences : []).find(({ text: s }) => {
    const oneByOne = has(ONE_BY_ONE, s);
    if (has(SIDELINES, s) && j.kz(s) > 0 && j.cn(s) > 0 && j.others(s).length === 0 && meets(s)) return true;
    if (!(host || oneByOne) || !meets(s)) return false;
    if (!(j.kz(s) > 0 || host === 'KZ') || !(j.cn(s) > 0 || host === 'CN')) return false;
    const o = j.others(s);
    return o.length <= 3 && (oneByOne || !o.some((c) => CENTRAL_ASIA.includes(c)));
  })?.text;
  const pairTalks = pairSentence !== undefined;
  const reported = reportedSentence !== undefined;
  // A title naming a multilateral format (C+C5, SCO) needs a meeting of the two themselves: "Kazakhstan and
  // China will expand settlements" said at a C+C5 ministerial is the group's outcome, not a bilateral one.
  // A visit to one side named in the title ("Premier concludes Kazakhstan visit, attends SCO meeting") is bilateral.
  const title = doc.title ?? '';
  const visit = has(VISIT, title) && j.kz(title) + j.cn(title) > 0 && !has(MULTILATERAL, title);
  if (has(MULTILATERAL_TITLE, title) && !pairTalks && !reported && !visit)
    return { relevant: false, reason: 'multilateral title without a bilateral meeting' };
  const bilateral = count(BILATERAL, withoutLists(all)) + (pairTalks || reported ? 1 : 0);
  if (kzAll === 0 || cnAll === 0) return { relevant: false, reason: 'one side never appears' };
  if (!(kzLead > 0 && cnLead > 0) && bilateral === 0)
    return { relevant: false, reason: 'lead lacks one side' };
  // Both sides must meet in one title/lead sentence that is not a list of many countries.
  // With two or more other countries in it, the sentence is a list ("exported wheat to Uzbekistan, Tajikistan,
  // Afghanistan and China") unless it names the pair or a meeting of the two.
  // Members of one list ("Russia, Kazakhstan and China agreed …") are not a pair: lists are blanked first.
  const togetherSentence = leadSentences.find((s) => {
    const t = withoutLists(s);
    return (
      j.kz(t) > 0 &&
      j.cn(t) > 0 &&
      j.others(t).length < 3 &&
      has(RELATION, t) &&
      (j.others(t).length < 2 || has(BILATERAL, t) || meets(t))
    );
  });
  if (togetherSentence === undefined && bilateral === 0)
    return { relevant: false, reason: 'the two sides never meet in the lead' };
  if (cnLead === 0 && cnAll < 3 && bilateral < 2) return { relevant: false, reason: 'China only in passing' };
  // Another partner dominating (Kazakhstan–EU with a China aside, China–Uzbekistan with a Kazakh aside).
  for (const code of j.others(lead)) {
    const n = nOther(code, allTally);
    const nLead = nOther(code, lead);
    if (
      nLead > 0 &&
      bilateral === 0 &&
      (n >= Math.min(kzAll, cnAll) * 1.5 || nLead >= Math.min(kzLead, cnLead) + 1)
    )
      return { relevant: false, reason: `dominated by ${code}` };
  }
  if (has(MULTILATERAL, all)) {
    const othersCA = CENTRAL_ASIA.filter((c) => nOther(c, allTally) > 0).length;
    if (bilateral === 0 && (othersCA >= 2 || !has(BILATERAL_TALK, all)))
      return { relevant: false, reason: 'multilateral Central Asia–China only' };
  }
  const evidence =
    j.raw(pairSentence) ??
    reportedSentence ??
    j.raw(togetherSentence) ??
    doc.sentences.find((s) => has(BILATERAL, s.text))?.text;
  return { relevant: true, reason: 'both sides in lead or explicit bilateral phrasing', evidence };
}
