/** What a number measures, and whether it is a figure of the relationship at all (not a target, not a third country's). */
import type { Metric } from '../domain/index.ts';
import { DOC_ANY, MAY_NAME_DOC } from './doc-types.ts';
import { execAll } from './exec-all.ts';
import { figureClause } from './figure-clause.ts';
import * as en from './lexicon/en/figures.ts';
import * as kk from './lexicon/kk/figures.ts';
import * as ru from './lexicon/ru/figures.ts';
import { alternation, caselessWords, regex, WB_END, WB_START, wordsRegex } from './pack-words.ts';

type Keyword = Metric | 'projects' | 'flows' | 'deal';

const METRIC_RES: Array<[RegExp, Keyword]> = [...en.METRIC_WORDS, ...ru.METRIC_WORDS].map(([m, words]) => [
  wordsRegex(words, { global: true }),
  m as Keyword,
]);
const DOCS = regex(DOC_ANY.source, 'giu');
const MODIFIER =
  '(?:about|around|over|more than|nearly|almost|up to|a combined|a total of|a combined total of|почти|около|более|свыше|порядка|до|общей суммой|в общей сложности)';
/** "projects worth", «проекты на сумму»: the money is the value of a portfolio of projects. */
const PROJECTS_VALUE = regex(
  `${WB_START}(?:projects|проекты|проектов|проектами)\\s+(?:\\S+\\s+){0,5}?${alternation(['worth', 'valued at', 'totalling', 'totaling', 'на сумму', 'на', 'стоимостью', 'общей стоимостью'])}\\s*(?:${MODIFIER}\\s*)?[$€¥₸]?\\s*$`,
  'iu',
);
/** "a cement plant worth", «завод стоимостью»: the money is the value of one investment. */
const FACILITY_VALUE = regex(
  `${WB_START}${alternation([...en.FACILITIES, ...ru.FACILITIES])}\\s+(?:\\S+\\s+){0,3}?${alternation([...en.VALUE_LINK, ...ru.VALUE_LINK])}\\s*(?:${MODIFIER}\\s*)?[$€¥₸]?\\s*$`,
  'iu',
);
/** "with a financial commitment exceeding $1 billion", «стоимость проекта — более»: what a project costs. */
const COST_VALUE = regex(
  `${WB_START}${alternation([...en.COST_BEFORE, ...ru.COST_BEFORE])}\\s*(?:of|exceeding|at|is|was|will be|—|–|-|составит|составляет|составила)?\\s*(?:${MODIFIER}\\s*)?[$€¥₸]?\\s*$`,
  'iu',
);
// A bare «на» so far from its noun is any change by an amount («увеличит экспорт на $1 млрд»), not a value.
const LONG_LINKS = [...en.VALUE_LINK, ...ru.VALUE_LINK].filter((w) => w !== 'на');
/**
 * "The plant is built with a Chinese partner and is estimated at $2 billion": a facility opening the sentence,
 * valued at its end, however many words stand between (no other amount, no clause end).
 */
const SUBJECT_VALUE = regex(
  `^\\s*(?:the|this|that|the new|этот|данный)?\\s*(?:[\\p{L}-]+\\s+){0,2}?${alternation([...en.FACILITIES, ...ru.FACILITIES])}${WB_END}[^.;$€¥₸\\d]{0,140}?${alternation(LONG_LINKS)}\\s*(?:${MODIFIER}\\s*)?[$€¥₸]?\\s*$`,
  'iu',
);
/** Kazakh names the money after the sum («12 миллиард доллардан астам қаржы»): words read right after it. */
const KK_METRIC_AFTER: Array<[RegExp, Metric]> = kk.METRIC_AFTER.map(([m, words]) => [
  regex(`^[^.;,]{0,40}?${WB_START}${alternation(words)}${WB_END}`, 'iu'),
  m as Metric,
]);
const KAZAKH_LETTER = /[әғқңөұүһі]/i;
/** «құны» right before the sum, and a facility in the sentence (see the kk pack's VALUE_BEFORE). */
const KK_VALUE_BEFORE = regex(`${WB_START}${alternation(kk.VALUE_BEFORE)}\\s*$`, 'iu');
const KK_FACILITY = wordsRegex(kk.FACILITIES);
/** «жалпы құны» right before the sum, and projects counted in the sentence or the one before (kk PORTFOLIO_TOTAL). */
const KK_TOTAL_BEFORE = regex(`${WB_START}${alternation(kk.PORTFOLIO_TOTAL.before)}\\s*$`, 'iu');
const KK_COUNTED_PROJECTS = wordsRegex(kk.PORTFOLIO_TOTAL.counted);
/** "it", "the same indicator", «этот показатель»: the number measures what the previous sentence did. */
/** "agricultural trade", «торговля сельхозпродукцией»: the trade in one sector, not the turnover. */
const SECTOR = wordsRegex([...en.SECTOR_TRADE, ...ru.SECTOR_TRADE]);
/** "plan to invest $150 million in the venture": a project's investment, not a target. */
const INVEST_BEFORE = regex(
  `${WB_START}${alternation([...en.INVEST_VERBS, ...ru.INVEST_VERBS])}\\s+(?:\\S+\\s+){0,2}$`,
  'iu',
);
/** The two countries together: counted units (tonnes, flights) need this in their sentence or the one before. */
export const BILATERAL = caselessWords([...en.BILATERAL, ...ru.BILATERAL]);

