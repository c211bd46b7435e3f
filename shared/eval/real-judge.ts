/**
 * One real report judged as `../shared/eval/score.py` judges it: the per-field counts the scorer sums, and, for
 * `eval --errors`, what differed. The matching rules (names, cities, figures, one-to-one lists) are score.py's,
 * kept in this one place so the summary and the error list can never count differently.
 */
import type { CliLine, RealRow } from './real-score.ts';

/** True positives, false positives, false negatives. */
export type Counts = [number, number, number];

/** A field where the extractor's answer differs from the gold label. */
export interface Miss {
  field: 'relevant' | 'participants' | 'agreements' | 'figures' | 'kind' | 'eventDate' | 'location';
  expected: unknown;
  got: unknown;
  /** The date taken is one of the gold's dateline traps (`eventDateAlt`). */
  trap?: boolean;
}

/** The counts of one row; `null` where score.py does not count the row for that field. */
export interface RowJudgement {
  rel: Counts;
  part: Counts;
  agr: Counts;
  fig: Counts;
  kind: boolean | null;
  date: boolean | null;
  trap: boolean;
  location: boolean | null;
  misses: Miss[];
}

function normName(s: string): string[] {
  const ascii = (s ?? '')
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase();
  return ascii
    .replace(/[^a-z ]+/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 1);
}

/** score.py's `name_match`: one name's tokens within the other's, or two tokens shared. */
export function nameMatch(a: string, b: string): boolean {
  const ta = new Set(normName(a));
  const tb = new Set(normName(b));
  if (ta.size === 0 || tb.size === 0) return false;
  const inter = [...ta].filter((t) => tb.has(t)).length;
  return inter === ta.size || inter === tb.size || inter >= 2;
}

const CITY_ALIASES: Record<string, string> = {
  'nur-sultan': 'astana',
  nursultan: 'astana',
  'nur sultan': 'astana',
  akmola: 'astana',
  'alma-ata': 'almaty',
  'alma ata': 'almaty',
  peking: 'beijing',
  "xi'an": 'xian',
  'xi an': 'xian',
};

function city(s: unknown): string {
  const c = (typeof s === 'string' ? s : '').trim().toLowerCase();
  return CITY_ALIASES[c] ?? c;
}

/** Greedy one-to-one matching in gold order, as score.py's `match_lists`. */
function matchLists<G, P>(gold: G[], pred: P[], eq: (g: G, p: P) => boolean): Counts {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && eq(g, p));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return [tp, pred.length - tp, gold.length - tp];
}

function figureEq(a: { metric?: string; value?: unknown }, b: unknown): boolean {
  const o = (b ?? {}) as { metric?: string; value?: unknown };
  const av = Number(a.value);
  const bv = Number(o.value);
  if (a.value === undefined || o.value === undefined || Number.isNaN(av) || Number.isNaN(bv)) return false;
  return a.metric === o.metric && Math.abs(av - bv) <= 0.02 * Math.abs(av);
}

const exact = (c: Counts) => c[1] === 0 && c[2] === 0;

/** Judges one row against what `extract` printed for it (`{}` when nothing was printed). */
export function judgeRow(r: RealRow, o: CliLine): RowJudgement {
  const g = r.gold;
  const pr = Boolean(o.relevant);
  const gr = Boolean(g.relevant);
  const rel: Counts = [Number(pr && gr), Number(pr && !gr), Number(gr && !pr)];
  const out: RowJudgement = {
    rel,
    part: [0, 0, 0],
    agr: [0, 0, 0],
    fig: [0, 0, 0],
    kind: null,
    date: null,
    trap: false,
    location: null,
    misses: [],
  };
  if (pr !== gr) out.misses.push({ field: 'relevant', expected: gr, got: pr });
  if (!gr) return out;
  const ev = (o.event ?? {}) as Record<string, unknown>;
  const gp = g.participantsEn?.length ? g.participantsEn : (g.participants ?? []);
  const pp = ((ev.participants as unknown[]) ?? []).map((p) =>
    p && typeof p === 'object' ? String((p as { name?: unknown }).name ?? '') : String(p),
  );
  const pa = (ev.agreements as Array<{ docType?: string } | null>) ?? [];
  const pf = (ev.figures as unknown[]) ?? [];
  out.part = matchLists(gp, pp, nameMatch);
  out.agr = matchLists(g.agreements ?? [], pa, (a, b) => a.docType === b?.docType);
  out.fig = matchLists(g.figures ?? [], pf, figureEq);
  if (!exact(out.part)) out.misses.push({ field: 'participants', expected: gp, got: pp });
  if (!exact(out.agr))
    out.misses.push({
      field: 'agreements',
      expected: (g.agreements ?? []).map((a) => a.docType),
      got: pa.map((a) => a?.docType),
    });
  if (!exact(out.fig)) out.misses.push({ field: 'figures', expected: g.figures ?? [], got: pf });
  out.kind = ev.kind === g.kind;
  if (!out.kind) out.misses.push({ field: 'kind', expected: g.kind, got: ev.kind });
  out.trap = Boolean(ev.eventDate && (g.eventDateAlt ?? []).includes(ev.eventDate as string));
  if (g.eventDateInText ?? true) {
    out.date = ev.eventDate === g.eventDate;
    if (!out.date)
      out.misses.push({ field: 'eventDate', expected: g.eventDate, got: ev.eventDate, trap: out.trap });
  }
  if (g.locationInText ?? true) {
    out.location = city(ev.location) === city(g.location);
    if (!out.location) out.misses.push({ field: 'location', expected: g.location, got: ev.location });
  }
  return out;
}
