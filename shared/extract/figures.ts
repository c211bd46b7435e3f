/** Figures about the relationship: trade turnover, investment, project portfolios and counts, normalised. */
import type { Figure, Metric } from '../domain/index.ts';
import type { Sentence } from './sentences.ts';

const CUR_BEFORE = '(US\\$|\\$|USD|US dollars|€|EUR|CNY|RMB|¥|KZT|₸)';
const NUM = '(\\d{1,3}(?:[ ,]\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)';
const SCALE =
  '(trillion|billion|bn|million|mln|mn|thousand|трлн|млрд|млн|тыс|триллион\\S*|миллиард\\S*|миллион\\S*|тысяч\\S*)\\.?';
const CUR_AFTER =
  '(US dollars|U\\.S\\. dollars|American dollars|dollars|USD|yuan|renminbi|RMB|CNY|tenge|KZT|euros?|EUR|долларов США|долл\\.(?:\\s*США)?|доллар\\S*|юан\\S*|тенге|евро|рубл\\S*)';
const MONEY = new RegExp(
  `(?:${CUR_BEFORE}\\s?)?${NUM}\\s*(?:${SCALE})?\\s*(?:${CUR_AFTER}(?![a-zа-яё]))?`,
  'gi',
);
const PROJECTS = /\b(\d{1,4})\s+(?:[a-z-]+\s+){0,2}projects\b|(\d{1,4})\s+(?:\S+\s+){0,2}проект\S*/gi;
const SCALES: Record<string, number> = {
  trillion: 1e12,
  трлн: 1e12,
  billion: 1e9,
  bn: 1e9,
  млрд: 1e9,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  млн: 1e6,
  thousand: 1e3,
  тыс: 1e3,
};

function scaleOf(word: string): number {
  const w = word.toLowerCase();
  const direct = SCALES[w];
  if (direct) return direct;
  if (w.startsWith('триллион')) return 1e12;
  if (w.startsWith('миллиард')) return 1e9;
  if (w.startsWith('миллион')) return 1e6;
  if (w.startsWith('тысяч')) return 1e3;
  return 1;
}

function currency(before: string | undefined, after: string | undefined): string | null {
  const c = (before ?? after ?? '').toLowerCase();
  if (!c) return null;
  if (/\$|usd|dollar|доллар|долл/.test(c)) return 'USD';
  if (/yuan|renminbi|rmb|cny|¥|юан/.test(c)) return 'CNY';
  if (/tenge|kzt|₸|тенге/.test(c)) return 'KZT';
  if (/eur|€|евро/.test(c)) return 'EUR';
  if (/рубл/.test(c)) return 'RUB';
  return null;
}

function parseNumber(raw: string): number {
  // "1,500" (thousands) vs "43,8" (decimal comma).
  if (/^\d{1,3}([ ,]\d{3})+(\.\d+)?$/.test(raw)) return Number(raw.replace(/[ ,]/g, ''));
  return Number(raw.replace(',', '.'));
}

const KEYWORDS: Array<[RegExp, Metric | 'projects']> = [
  [/portfolio|портфел/gi, 'project_portfolio'],
  [/invest\w*|инвест\S*|вложени\S*/gi, 'investment'],
  [/\btrade\b|turnover|товарооборот\S*|торгов\S*|тауар айналым\S*|сауда\S*/gi, 'trade_turnover'],
  [/projects?\b|проект\S*/gi, 'projects'],
  [/\bexports?\b|\bimports?\b|экспорт\S*|импорт\S*/gi, 'projects'],
];

/** The metric the words just before a number name (the nearest keyword wins). */
function metricBefore(text: string): Metric | 'projects' | null {
  let best: Metric | 'projects' | null = null;
  let at = -1;
  for (const [re, metric] of KEYWORDS) {
    for (const m of text.matchAll(re)) {
      // "investment in the project": the project is where the money goes, not what is counted.
      if (
        metric === 'projects' &&
        /\b(?:in|into)\s+(?:the\s+|a\s+)?$|(?<![а-яё])в\s+$/i.test(
          text.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0),
        )
      )
        continue;
      const end = (m.index ?? 0) + m[0].length;
      if (end > at) {
        at = end;
        best = metric;
      }
    }
  }
  return best;
}

