import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type ClusterInput, clusterArticles } from '../shared/dedup/index.ts';
import type { EventKind } from '../shared/domain/index.ts';
import { rng } from './_rng.ts';

/**
 * The `cluster` command's growth, as the outside check measures it: synthetic reports of synthetic events over
 * one year (365 days whatever the size, so more articles means denser days), a pool of officials on each
 * side, 1–7 reports per event in en/ru with a few sentences of text each, a third without an event date;
 * extracted facts are given, so only clustering is timed. Each round runs in its own process (peak memory
 * per run, no heap carried over), three rounds, each after a warm-up on 1,000 reports. Cold processes are
 * what a `cluster` run costs; in one warm process the clustering loop alone grows faster (about ×8 for ×4
 * here: with one pool of officials, 4× the articles in one year means 4× the candidate clusters a week).
 */
const KZ = [
  'Murat Nurtleu',
  'Alikhan Smailov',
  'Olzhas Bektenov',
  'Serik Zhumangarin',
  'Roman Sklyar',
  'Yermek Kosherbayev',
  'Arman Shakkaliyev',
  'Kairat Abdrakhmanov',
  'Askar Mamin',
  'Bakhyt Sultanov',
  'Shakhrat Nuryshev',
  'Marat Karabayev',
  'Almassadam Satkaliyev',
  'Yerlan Karin',
];
const CN = [
  'Wang Yi',
  'Li Qiang',
  'Zhao Leji',
  'Wang Wentao',
  'Zhang Guoqing',
  'Ding Xuexiang',
  'Han Zheng',
  'Liu Jianchao',
  'Ma Xingrui',
  'Sun Weidong',
  'He Lifeng',
  'Zhang Xiao',
  'Liu Guozhong',
  'Wang Xiaohong',
];
const CITIES = ['Astana', 'Beijing', 'Almaty', 'Urumqi', 'Shanghai', 'Xian', 'Shymkent', 'Khorgos'];
const KINDS: EventKind[] = ['meeting', 'meeting', 'meeting', 'visit', 'forum', 'phone_call', 'statement'];
const TOPICS = ['trade', 'transit corridors', 'energy', 'agriculture', 'tourism', 'investment', 'customs'];
const CLAUSES = [
  'The parties discussed the expansion of cooperation in logistics and the digital economy.',
  'Particular attention was paid to new routes for freight through the border crossings.',
  'Both sides praised the level of political trust between the two countries.',
  'The ministers reviewed the implementation of earlier agreements in industry.',
  'They agreed to hold the next round of consultations later in the year.',
  'Investors from both countries showed interest in processing plants and green energy.',
  'The meeting also touched upon cultural exchanges and student mobility.',
  'A working group will prepare proposals on railway capacity and customs procedures.',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function day(base: number, offset: number): string {
  return new Date((base + offset) * 86_400_000).toISOString().slice(0, 10);
}

/** The year every size spreads over (the outside check's span). */
const SPAN_DAYS = 365;

/** `n` reports of about n/3.5 events over one year. */
export function syntheticReports(n: number, seed = 7): ClusterInput[] {
  const r = rng(seed);
  const base = Math.round(Date.parse('2024-01-01') / 86_400_000);
  const out: ClusterInput[] = [];
  for (let e = 0; out.length < n; e++) {
    const d = Math.floor(r() * SPAN_DAYS);
    const kz = pick(r, KZ);
    const cn = pick(r, CN);
    const kind = pick(r, KINDS);
    const city = kind === 'phone_call' ? null : pick(r, CITIES);
    const topic = pick(r, TOPICS);
    const figure = Math.floor(r() * 900 + 100);
    const copies = 1 + Math.floor(r() * 6);
    const dated = r() >= 0.33;
    for (let c = 0; c < copies && out.length < n; c++) {
      const lang = r() < 0.5 ? 'en' : 'ru';
      const body = [0, 1, 2, 3].map(() => pick(r, CLAUSES)).join(' ');
      const text = `${kz} held talks with ${cn}${city ? ` in ${city}` : ''} on ${topic}. The sides noted ${figure} joint projects worth ${figure / 10} billion dollars. ${body} Report ${e}-${c} of event ${e}.`;
      out.push({
        input: {
          id: `s${out.length}`,
          url: `https://news.example/${e}/${c}`,
          published: day(base, d + (c % 2)),
          lang,
          title: `${kz} and ${cn} discuss ${topic}`,
          text,
        },
        result: {
          relevant: true,
          event: {
            kind,
            eventDate: dated ? day(base, d) : null,
            location: city,
            participants: [
              { name: kz, role: null, country: 'KZ' },
              { name: cn, role: null, country: 'CN' },
            ],
            mentioned: [],
            agreements: [],
            figures: [{ metric: 'project_count', value: figure, unit: 'projects', year: null, text: '' }],
            frameworks: [],
            topics: [topic],
          },
        },
      });
    }
  }
  return out;
}

/** One size, in this process: warm-up on a small set, then `rounds` timed runs; prints one JSON line. */
function measure(n: number, rounds: number): void {
  clusterArticles(syntheticReports(1_000, 99));
  const items = syntheticReports(n);
  const seconds: number[] = [];
  const cpu: number[] = [];
  let events = 0;
  for (let k = 0; k < rounds; k++) {
    const t = performance.now();
    const c = process.cpuUsage();
    events = new Set(clusterArticles(items)).size;
    const used = process.cpuUsage(c);
    seconds.push((performance.now() - t) / 1000);
    cpu.push((used.user + used.system) / 1e6);
  }
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ n, seconds, cpu, events, maxRssMb: Math.round(rss) }));
}