const COMPLETED = wordsRegex([...en.COMPLETED, ...ru.COMPLETED]);

/** "the sales grew to $9 billion" after "China is the largest trade partner": the volume of what was just named. */
const PRONOUN =
  /\b(?:it|its|the same (?:index|indicator|figure)|this (?:index|indicator|figure)|the (?:sales|volume))\b|(?<![а-яё])(?:его|её|ее|он|этот показатель|данный показатель|этот же показатель|объ[её]м)(?![а-яё])/iu;

/**
 * The last two windows read and their keywords: the metric and the deal test of one amount read the same window
 * (its clause's words before it), each with ten list patterns.
 */
const recent: Array<[string, Keyword | null]> = [];

/** The keyword nearest before a number, across metric words and document words ("deals worth" → other). */
function keywordBefore(text: string): Keyword | null {
  for (const [seen, k] of recent) if (seen === text) return k;
  const k = findKeyword(text);
  if (recent.unshift([text, k]) > 2) recent.pop();
  return k;
}

function findKeyword(text: string): Keyword | null {
  const found: Nearest = { best: null, at: -1 };
  for (const [re, k] of METRIC_RES) consider(re, k, text, found);
  if (MAY_NAME_DOC.test(text)) consider(DOCS, 'deal', text, found);
  return found.best;
}

/** The keyword whose match ends last so far, and where. */
interface Nearest {
  best: Keyword | null;
  at: number;
}

/** Takes a list's matches into `found` (a module function: a closure made per window cost a defineProperty). */
function consider(re: RegExp, k: Keyword, text: string, found: Nearest): void {
  for (const m of execAll(re, text)) {
    const i = m.index ?? 0;
    // "investment in the project": the project is where the money goes, not what is counted.
    if (
      k === 'projects' &&
      /\b(?:in|into)\s+(?:the\s+|a\s+)?$|(?<![а-яё])в\s+$/iu.test(text.slice(Math.max(0, i - 12), i))
    )
      continue;
    if (i + m[0].length > found.at) {
      found.at = i + m[0].length;
      found.best = k;
    }
  }
}

/** The value of documents signed ("12 documents worth $80 million"): a figure of the event itself. */
export function isDealValue(t: string, at: number): boolean {
  const own = figureClause(t, at);
  return keywordBefore(t.slice(Math.max(own.offset, at - 160), at)) === 'deal';
}

/**
 * "$25 billion of foreign direct investment", "$3 billion in Chinese capital", «25 млрд долларов инвестиций»:
 * the amount's own noun right after it (at most three words between) names the metric.
 */
const INVESTMENT_NEXT = regex(
  `^\\s*(?:(?:of|in|from)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${alternation([...en.INVESTMENT_AFTER, ...ru.INVESTMENT_AFTER])}${WB_END}`,
  'iu',
);

/**
 * "a $190 million, 160-megawatt gas plant": the facility the amount qualifies, a few words on (no preposition
 * between: "$5 million for the plant" may be a grant or a loan), is one investment.
 */
const FACILITY_NEXT = regex(
  `^\\s*,?\\s*(?:(?!(?:for|to|of|in|from|by|with|and|on|at|per|a|the)\\s)[\\p{L}\\d-]+,?\\s+){0,3}?${alternation(en.FACILITIES)}${WB_END}`,
  'iu',
);

/**
 * The metric of the money at `at`: the noun right after it (`after`, the text following the amount), its own
 * clause, then the sentence, then "it" in the previous sentence; null when no word says what the money measures.
 */