/** The clause of a sentence around a position: figures joined by "and"/"while"/";" each have their own year. */
function clauseAround(sentence: string, at: number): { text: string; offset: number } {
  // Also a comma before a new metric noun: «…превысил 26 млрд, товарооборот в прошлом году составил …».
  const splitter =
    /,\s+(?:and|while|but|whereas|а|и|тогда как)\s+|;\s+|\s+while\s+|,\s+(?=(?:товарооборот|объ[её]м|инвестици|взаимн\S+ торговл|bilateral trade|trade turnover|investments?)(?![а-яёa-z]))/gi;
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(splitter)) {
    const i = m.index ?? 0;
    if (i + m[0].length <= at) start = i + m[0].length;
    else if (i > at) {
      end = i;
      break;
    }
  }
  return { text: sentence.slice(start, end), offset: start };
}

const LAST_YEAR =
  /\blast year\b|в прошлом году|по итогам прошлого года|прошлого года|за прошлый год|өткен жыл/i;
const THIS_YEAR = /\bthis year\b|в этом году|в текущем году|текущего года|этого года|биыл/i;
const PARTIAL_YEAR =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november)\s*[–-]\s*(?:february|march|april|may|june|july|august|september|october|november|december)\b|\bfirst (?:quarter|half|\w+ months)\b|(?:январ\S*|феврал\S*)\s*[–-]\s*\S+(?:е|я)(?![а-яё])|(?:перв\S+ (?:квартал|полугоди|\S+ месяц))/i;

/**
 * The year a figure refers to: a year in its clause (not "since 1997": that is cumulative), else "last year" /
 * "this year" / a part-year period ("January–October") in the clause before it, resolved from publication.
 */
function yearOf(sentence: string, at: number, pubYear: number | null): number | null {
  const clause = clauseAround(sentence, at);
  const rel = at - clause.offset;
  let best: number | null = null;
  let dist = Number.POSITIVE_INFINITY;
  for (const m of clause.text.matchAll(/(?<![\d-–])((?:19|20)\d\d)(?![\d-–])/g)) {
    const i = m.index ?? 0;
    if (/\b(?:since|from)\s+$|(?<![а-яё])(?:с|со)\s+$/i.test(clause.text.slice(Math.max(0, i - 8), i)))
      continue;
    const d = Math.abs(i - rel);
    if (d < dist) {
      dist = d;
      best = Number(m[1]);
    }
  }
  if (best !== null) return best;
  const lead = clause.text.slice(0, rel);
  if (LAST_YEAR.test(lead)) return pubYear === null ? null : pubYear - 1;
  if (THIS_YEAR.test(clause.text) || PARTIAL_YEAR.test(clause.text)) return pubYear;
  // Nothing in the clause: a year or "last year" earlier in the sentence carries over ("Last year, trade …, and
  // investment amounted to …").
  if (clause.offset > 0) {
    const earlier = sentence.slice(0, clause.offset);
    const years = [...earlier.matchAll(/(?<![\d-–])((?:19|20)\d\d)(?![\d-–])/g)];
    const lastYear = years.at(-1);
    if (
      lastYear &&
      !/\b(?:since|from)\s+$|(?<![а-яё])(?:с|со)\s+$/i.test(
        earlier.slice(Math.max(0, (lastYear.index ?? 0) - 8), lastYear.index ?? 0),
      )
    )
      return Number(lastYear[1]);
    if (LAST_YEAR.test(earlier)) return pubYear === null ? null : pubYear - 1;
    if (THIS_YEAR.test(earlier)) return pubYear;
  }
  if (
    LAST_YEAR.test(clause.text) &&
    !/\b(?:compared|same period|year-on-year|up|down)\b|по сравнению|аналогичн/i.test(clause.text)
  )
    return pubYear === null ? null : pubYear - 1;
  return null;
}

