/** Figures about the relationship: trade turnover, investment, project portfolios and counts, normalised. */

import type { Figure, Metric } from '../domain/index.ts';
import { execAll } from './exec-all.ts';
import { BILATERAL, figureFilters, isDealValue, metricOf } from './figure-context.ts';
import {
  countValue,
  currency,
  MAY_BE_PROJECTS,
  MAY_COUNT,
  MAY_NAME_UNIT,
  MONEY,
  PROJECTS,
  parseNumber,
  scaleOf,
  UNITS,
} from './figure-parts.ts';
import { yearOf } from './figure-year.ts';
import { kazakhCounts, MAY_COUNT_KK, mayCountKazakh } from './kk-counts.ts';
import { regex } from './pack-words.ts';
import { joinWrapped } from './sentence-repair.ts';
import type { Sentence } from './sentences.ts';

/** A figure with the sentence it was read from. */
export type FoundFigure = Figure & { evidence?: string };

/** "the two projects", «эти пять проектов»: projects named before, not a count ("among the 52 projects" is one). */
const DEFINITE = regex(
  String.raw`(?<!\b(?:among|of|from)\s+)(?:\b(?:the|these|those|both|its|their|our)|(?<![\p{L}])(?:эти|этих|оба|обоих|данные|данных))\s+$`,
  'iu',
);

/** The fragment a figure is read from: after the last comma before the number, up to its end. */
function fragmentOf(t: string, at: number, end: number): string {
  const windowStart = Math.max(0, at - 160);
  const comma = t.lastIndexOf(', ', at - 1);
  return t
    .slice(comma >= windowStart ? comma + 2 : windowStart, end)
    .trim()
    .replace(/[.,;]$/, '');
}

/** Adds a figure unless it repeats one: the same metric and value again, with the same year or none. */
function pushFigure(out: FoundFigure[], f: FoundFigure): void {
  // A headline's rounded "$2.4bn" and the body's "2.41 billion" are one figure.
  const twin = out.find(
    (g) => g.metric === f.metric && Math.abs(g.value - f.value) <= 0.01 * Math.abs(g.value),
  );
  if (twin && (twin.year === f.year || f.year === null)) return;
  if (twin && twin.year === null) {
    twin.year = f.year;
    return;
  }
  out.push(f);
}

