/** Relevance of a Chinese text: Kazakhstan and China both in the lead, dealing with each other, no other partner dominating. */
import {
  BILATERAL,
  CN_WORDS,
  KZ_WORDS,
  MEET,
  MULTILATERAL,
  OTHERS,
  RELATION,
} from '../lexicon/zh/relevance.ts';
import { countIn, headOf, type ZhDoc } from './text.ts';

/** Chinese places named after the Kazakh people (Ili Kazakh Autonomous Prefecture, its counties). */
const CN_KAZAKH = /哈萨克自治[州县]/g;

/** The verdict, with the sentence where the two sides meet. */
export interface ZhRelevance {
  relevant: boolean;
  reason: string;
  evidence?: string;
}

/** The other partners a text names, with how often. */
function othersIn(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [code, words] of Object.entries(OTHERS)) {
    const n = countIn(text, words);
    if (n > 0) out.set(code, n);
  }
  return out;
}

/** A Chinese company or envoy as the other side of talks («新疆某公司总经理», «中国驻哈大使»). */
const CN_COUNTERPART = ['公司', '集团', '企业', '大使', '总领事', '代表团'];

/**
 * Talks the lead tells on the Kazakh side only («会谈中，双方谈及某州的项目…»), whose Chinese counterpart a
 * later sentence names (a company and its head, an envoy): a business meeting, when no third country shows.
 */
function counterpartMet(doc: ZhDoc, lead: ZhDoc['sentences']): boolean {
  const talks = lead.some((s) => countIn(s.text, MEET) > 0 && countIn(s.text, KZ_WORDS) > 0);
  if (!talks || othersIn(doc.full).size > 0) return false;
  return doc.sentences.some((s) => countIn(s.text, CN_WORDS) > 0 && countIn(s.text, CN_COUNTERPART) > 0);
}

/**
 * Judges a Chinese text. «中方» and «我国» stand for China in a readout, «中哈» names the pair; a story about
 * the Central Asia format needs a bilateral sentence of its own, as in the other languages.
 */
export function judgeZhRelevance(doc: ZhDoc): ZhRelevance {
  const lead = headOf(doc);
  // «伊犁哈萨克自治州» is a Chinese prefecture: its «哈萨克» names no Kazakhstan.
  const kzAll = countIn(doc.full.replace(CN_KAZAKH, ''), KZ_WORDS);
  const cnAll = countIn(doc.full, CN_WORDS) + countIn(doc.full, BILATERAL);
  if (kzAll === 0 || cnAll === 0) return { relevant: false, reason: 'one side never appears' };
  // «中哈» in one sentence, a closing paragraph of background, does not make a regional story bilateral.
  const pairInLead = lead.some((s) => countIn(s.text, BILATERAL) > 0);
  const pairSentences = doc.sentences.filter((s) => countIn(s.text, BILATERAL) > 0).length;
  const bilateral = pairInLead || pairSentences >= 2 ? countIn(doc.full, BILATERAL) : 0;
  // A readout says «习近平会见哈萨克斯坦总统»: one side by its leader, the other by name, in one sentence.
  const together = lead.find(
    (s) =>
      countIn(s.text, KZ_WORDS) > 0 &&
      (countIn(s.text, CN_WORDS) > 0 || countIn(s.text, BILATERAL) > 0 || s.zone === 'title') &&
      countIn(s.text, RELATION) > 0 &&
      othersIn(s.text).size < 2,
  );
  if (!together && bilateral === 0 && !counterpartMet(doc, lead))
    return { relevant: false, reason: 'the two sides never meet in the lead' };
  const leadText = lead.map((s) => s.text).join('');
  const kzLead = countIn(leadText, KZ_WORDS);
  const others = othersIn(doc.full);
  for (const [code, n] of othersIn(leadText)) {
    if (bilateral === 0 && (n > kzLead || (others.get(code) ?? 0) >= kzAll * 1.5))
      return { relevant: false, reason: `dominated by ${code}` };
  }
  if (countIn(doc.full, MULTILATERAL) > 0 && bilateral === 0) {
    const pair = lead.find(
      (s) => countIn(s.text, MEET) > 0 && countIn(s.text, KZ_WORDS) > 0 && othersIn(s.text).size === 0,
    );
    if (!pair) return { relevant: false, reason: 'multilateral format only' };
  }
  const evidence = together?.text ?? doc.sentences.find((s) => countIn(s.text, BILATERAL) > 0)?.text;
  return { relevant: true, reason: 'both sides meet in the lead or the pair is named', evidence };
}
