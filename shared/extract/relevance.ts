/** Relevance: does the article report a Kazakhstan–China bilateral event or development? */
import { dropDateline, Judging, nOther } from './relevance-judging.ts';
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
  VISIT,
  withoutLists,
} from './relevance-patterns.ts';
import type { Doc } from './sentences.ts';

/** Why an article was judged (for debugging and tests), and the sentence that made it relevant. */
export interface RelevanceVerdict {
  relevant: boolean;
  reason: string;
  /** The sentence (as written) where the two sides meet: the pair's talks, or both named in one lead sentence. */
  evidence?: string;
}

/** A sentence that reports a meeting of the two sides ("Tokayev held talks with Xi"), not the press. */
function meets(t: string): boolean {
  return has(MEET, replaceMatches(PRESS, lower(t), ' '));
}

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
  // A city is where something happened, not who took part: with another partner in the lead ("Kazakhstan and
  // Uzbekistan met in Beijing") places say nothing about the two sides.
  j.places = j.others(lead).length === 0;
  const kzLead = j.kz(lead);
  const cnLead = j.cn(lead);
  // The whole article's tally is every sentence's, and most verdicts never read it: a side in the lead is in
  // the article (the lead's sentences are some of the article's), and the other questions come only with a
  // side missing from the lead, another partner in it or a multilateral word (j.whole(): tallied when first asked).
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
  if ((kzLead === 0 && j.kz(j.whole()) === 0) || (cnLead === 0 && j.cn(j.whole()) === 0))
    return { relevant: false, reason: 'one side never appears' };
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
  if (cnLead === 0 && bilateral < 2 && j.cn(j.whole()) < 3)
    return { relevant: false, reason: 'China only in passing' };
  // Another partner dominating (Kazakhstan–EU with a China aside, China–Uzbekistan with a Kazakh aside).
  for (const code of j.others(lead)) {
    const nLead = nOther(code, lead);
    if (nLead === 0 || bilateral > 0) continue;
    const t = j.whole();
    if (nLead >= Math.min(kzLead, cnLead) + 1 || nOther(code, t) >= Math.min(j.kz(t), j.cn(t)) * 1.5)
      return { relevant: false, reason: `dominated by ${code}` };
  }
  if (bilateral === 0 && has(MULTILATERAL, all)) {
    const othersCA = CENTRAL_ASIA.filter((c) => nOther(c, j.whole()) > 0).length;
    if (othersCA >= 2 || !has(BILATERAL_TALK, all))
      return { relevant: false, reason: 'multilateral Central Asia–China only' };
  }
  const evidence =
    j.raw(pairSentence) ??
    reportedSentence ??
    j.raw(togetherSentence) ??
    doc.sentences.find((s) => has(BILATERAL, s.text))?.text;
  return { relevant: true, reason: 'both sides in lead or explicit bilateral phrasing', evidence };
}