export function metricOf(t: string, at: number, prevText: string, after = ''): Metric | null {
  if (after && INVESTMENT_NEXT.test(after)) return 'investment';
  if (after && FACILITY_NEXT.test(after)) return 'investment';
  const near = t.slice(Math.max(0, at - 80), at);
  // Projects under way are the portfolio; projects already implemented are a past total (metric other).
  if (PROJECTS_VALUE.test(near))
    return COMPLETED.test(figureClause(t, at).text) ? 'other' : 'project_portfolio';
  if (FACILITY_VALUE.test(near) || COST_VALUE.test(near)) return 'investment';
  if (SUBJECT_VALUE.test(t.slice(0, at))) return 'investment';
  if (KAZAKH_LETTER.test(t)) {
    // The text after the amount when known: a decimal comma or «млн.» inside it («137,8 млн.») is no clause end.
    const next = after || t.slice(at, at + 80);
    if (
      KK_TOTAL_BEFORE.test(t.slice(Math.max(0, at - 30), at)) &&
      (KK_COUNTED_PROJECTS.test(t) || KK_COUNTED_PROJECTS.test(prevText))
    )
      return 'project_portfolio';
    for (const [re, m] of KK_METRIC_AFTER) if (re.test(next)) return m;
    if (KK_VALUE_BEFORE.test(t.slice(Math.max(0, at - 20), at)) && KK_FACILITY.test(t)) return 'investment';
  }
  const own = figureClause(t, at);
  const from = Math.max(own.offset, at - 160);
  const before = t.slice(from, at);
  // The wider window is only read when it is wider: a clause starting before it gives the same text.
  let k =
    keywordBefore(before) ??
    (from > Math.max(0, at - 160) ? keywordBefore(t.slice(Math.max(0, at - 160), at)) : null);
  // "Our aim is to keep it above …": "it" is what the previous sentence measured.
  if (k === null && PRONOUN.test(before)) k = keywordBefore(prevText);
  if (k === 'trade_turnover' && SECTOR.test(before)) return 'other';
  if (k === null) return null;
  return k === 'projects' || k === 'flows' || k === 'deal' ? 'other' : k;
}

const TARGET_BEFORE = wordsRegex([...en.TARGET, ...ru.TARGET]);
const TARGET_AFTER = regex(
  `^[^.;]{0,30}?${WB_START}${alternation([...en.TARGET_AFTER, ...ru.TARGET_AFTER])}${WB_END}`,
  'iu',
);
/** "increase exports by $1 billion", «увеличить на 1 млрд»: the amount a figure changes by, not a figure. */
const CHANGE_BY = regex(
  `${WB_START}${alternation([...en.CHANGE_VERBS, ...ru.CHANGE_VERBS])}${WB_END}[^.;]{0,100}?${WB_START}(?:by|на)\\s*(?:${MODIFIER}\\s*)?[$€¥₸]?\\s*$`,
  'iu',
);
/**
 * Where the lead of a number starts: after a relative pronoun or a comma opening a "with …" or "as …" clause, or
 * "up from", which gives the level a target starts from ("$50 billion by 2030, up from $41 billion in 2023").
 */
const RELATIVE = regex(
  String.raw`,\s*(?:which|that|who|что|котор\p{L}*)\s|\s(?:which|которы\p{L}*)\s|,["']?\s+(?:with|as|after|since|while|up from|при этом|причем)\s|\b(?:said|noted|stressed|emphasi[sz]ed|added|stated|recalled|pointed out|reported)\s+that\s`,
  'giu',
);
const SUB_ITEM = regex(`^[^\\p{L}]*${alternation([...en.SUB_ITEM, ...ru.SUB_ITEM])}${WB_END}`, 'iu');
const REMAINDER = wordsRegex([...en.REMAINDER, ...ru.REMAINDER]);
const THIRD = wordsRegex([...en.THIRD_COUNTRIES, ...ru.THIRD_COUNTRIES]);
const CHINA = /\b(?:china|chinese|prc|beijing)\b|кита|кнр|пекин|қытай|қхр/iu;
const WORLD = wordsRegex([...en.WORLD_TRADE, ...ru.WORLD_TRADE]);
const GROUP = wordsRegex([...en.GROUPS, ...ru.GROUPS]);

/**
 * Whether the number at [at, end) is a figure of the relationship: not a target or forecast ("to bring trade to
 * $75 billion", "by 2035"), not a part of a total already given ("among them a $90 million mill"), not a
 * third country's or the whole world's trade.
 */
export function figureFilters(
  t: string,
  at: number,
  end: number,
  opts: { money?: boolean } = {},
): { keep: boolean; why?: string } {
  const clause = figureClause(t, at);
  let lead = t.slice(clause.offset, at);
  const rel = execAll(RELATIVE, lead).at(-1);
  if (rel) lead = lead.slice((rel.index ?? 0) + rel[0].length);
  const afterTarget = TARGET_AFTER.test(t.slice(end, end + 50));
  const invested = INVEST_BEFORE.test(t.slice(Math.max(0, at - 60), at));
  if (afterTarget || (TARGET_BEFORE.test(lead) && !invested)) return { keep: false, why: 'target' };
  if (CHANGE_BY.test(lead)) return { keep: false, why: 'change' };
  if (opts.money && (SUB_ITEM.test(t) || SUB_ITEM.test(clause.text))) return { keep: false, why: 'part' };
  // «по оставшимся проектам на сумму …»: the rest of a total, in the words of its clause before the amount.
  if (opts.money && REMAINDER.test(lead)) return { keep: false, why: 'remainder' };
  // "China's trade with Central Asia", «товарооборот Китая со странами ЦА»: the group's figure, China named or not.
  if (GROUP.test(clause.text)) return { keep: false, why: 'group' };
  if (!CHINA.test(clause.text) && (THIRD.test(clause.text) || WORLD.test(clause.text)))
    return { keep: false, why: 'other partner' };
  return { keep: true };
}