const SIZES = [5_000, 20_000];
const ROUNDS = 3;

/** Rows: clustering wall and CPU time (min/median/max of 3 rounds, each in a fresh process), peak RSS, growth exponent. */
export async function run(): Promise<Record<string, string | number>[]> {
  const rows: Record<string, string | number>[] = [];
  const medians: number[] = [];
  for (const n of SIZES) {
    // one process per round, as the `cluster` command runs: peak RSS is one run's, not three runs' garbage
    const m = { seconds: [] as number[], cpu: [] as number[], events: 0, maxRssMb: 0 };
    for (let k = 0; k < ROUNDS; k++) {
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(import.meta.url), String(n), '1'],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      if (child.status !== 0) throw new Error(`cluster-scale ${n} failed: ${child.stderr}`);
      const one = JSON.parse(child.stdout.trim().split('\n').pop() as string) as {
        seconds: number[];
        cpu: number[];
        events: number;
        maxRssMb: number;
      };
      m.seconds.push(...one.seconds);
      m.cpu.push(...one.cpu);
      m.events = one.events;
      m.maxRssMb = Math.max(m.maxRssMb, one.maxRssMb);
    }
    const s = [...m.seconds].sort((a, b) => a - b);
    const c = [...m.cpu].sort((a, b) => a - b);
    // CPU time for the growth: on a shared machine wall time mostly measures the neighbours
    const median = c[Math.floor(c.length / 2)] as number;
    medians.push(median);
    rows.push({
      stage: 'clusterArticles (365 days)',
      articles: n,
      'wall s min/med/max': s.map((x) => x.toFixed(2)).join(' / '),
      'CPU s min/med/max': c.map((x) => x.toFixed(2)).join(' / '),
      'articles/CPU-s': Math.round(n / median),
      events: m.events,
      'peak RSS MB': m.maxRssMb,
    });
  }
  const [a, b] = medians as [number, number];
  const exponent = Math.log(b / a) / Math.log((SIZES[1] as number) / (SIZES[0] as number));
  rows.push({ stage: `growth exponent (CPU) ${SIZES.join(' → ')}`, articles: Number(exponent.toFixed(2)) });
  return rows;
}

// `tsx bench/cluster-scale.ts N [ROUNDS]`: one size in this process (what `run` spawns; also for /usr/bin/time -v)
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2])
  measure(Number(process.argv[2]), Number(process.argv[3] ?? 1));