/** Extracts money figures and project counts from the sentences, normalised to units. */
export function extractFigures(sentences: Sentence[], pubYear: number | null): Figure[] {
  const out: Figure[] = [];
  const seen = new Set<string>();
  const push = (f: Figure) => {
    const key = `${f.metric}|${f.value}|${f.year}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(f);
  };
  let previous = '';
  for (const s of sentences) {
    const t = s.text;
    const prevText = previous;
    previous = t;
    if (!/\d/.test(t)) continue;
    const counts = [...t.matchAll(PROJECTS)].map((m) => ({
      n: Number(m[1] ?? m[2]),
      at: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    }));
    let lastMoneyEnd = -10;
    for (const m of t.matchAll(MONEY)) {
      const unit = currency(m[1], m[4]);
      if (!unit || (!m[3] && !m[1] && !m[4])) continue;
      const mStart = m.index ?? 0;
      // "10 billion yuan ($1.4 billion)": the bracketed amount restates the one before it in another currency.
      const converted = /^\s*\(\s*(?:about|around|approx\.?|approximately|около|примерно|~)?\s*$/i.test(
        t.slice(lastMoneyEnd, mStart),
      );
      lastMoneyEnd = mStart + m[0].length;
      if (converted) continue;
      const raw = m[2] ?? '';
      const value = parseNumber(raw) * (m[3] ? scaleOf(m[3]) : 1);
      if (!Number.isFinite(value) || value < 1000) continue;
      // 66.4 × 1e9 is not exactly 66400000000 in floating point: money is whole units.
      const units = Math.round(value);
      const at = m.index ?? 0;
      // Metric words count only in the figure's own clause ("…, while exports reached $15.1 bn").
      const own = clauseAround(t, at);
      const before = t.slice(Math.max(own.offset, at - 160), at);
      const count = counts.filter((c) => c.end <= at && at - c.end < 80).at(-1);
      const between = count ? t.slice(count.end, at) : '';
      let metric: Metric;
      if (count && !/\b(of which|of them)\b|из них|из которых/i.test(between)) metric = 'project_portfolio';
      else {
        // A clause without its own metric word ("…, and in January–August it amounted to …") continues the last.
        let k = metricBefore(before) ?? metricBefore(t.slice(Math.max(0, at - 160), at));
        // "Our goal is to bring it to $80 billion": "it" is what the previous sentence measured.
        if (k === null && /\b(?:it|its)\b|(?<![а-яё])(?:его|её|ее|он)(?![а-яё])/i.test(before))
          k = metricBefore(prevText);
        metric = k === null || k === 'projects' ? 'other' : k;
      }
      const year = yearOf(t, at, pubYear);
      // The fragment starts after the last comma before the number ("Last year, bilateral trade reached …").
      const windowStart = Math.max(0, at - 160);
      const comma = t.lastIndexOf(', ', at - 1);
      const text = t.slice(comma >= windowStart ? comma + 2 : windowStart, at + m[0].length).trim();
      push({ metric, value: units, unit, year, text: text.replace(/[.,;]$/, '') });
      if (metric === 'project_portfolio' && count)
        push({
          metric: 'project_count',
          value: count.n,
          unit: 'projects',
          year,
          text: t.slice(count.at, at + m[0].length),
        });
    }
    // A number of projects without a money value ("32 projects have already been completed") is a count too.
    for (const c of counts) {
      if (seen.has(`project_count|${c.n}|${yearOf(t, c.at, pubYear)}`)) continue;
      if (out.some((f) => f.metric === 'project_count' && f.value === c.n)) continue;
      push({
        metric: 'project_count',
        value: c.n,
        unit: 'projects',
        year: yearOf(t, c.at, pubYear),
        text: t.slice(c.at, c.end),
      });
    }
  }
  return out;
}
