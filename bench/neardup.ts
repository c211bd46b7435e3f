import { NEAR_DUP_JACCARD, NearDupIndex, nearDupSimilarity } from '../shared/dedup/index.ts';
import { rng } from './_rng.ts';
import { fmt, load, rounds, spread } from './_stats.ts';

/**
 * Near-duplicate detection at scale: streams 10k, 30k and 100k synthetic news articles through
 * `NearDupIndex.check` (query, then add — what an ingest run does) and reports time, growth and the recall of
 * planted near-duplicates (re-posts with a new headline, a reworded sentence, an extra closing paragraph).
 * Articles are built from realistic diplomatic-news sentence templates with random names, places and figures,
 * so unrelated articles share a lot of boilerplate, like real ones do.
 */

const SIZES = [10_000, 30_000, 100_000];
/** Share of articles that are planted near-duplicates of an earlier one. */
const DUP_RATE = 0.05;

/** Word pools the synthetic articles are filled from. */
const KZ_FIRST =
  'Murat Yermek Arman Olzhas Serik Roman Aibek Daniyar Beibit Aidarbek Kairat Askhat Nurlan Marat Yerbol Almas Timur Dauren'.split(
    ' ',
  );
const KZ_LAST =
  'Nurtleu Kosherbayev Shakkaliyev Bektenov Zhumangarin Sklyar Smadiyarov Sergazin Issabayev Saparov Abdrakhmanov Sauranbayev Karabayev Taszhurekov Satkaliyev Dossayev Kuantyrov Zhaksylykov Akhmetov Serikbayev'.split(
    ' ',
  );
const CN_NAMES = 'Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Zhu Hu Guo He Lin Gao Luo'.split(
  ' ',
);
const CN_GIVEN =
  'Yi Wentao Guoqing Xuexiang Weidong Chun Houliang Jianchao Xingrui Shuo Jianjun Xiao Lei Ming Hua Bo Tao Jun'.split(
    ' ',
  );
const TITLES =
  'Minister of Foreign Affairs|Minister of Trade and Integration|Deputy Prime Minister|Minister of Energy|Minister of Agriculture|Minister of Transport|Vice Minister of Commerce|Ambassador|Chairman of the Board|Governor|Vice Premier of the State Council'.split(
    '|',
  );
const CITIES =
  "Astana Almaty Beijing Shanghai Urumqi Xi'an Guangzhou Shymkent Aktau Khorgos Chengdu Karaganda".split(' ');
const SECTORS =
  'agriculture|energy|transport and logistics|digitalisation|critical minerals|tourism|education|healthcare|green energy|petrochemicals|metallurgy|water resources|finance|e-commerce|railway transit|innovation'.split(
    '|',
  );
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

const SENTENCES = [
  '{kz} held talks with {cn} in {city} on {date}.',
  'The parties discussed a wide range of issues of bilateral cooperation, including {sector} and {sector}.',
  'Special attention was paid to the implementation of agreements reached at the highest level, {kz} said.',
  'Bilateral trade turnover reached {bn} billion US dollars last year, up {pct} percent.',
  'The portfolio of joint projects includes {n} projects worth about {bn} billion US dollars.',
  'The sides agreed to expand cooperation in {sector}, with {n} new projects planned by {year}.',
  '“China is our reliable partner and good neighbour,” {kz} noted, adding that {sector} remains a priority.',
  '{cn} said that China is ready to deepen practical cooperation in {sector} and {sector}.',
  'Following the meeting, the parties signed a memorandum of cooperation in {sector} for {year}-{year2}.',
  'A business forum held in {city} gathered more than {n} companies from both countries.',
  'The ministers also exchanged views on regional issues and cooperation within the SCO and CICA.',
  'According to {kz}, exports of {sector} products to China grew by {pct} percent in {year}.',
  'The agreement provides for an investment of {m} million US dollars in a plant near {city}.',
  'The next meeting of the intergovernmental committee will take place in {city} in {month}.',
  '{cn} visited the {sector} cluster in {city} and met representatives of {n} enterprises.',
  'The two sides noted the growth of container traffic through {city} by {pct} percent.',
  'Earlier it was reported that a new flight between {city} and {city} will be launched in {month}.',
  'Experts estimate that the project will create about {n} jobs in the {sector} sector.',
  'The Kazakh side invited Chinese companies to take part in the {sector} exhibition in {city}.',
  'In {year}, the volume of freight on the China–Europe route via Kazakhstan exceeded {m} thousand containers.',
];

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

function fill(r: Rand, template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'kz':
        return `${pick(r, TITLES)} ${pick(r, KZ_FIRST)} ${pick(r, KZ_LAST)}`;
      case 'cn':
        return `${pick(r, TITLES)} ${pick(r, CN_NAMES)} ${pick(r, CN_GIVEN)}`;
      case 'city':
        return pick(r, CITIES);
      case 'sector':
        return pick(r, SECTORS);
      case 'date':
        return `${pick(r, MONTHS)} ${1 + Math.floor(r() * 28)}`;
      case 'month':
        return pick(r, MONTHS);
      case 'bn':
        return (1 + r() * 80).toFixed(1);
      case 'pct':
        return String(2 + Math.floor(r() * 40));
      case 'n':
        return String(5 + Math.floor(r() * 400));
      case 'm':
        return String(10 + Math.floor(r() * 900));
      case 'year':
        return String(2015 + Math.floor(r() * 11));
      default:
        return String(2026 + Math.floor(r() * 4));
    }
  });
}

