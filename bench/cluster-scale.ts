import { type ClusterInput, clusterArticles } from '../shared/dedup/index.ts';
import type { EventKind } from '../shared/domain/index.ts';
import { rng } from './_rng.ts';

/**
 * The `cluster` command's growth: synthetic reports of synthetic events (a steady flow of about eight events a day, a pool of
 * officials on each side, 1–7 reports per event in en/ru, a third without an event date), extracted facts
 * given, so only clustering is timed. Blocking by date window and shared tokens keeps it near-linear:
 * the rows show articles/s at 2,000 and 20,000 articles.
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
];
const CITIES = ['Astana', 'Beijing', 'Almaty', 'Urumqi', 'Shanghai', 'Xian'];
const KINDS: EventKind[] = ['meeting', 'meeting', 'meeting', 'visit', 'forum', 'phone_call', 'statement'];
const TOPICS = ['trade', 'transit corridors', 'energy', 'agriculture', 'tourism', 'investment', 'customs'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function day(base: number, offset: number): string {
  return new Date((base + offset) * 86_400_000).toISOString().slice(0, 10);
}

/** `n` reports of about n/3 events. */
export function syntheticReports(n: number, seed = 7): ClusterInput[] {
  const r = rng(seed);
  const base = Math.round(Date.parse('2024-01-01') / 86_400_000);
  const out: ClusterInput[] = [];
  // a steady news flow: about eight events a day, so more articles means a longer period, not denser days
  const span = Math.max(1, Math.round(n / 24));
  for (let e = 0; out.length < n; e++) {
    const d = Math.floor(r() * span);
    const kz = pick(r, KZ);
    const cn = pick(r, CN);
    const kind = pick(r, KINDS);
    const city = kind === 'phone_call' ? null : pick(r, CITIES);
    const topic = pick(r, TOPICS);
    const figure = Math.floor(r() * 900 + 100);
    const copies = 1 + Math.floor(r() * 6);
    for (let c = 0; c < copies && out.length < n; c++) {
      const lang = r() < 0.5 ? 'en' : 'ru';
      const text = `${kz} held talks with ${cn}${city ? ` in ${city}` : ''} on ${topic}. The sides noted ${figure} joint projects worth ${figure / 10} billion dollars. Report ${e}-${c} of event ${e}.`;
      out.push({
        input: {
          id: `s${out.length}`,
          url: `https://news.example/${e}/${c}`,
          published: day(base, d + (c % 2)),
          lang,
          title: `${kz} and ${cn}`,
          text,
        },
        result: {
          relevant: true,
          event: {
            kind,
            eventDate: r() < 0.33 ? null : day(base, d),
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

/** Rows: clustering time and throughput at 2,000 and 20,000 reports. */
export async function run(): Promise<Record<string, string | number>[]> {
  const rows: Record<string, string | number>[] = [];
  for (const n of [2_000, 20_000]) {
    const items = syntheticReports(n);
    const t = performance.now();
    const events = new Set(clusterArticles(items)).size;
    const s = (performance.now() - t) / 1000;
    rows.push({
      stage: 'clusterArticles',
      articles: n,
      seconds: Number(s.toFixed(2)),
      'articles/s': Math.round(n / s),
      events,
    });
  }
  return rows;
}