/** Extracts money figures, project counts and counted units from the sentences, normalised to units. */
export function extractFigures(sentences: Sentence[], pubYear: number | null): FoundFigure[] {
  const out: FoundFigure[] = [];
  let previous = '';
  for (const s of joinWrapped(sentences)) {
    const t = s.text;
    const prevText = previous;
    previous = t;
    const evidence = t;
    const digits = /\d/.test(t);
    // Without digits only a project count or a Kazakh count can be read: a sentence naming neither noun is
    // passed by before its number words are looked for (the slowest of these checks).
    if (!digits && !MAY_BE_PROJECTS.test(t) && !mayCountKazakh(t)) continue;
    if (!digits && !MAY_COUNT.test(t) && !MAY_COUNT_KK.test(t)) continue;
    const counts = (MAY_BE_PROJECTS.test(t) ? execAll(PROJECTS, t) : [])
      .map((m) => ({ n: countValue(m[1] ?? ''), at: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))
      .filter(
        (c) =>
          Number.isFinite(c.n) &&
          c.n > 0 &&
          !DEFINITE.test(t.slice(0, c.at)) &&
          figureFilters(t, c.at, c.end).keep,
      );
    let lastMoneyEnd = -10;
    let lastUnit: string | null = null;
    for (const m of digits ? execAll(MONEY, t) : []) {
      // "1,4 млрд долларов, из них экспорт – 1,1 млрд": a scaled amount without a currency takes the one before it.
      const bare = m[0].trimEnd();
      const elided: string | null =
        m[3] &&
        // «1 млн. тонна»: an abbreviation's full stop before a lower-case noun is no elided currency.
        ((bare.endsWith('.') && !/^\s+\p{Ll}/u.test(t.slice(m.index + bare.length))) ||
          /^\s*(?:[.,;)–-]|$)/.test(t.slice(m.index + bare.length)))
          ? lastUnit
          : null;
      const unit: string | null = currency(m[1], m[4]) ?? elided;
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (!unit || (!m[3] && !m[1] && !m[4])) continue;
      lastUnit = unit;
      // "10 billion yuan ($1.4 billion)": the bracketed amount restates the one before it in another currency.
      const converted = /^\s*\(\s*(?:about|around|approx\.?|approximately|около|примерно|~)?\s*$/i.test(
        t.slice(lastMoneyEnd, at),
      );
      lastMoneyEnd = end;
      if (converted) continue;
      const value = parseNumber(m[2] ?? '') * scaleOf(m[3]);
      if (!Number.isFinite(value) || value < 1000) continue;
      if (!figureFilters(t, at, end, { money: true }).keep) continue;
      const count = counts.filter((c) => c.end <= at && at - c.end < 80).at(-1);
      const between = count ? t.slice(count.end, at) : '';
      const named: Metric | null =
        count && !/\b(of which|of them)\b|из них|из которых/i.test(between)
          ? 'project_portfolio'
          : // A scale word's full stop may end the sentence («на $629 млн. Инвесторы …»): nothing after it is its noun.
            metricOf(t, at, prevText, bare.endsWith('.') ? '' : t.slice(end, end + 60));
      // An amount no word explains ("$260 billion") counts only where the two countries are named.
      if (named === null && !BILATERAL.test(t) && !BILATERAL.test(prevText)) continue;
      const metric: Metric = named ?? 'other';
      // Documents signed at the event are worth their amount in the event's year.
      const year = yearOf(t, at, pubYear) ?? (isDealValue(t, at) ? pubYear : null);
      // 66.4 × 1e9 is not exactly 66400000000 in floating point: money is whole units.
      pushFigure(out, {
        metric,
        value: Math.round(value),
        unit,
        year,
        text: fragmentOf(t, at, end),
        evidence,
      });
      if (metric === 'project_portfolio' && count)
        pushFigure(out, {
          metric: 'project_count',
          value: count.n,
          unit: 'projects',
          year,
          text: t.slice(count.at, end),
          evidence,
        });
    }
    // A number of projects without a money value ("32 projects have already been completed") is a count too.
    for (const c of counts) {
      if (out.some((f) => f.metric === 'project_count' && f.value === c.n)) continue;
      const year = yearOf(t, c.at, pubYear);
      pushFigure(out, {
        metric: 'project_count',
        value: c.n,
        unit: 'projects',
        year,
        text: t.slice(c.at, c.end),
        evidence,
      });
    }
    // Tonnes and flights are figures of the relationship only when the two countries are named around them.
    let bilateral: boolean | null = null;
    for (const u of digits && MAY_NAME_UNIT.test(t) ? UNITS : []) {
      if (!digits || !u.quick.test(t) || !u.context.test(t)) continue;
      bilateral ??= BILATERAL.test(t) || BILATERAL.test(prevText);
      if (!bilateral) continue;
      const [re, folded] = u.re.on(t);
      for (const m of execAll(re, folded)) {
        const at = m.index ?? 0;
        const end = at + m[0].length;
        if (!figureFilters(t, at, end).keep) continue;
        const value = Math.round(parseNumber(m[1] ?? '') * scaleOf(m[2]));
        if (!Number.isFinite(value) || value <= 0) continue;
        pushFigure(out, {
          metric: 'other',
          value,
          unit: u.unit,
          year: yearOf(t, at, pubYear),
          text: fragmentOf(t, at, end),
          evidence,
        });
      }
    }
    // Kazakh counts («6 мың компания», «алты мыңға жуық компания»): spelled-out numbers and scale words.
    for (const c of kazakhCounts(t, prevText)) {
      if (!figureFilters(t, c.at, c.end).keep) continue;
      const text = fragmentOf(t, c.at, c.end);
      pushFigure(out, {
        metric: 'other',
        value: c.value,
        unit: c.unit,
        year: yearOf(t, c.at, pubYear),
        text,
        evidence,
      });
    }
  }
  return out;
}