function article(r: Rand): string[] {
  const count = 12 + Math.floor(r() * 10);
  const paras = [
    `${pick(r, ['Kazakhstan and China', 'Astana and Beijing', 'Kazakh and Chinese officials'])} discuss ${pick(r, SECTORS)} cooperation`,
  ];
  for (let i = 0; i < count; i++) paras.push(fill(r, pick(r, SENTENCES)));
  return paras;
}

/** A re-post: new headline, one sentence reworded, sometimes an extra closing paragraph. */
function repost(r: Rand, original: string[]): string[] {
  const out = [...original];
  out[0] = `${pick(r, ['Nurtleu', 'Officials', 'Ministers', 'Delegations'])} review ${pick(r, SECTORS)} ties with ${pick(r, ['China', 'Beijing', 'Chinese partners'])}`;
  const k = 1 + Math.floor(r() * (out.length - 1));
  out[k] = fill(r, pick(r, SENTENCES));
  if (r() < 0.5) out.push(fill(r, 'Earlier it was reported that {kz} will visit {city} in {month}.'));
  return out;
}

/** Synthetic articles and, for each, the index of the original it copies. */
export interface Corpus {
  texts: string[];
  /** For each text, the index of the original it copies (itself for originals). */
  origin: number[];
}

/** A synthetic corpus of `size` articles, some of them planted near-duplicates of earlier ones. */
export function corpus(size: number, seed: number): Corpus {
  const r = rng(seed);
  const docs: string[][] = [];
  const origin: number[] = [];
  for (let i = 0; i < size; i++) {
    if (i > 10 && r() < DUP_RATE) {
      const src = origin[Math.floor(r() * i)] as number;
      docs.push(repost(r, docs[src] as string[]));
      origin.push(src);
    } else {
      docs.push(article(r));
      origin.push(i);
    }
  }
  return { texts: docs.map((d) => d.join('\n\n')), origin };
}

/** One pass of a corpus through a fresh index (query, then add): time and what it found. */
function pass({ texts, origin }: Corpus) {
  const index = new NearDupIndex();
  let planted = 0;
  let found = 0;
  let wrong = 0;
  const missed: number[] = [];
  const started = performance.now();
  for (let i = 0; i < texts.length; i++) {
    const hits = index.check(String(i), texts[i] as string);
    if (origin[i] !== i) planted++;
    if (origin[i] !== i && hits.some((h) => origin[Number(h.id)] === origin[i])) found++;
    else if (origin[i] !== i) missed.push(i);
    wrong += hits.filter((h) => origin[Number(h.id)] !== origin[i]).length;
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, planted, found, wrong, missed, candidates: index.candidatesVerified };
}

/** One size: a warm-up pass over the 10k corpus, then the measured rounds over this size's corpus. */
async function measure(
  size: number,
  warm: Corpus,
): Promise<{ row: Record<string, string | number>; median: number }> {
  const c = corpus(size, size);
  const { texts, origin } = c;
  const passes = await rounds((r) => pass(r < 0 ? warm : c));
  const last = passes[passes.length - 1] as ReturnType<typeof pass>;
  const secs = spread(passes.map((p) => p.seconds));
  // a planted copy reworded below the threshold is not a near-duplicate by definition; the rest LSH missed
  const lshMissed = last.missed.filter(
    (i) => nearDupSimilarity(texts[i] as string, texts[origin[i] as number] as string) >= NEAR_DUP_JACCARD,
  ).length;
  const row = {
    articles: size,
    seconds: fmt(secs, 2),
    'µs/article': Math.round((secs.median * 1e6) / size),
    'candidates/article': Number((last.candidates / size).toFixed(1)),
    planted: last.planted,
    recall: Number((last.found / Math.max(1, last.planted)).toFixed(4)),
    'missed ≥ threshold': lshMissed,
    'false matches': last.wrong,
    // the machine is shared: a high load average explains slow, noisy timings
    'load avg': load(),
  };
  return { row, median: secs.median };
}

/**
 * Benchmark rows: one per corpus size (median and min–max of the rounds, after a warm-up pass), then the
 * 10k→100k growth ratio of the medians (10 would be linear).
 */
export async function run(): Promise<Record<string, string | number>[]> {
  const warm = corpus(SIZES[0] as number, 1);
  const rows: Record<string, string | number>[] = [];
  const medians: number[] = [];
  for (const size of SIZES) {
    const { row, median } = await measure(size, warm);
    rows.push(row);
    medians.push(median);
  }
  const growth = (medians[medians.length - 1] ?? 0) / (medians[0] ?? 1);
  rows.push({ articles: 'growth 10k→100k (medians)', seconds: Number(growth.toFixed(1)) });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run());
}
