/**
 * Figures in a Chinese report: «438亿美元» → 43,800,000,000 USD, «52个项目» → 52 projects, with the metric its
 * sentence names and the year it gives («2024年», «去年»). Growth rates and targets are left out.
 */
import type { Figure } from '../../domain/index.ts';
import {
  APPROX_AFTER_ZH,
  COUNTS_ZH,
  CUMULATIVE_ZH,
  CURRENCIES_ZH,
  FROM_ZH,
  INITIAL_ZH,
  MEASURES_ZH,
  METRICS_ZH,
  MULTIPLIERS_ZH,
  NOT_FIGURE_ZH,
  PORTFOLIO_SUM_ZH,
  PROJECT_COUNT_ZH,
  REACHED_ZH,
  RESTATED_ZH,
  TARGET_ZH,
  WORTH_ZH,
  YEARS_ZH,
} from '../lexicon/zh/figures.ts';
import { asciiDigits, firstIn, hanCounts, type ZhDoc } from './text.ts';

const byLength = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length);
const MULT = byLength(Object.keys(MULTIPLIERS_ZH)).join('|');
const CUR = byLength(Object.keys(CURRENCIES_ZH)).join('|');
const APPROX = APPROX_AFTER_ZH.join('|');
/** A sum of money: number, a lower-bound word («多»), optional multiplier, currency («170多亿美元», «5000万余元»). */
const MONEY = new RegExp(
  `(\\d+(?:[.,]\\d+)?)\\s*(?:${APPROX})?\\s*(${MULT})?\\s*(?:${APPROX})?\\s*(${CUR})`,
  'g',
);
const PROJECTS = new RegExp(PROJECT_COUNT_ZH);
const COUNTS = COUNTS_ZH.map(([p, unit]) => [new RegExp(p), unit] as const);
/** REACHED_ZH without its global flag: a test that keeps no position between calls. */
const REACHED = new RegExp(REACHED_ZH.source);

/** The year a sentence's figure refers to. */
function yearOf(text: string, published: number | null): number | null {
  const y = /(20\d\d)\s*年(?![\d]{0,2}\s*月)/.exec(text) ?? /(20\d\d)\s*年/.exec(text);
  if (y) return Number(y[1]);
  const rel = firstIn(text, Object.keys(YEARS_ZH));
  return rel && published !== null ? published + (YEARS_ZH[rel] ?? 0) : null;
}

/** The metric whose word comes last before a number («投资270亿美元» after «贸易额440亿美元»), else the sentence's first. */
function metricBefore(text: string, at: number): Figure['metric'] | undefined {
  // The word ending nearest the number wins, the longer on a tie («项目总投资» over its «投资»).
  let best: { metric: string; end: number; len: number } | null = null;
  for (const [metric, words] of METRICS_ZH) {
    for (const w of words) {
      const i = text.lastIndexOf(w, at);
      const end = i + w.length;
      if (i < 0 || i >= at) continue;
      if (best === null || end > best.end || (end === best.end && w.length > best.len))
        best = { metric, end, len: w.length };
    }
  }
  const first = METRICS_ZH.find(([, ws]) => firstIn(text, ws))?.[0];
  return (best?.metric ?? first) as Figure['metric'] | undefined;
}

/** A level reached right after a rate («增长10.5%，达到», «增长两成，达»): the sum after it is a figure. */
const LEVEL_AFTER_RATE = /%\s*[,，]?\s*(?:达到|达|升至|增至|为)\s*(?:约|近|超过|逾)?\s*$/;
/** A year after «到» or «至» («到2030年»). */
const BY_YEAR = /(?:到|至)\s*(20\d\d)\s*年/;

/** Whether the words before a sum in its sentence make it a target: a target word, or a year still to come. */
function isTarget(before: string, publishedYear: number | null): boolean {
  if (firstIn(before, TARGET_ZH)) return true;
  const by = BY_YEAR.exec(before);
  return by !== null && publishedYear !== null && Number(by[1]) > publishedYear;
}

/** Figures about the relationship in a Chinese report. */
export function extractZhFigures(doc: ZhDoc, publishedYear: number | null): Figure[] {
  const out: Figure[] = [];
  for (const s of doc.sentences) {
    // «一个中国» stays words: only a count of two or more becomes digits («五十多个项目»).
    const text = hanCounts(asciiDigits(s.text), MEASURES_ZH);
    const projects = PROJECTS.test(text);
    for (const m of text.matchAll(MONEY)) {
      // «45个项目，总金额270亿美元», «重点项目52个，总额216亿美元»: a sum beside a count of projects is their
      // portfolio, whether or not another metric word names it.
      const sum = projects && firstIn(text.slice(0, m.index), PORTFOLIO_SUM_ZH) !== undefined;
      const worth = firstIn(text.slice(0, m.index), WORTH_ZH) ? 'other' : undefined;
      const named = metricBefore(text, m.index ?? 0) ?? worth;
      if (!named && !sum) continue;
      const portfolio = sum && (named === 'other' || named === 'investment' || !named);
      const metric = portfolio ? 'project_portfolio' : (named as Figure['metric']);
      // The figure's clause: a growth rate or a target right before it is not the figure itself, but a sum
      // reached («增长到410亿美元») is; a starting point («由3.68亿美元增长到…») is not.
      const clause = text.slice(Math.max(0, (m.index ?? 0) - 10), m.index);
      // «增长10.5%，达到14.4亿美元»: a rate, then the level reached; the level is the figure.
      if (!LEVEL_AFTER_RATE.test(clause) && firstIn(clause.replace(REACHED_ZH, ''), NOT_FIGURE_ZH)) continue;
      const end = (m.index ?? 0) + m[0].length;
      if (isTarget(text.slice(0, m.index), publishedYear)) continue;
      // «最初估计为4.5亿美元，…增加到6亿美元»: the first estimate, superseded by the raised sum.
      if (firstIn(text.slice(0, m.index), INITIAL_ZH) && REACHED.test(text.slice(end))) continue;
      const from = firstIn(
        text.slice(Math.max(0, (m.index ?? 0) - 12), m.index).replace(/^.*[，；]/, ''),
        FROM_ZH,
      );
      if (from && REACHED.test(text.slice(end, end + 8))) continue;
      if (RESTATED_ZH.some((w) => clause.endsWith(w) || clause.endsWith(`${w}约`))) continue;
      const value = Number((m[1] as string).replace(',', '.')) * (m[2] ? (MULTIPLIERS_ZH[m[2]] ?? 1) : 1);
      const unit = CURRENCIES_ZH[m[3] as string] ?? 'CNY';
      const year = firstIn(text, CUMULATIVE_ZH) ? null : yearOf(text, publishedYear);
      out.push({ metric, value, unit, year, text: m[0], evidence: s.text });
    }
    for (const [re, unit] of COUNTS) {
      const c = re.exec(text);
      if (c && !firstIn(text.slice(Math.max(0, c.index - 6), c.index), NOT_FIGURE_ZH)) {
        out.push({ metric: 'other', value: Number(c[1]), unit, year: null, text: c[0], evidence: s.text });
      }
    }
    const p = PROJECTS.exec(text);
    if (p) {
      out.push({
        metric: 'project_count',
        value: Number(p[1] ?? p[2]),
        unit: 'projects',
        year: yearOf(text, publishedYear),
        text: p[0],
        evidence: s.text,
      });
    }
  }
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = `${f.metric}|${f.value}|${f.unit}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
