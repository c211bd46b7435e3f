/**
 * The real-report scorer: counts exactly as `../shared/eval/score.py` (the scorer outside checks run on hidden
 * real sets), so that `npm run eval` and that script agree to the third decimal. Any change here must keep that
 * agreement; `tests/eval/real-set.test.ts` runs both and compares.
 */

/** Gold labels of one real report (`../shared/dev/README.md` explains each field). */
export interface RealGold {
  relevant: boolean;
  kind?: string | null;
  eventDate?: string | null;
  eventDateInText?: boolean;
  eventDateAlt?: string[];
  location?: string | null;
  locationInText?: boolean;
  participants?: string[];
  participantsEn?: string[];
  agreements?: Array<{ docType?: string }>;
  figures?: Array<{ metric?: string; value?: number | string }>;
  cluster?: string | null;
}

/** One line of a real gold set: the article fields the CLI is given, plus its gold labels. */
export interface RealRow {
  id: string;
  url?: string;
  outlet?: string;
  published?: string | null;
  lang?: string;
  title?: string;
  text: string;
  gold: RealGold;
}

/** What the CLI printed for one article (`extract` or `cluster` line), as loosely as the Python scorer reads it. */
export type CliLine = Record<string, unknown>;

/** Precision, recall, F1 and the raw counts, rounded as the Python scorer prints them. */
export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp_fp_fn: [number, number, number];
}

/** The scorer's result, field names as in score.py's JSON. */
export interface RealScore {
  n: number;
  rel: Prf;
  part: Prf;
  agr: Prf;
  fig: Prf;
  kind_acc: number | null;
  date_acc: number | null;
  date_traps_taken: number;
  location_acc: number | null;
  cluster: Prf;
}

/**
 * Python's `round(x, 3)`: correct rounding of the double, ties to even. `toFixed` breaks ties upwards, and a double
 * is an exact tie at three decimals only when it is an odd multiple of 1/16 (0.0625, 0.3125, …): those go to even.
 */
export function round3(x: number): number {
  const sixteenths = x * 16;
  if (Number.isInteger(sixteenths) && sixteenths % 2 !== 0) {
    const down = Math.floor(x * 1000) / 1000;
    return Math.round(down * 1000) % 2 === 0 ? down : Number((down + 0.001).toFixed(3));
  }
  return Number(x.toFixed(3));
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

function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : fn === 0 ? 1 : 0;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p: round3(p), r: round3(r), f1: round3(f), tp_fp_fn: [tp, fp, fn] };
}

/** Greedy one-to-one matching in gold order, as score.py's `match_lists`. */
function matchLists<G, P>(gold: G[], pred: P[], eq: (g: G, p: P) => boolean): [number, number, number] {
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

function add(acc: number[], v: number[]): void {
  for (const [i, x] of v.entries()) acc[i] = (acc[i] ?? 0) + x;
}
const rate = (ok: number, n: number) => (n ? round3(ok / n) : null);

/** Scores `extract` and `cluster` output lines (by id) against the gold rows, exactly as score.py does. */
export function scoreReal(
  rows: RealRow[],
  extract: Map<string, CliLine>,
  cluster: Map<string, CliLine>,
): RealScore {
  type Counts = [number, number, number];
  const c: Record<'rel' | 'part' | 'agr' | 'fig', Counts> = {
    rel: [0, 0, 0],
    part: [0, 0, 0],
    agr: [0, 0, 0],
    fig: [0, 0, 0],
  };
  let kindOk = 0, kindN = 0, dateOk = 0, dateN = 0, locOk = 0, locN = 0, trap = 0; // biome-ignore format: counters
  for (const r of rows) {
    const g = r.gold;
    const o = extract.get(r.id) ?? {};
    const pr = Boolean(o.relevant);
    const gr = Boolean(g.relevant);
    add(c.rel, [Number(pr && gr), Number(pr && !gr), Number(gr && !pr)]);
    if (!gr) continue;
    const ev = (o.event ?? {}) as Record<string, unknown>;
    const gp = g.participantsEn?.length ? g.participantsEn : (g.participants ?? []);
    const pp = ((ev.participants as unknown[]) ?? []).map((p) =>
      p && typeof p === 'object' ? String((p as { name?: unknown }).name ?? '') : String(p),
    );
    add(c.part, matchLists(gp, pp, nameMatch));
    const pa = (ev.agreements as Array<{ docType?: string } | null>) ?? [];
    add(
      c.agr,
      matchLists(g.agreements ?? [], pa, (a, b) => a.docType === b?.docType),
    );
    add(c.fig, matchLists(g.figures ?? [], (ev.figures as unknown[]) ?? [], figureEq));
    kindN++;
    kindOk += Number(ev.kind === g.kind);
    if (g.eventDateInText ?? true) {
      dateN++;
      dateOk += Number(ev.eventDate === g.eventDate);
    }
    if (ev.eventDate && (g.eventDateAlt ?? []).includes(ev.eventDate as string)) trap++;
    if (g.locationInText ?? true) {
      locN++;
      locOk += Number(city(ev.location) === city(g.location));
    }
  }
  return {
    n: rows.length,
    rel: prf(...c.rel),
    part: prf(...c.part),
    agr: prf(...c.agr),
    fig: prf(...c.fig),
    kind_acc: rate(kindOk, kindN),
    date_acc: rate(dateOk, dateN),
    date_traps_taken: trap,
    location_acc: rate(locOk, locN),
    cluster: clusterPairs(rows, cluster),
  };
}

/** Pairwise clustering over gold-relevant articles: a pair is predicted together when both share a non-null id. */
export function clusterPairs(rows: RealRow[], cluster: Map<string, CliLine>): Prf {
  const rel = rows.filter((r) => r.gold.relevant);
  const ids = rel.map((r) => (cluster.get(r.id)?.eventId as string | null | undefined) ?? null);
  let tp = 0, fp = 0, fn = 0; // biome-ignore format: counters
  for (let i = 0; i < rel.length; i++) {
    for (let j = i + 1; j < rel.length; j++) {
      const sameG = rel[i]?.gold.cluster === rel[j]?.gold.cluster;
      const sameP = ids[i] !== null && ids[i] === ids[j];
      tp += Number(sameG && sameP);
      fp += Number(sameP && !sameG);
      fn += Number(sameG && !sameP);
    }
  }
  return prf(tp, fp, fn);
}
