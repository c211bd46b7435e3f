import { cpus, loadavg } from 'node:os';
import {
  type ClusterInput,
  clusterArticles,
  contentHash,
  NearDupIndex,
  simhash,
} from '../shared/dedup/index.ts';
import { extractArticle } from '../shared/extract/index.ts';
import { htmlFragmentToText, parseArticlePage } from '../shared/parse/index.ts';
import { rng } from './_rng.ts';

/**
 * Pipeline throughput without I/O: parse (whole pages through parseArticlePage, feed fragments through
 * htmlFragmentToText), extract (extractArticle) and dedup (contentHash, simhash, NearDupIndex.check, then
 * clusterArticles over the lot) for 10,000 synthetic articles built from realistic templates: English and
 * Russian, Kazakhstan–China and unrelated, 5 % re-posts. Everything runs on ONE thread (Node, no workers), so
 * articles/s is also the per-core figure. A second table times parseArticlePage on deeply nested pages.
 */

const N = 10_000;

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

const POOLS = {
  en: {
    kz: [
      'Foreign Minister Murat Nurtleu',
      'Prime Minister Olzhas Bektenov',
      'President Kassym-Jomart Tokayev',
      'Trade Minister Arman Shakkaliyev',
      'Energy Minister Almassadam Satkaliyev',
    ],
    cn: [
      'Chinese Foreign Minister Wang Yi',
      'Premier Li Qiang',
      'President Xi Jinping',
      'Commerce Minister Wang Wentao',
      'Ambassador Han Chun',
    ],
    city: ['Astana', 'Almaty', 'Beijing', 'Urumqi', 'Shanghai', 'Xi’an'],
    sector: [
      'transport and logistics',
      'green energy',
      'agriculture',
      'critical minerals',
      'digital economy',
      'tourism',
    ],
    other: ['Uzbekistan', 'the European Union', 'Türkiye', 'Kyrgyzstan', 'Japan'],
  },
  ru: {
    kz: [
      'министр иностранных дел Мурат Нуртлеу',
      'премьер-министр Олжас Бектенов',
      'президент Касым-Жомарт Токаев',
      'министр торговли Арман Шаккалиев',
    ],
    cn: [
      'министр иностранных дел КНР Ван И',
      'премьер Госсовета КНР Ли Цян',
      'председатель КНР Си Цзиньпин',
      'посол Китая Хань Чунь',
    ],
    city: ['Астане', 'Алматы', 'Пекине', 'Урумчи', 'Шанхае'],
    sector: [
      'транспорта и логистики',
      'зеленой энергетики',
      'сельского хозяйства',
      'цифровой экономики',
      'туризма',
    ],
    other: ['Узбекистаном', 'Евросоюзом', 'Турцией', 'Кыргызстаном', 'Японией'],
  },
};

const TEMPLATES = {
  en: {
    rel: [
      '{kz} met {cn} in {city} on April {d}, 2025.',
      'The sides discussed cooperation in {sector} and {sector}, and the implementation of agreements reached at the highest level.',
      'Following the talks, the parties signed a memorandum of understanding on cooperation in {sector} for 2025–2027.',
      'Bilateral trade between Kazakhstan and China reached {n} billion US dollars last year, up {p} percent.',
      '“China is our reliable partner and good neighbour,” {kz} said.',
      'The portfolio of joint projects includes {n} projects worth about {n}.{p} billion US dollars.',
      '{cn} said China was ready to deepen practical cooperation in {sector}.',
      'Special attention was paid to the China–Europe transit route, where container traffic grew by {p} percent.',
      'A new freight terminal near {city} will handle {n}0 thousand containers a year from {y}.',
      'The next meeting of the intergovernmental committee will take place in {city} in {y}.',
      'The ministers exchanged views on regional issues and cooperation within the SCO.',
      'According to {kz}, exports of wheat to China rose to {n}0 thousand tonnes in {y}.',
      'The agreement provides for an investment of {n}{p} million US dollars in a plant near {city}.',
    ],
    unrel: [
      'Kazakhstan and {other} discussed cooperation in {sector} at a meeting in {city} on April {d}, 2025.',
      'The delegations reviewed {n} joint projects and agreed to meet again in the autumn.',
      'Officials said trade with {other} grew by {p} percent in the first quarter.',
      'A business forum gathered more than {n}0 companies from both countries.',
      'The project in {sector} is estimated at {n}{p} million euros and will create {n}00 jobs.',
      'The ministers also discussed water management and a new flight to {city} from {y}.',
      'Experts expect the figure to reach {n} billion dollars by {y}, the ministry said.',
      'The road section of {n}{p} kilometres will be completed in {y}.',
      'Earlier, the parties launched a joint venture in {sector} with a capacity of {n}{p} units.',
    ],
  },
  ru: {
    rel: [
      '{kz} встретился с {cn} в {city} {d} апреля 2025 года.',
      'Стороны обсудили сотрудничество в сфере {sector} и {sector}, а также реализацию договоренностей, достигнутых на высшем уровне.',
      'По итогам переговоров подписан меморандум о сотрудничестве в области {sector} на 2025–2027 годы.',
      'Товарооборот между Казахстаном и Китаем в прошлом году составил {n} млрд долларов США, увеличившись на {p}%.',
      '«Китай — наш надежный партнер и добрый сосед», — отметил {kz}.',
      'Портфель совместных проектов включает {n} проектов на сумму около {n},{p} млрд долларов.',
      '{cn} заявил о готовности Китая углублять практическое сотрудничество в сфере {sector}.',
      'Особое внимание уделено транзиту по маршруту Китай — Европа, объем контейнерных перевозок вырос на {p}%.',
      'Новый грузовой терминал в {city} будет обрабатывать {n}0 тысяч контейнеров в год с {y} года.',
      'Следующее заседание межправительственного комитета пройдет в {city} в {y} году.',
      'По словам {kz}, экспорт пшеницы в Китай вырос до {n}0 тысяч тонн в {y} году.',
      'Соглашение предусматривает инвестиции в размере {n}{p} млн долларов в завод вблизи {city}.',
    ],
    unrel: [
      'Казахстан провел переговоры с {other} в {city} {d} апреля 2025 года.',
      'Делегации рассмотрели {n} совместных проектов в сфере {sector}.',
      'По данным ведомства, товарооборот с {other} вырос на {p}% в первом квартале.',
      'В бизнес-форуме приняли участие более {n}0 компаний двух стран.',
      'Стоимость проекта в сфере {sector} оценивается в {n}{p} млн евро, будет создано {n}00 рабочих мест.',
      'Министры также обсудили водное хозяйство и новый авиарейс в {city} с {y} года.',
      'Эксперты ожидают, что показатель достигнет {n} млрд долларов к {y} году, сообщили в ведомстве.',
      'Участок дороги протяженностью {n}{p} километров будет завершен в {y} году.',
    ],
  },
};

function fill(r: Rand, lang: 'en' | 'ru', t: string): string {
  const p = POOLS[lang];
  return t.replace(/\{(\w+)\}/g, (_, k: string) =>
    k === 'd'
      ? String(1 + Math.floor(r() * 28))
      : k === 'y'
        ? String(2025 + Math.floor(r() * 6))
        : k === 'n'
          ? String(2 + Math.floor(r() * 40))
          : k === 'p'
            ? String(1 + Math.floor(r() * 30))
            : pick(r, p[k as keyof typeof p] as string[]),
  );
}

/** A realistic article page: head metadata, navigation, the body in `.entry-content`, related links, footer. */
function page(title: string, paragraphs: string[], i: number): string {
  const nav = ['Politics', 'Economy', 'Society', 'World', 'Sport']
    .map((s) => `<li><a href="/${s.toLowerCase()}/">${s}</a></li>`)
    .join('');
  const related = [1, 2, 3]
    .map((k) => `<li><a href="/news/${i + k}/">Related story ${i + k}</a></li>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title} | News</title><meta property="og:title" content="${title}"><meta property="article:published_time" content="2025-04-26T10:00:00+05:00"><link rel="canonical" href="https://news.example/${i}/"></head><body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>${title}</h1><div class="entry-content">${paragraphs.map((p) => `<p>${p}</p>`).join('')}<div class="share">Share: Facebook Telegram</div></div></article><aside><h3>Read also</h3><ul>${related}</ul></aside></main><footer>© 2025 News. All rights reserved.</footer></body></html>`;
}

interface Synthetic {
  id: string;
  html: string;
  fragment: boolean;
  title: string;
}

function corpus(n: number): Synthetic[] {
  const r = rng(42);
  const out: Synthetic[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 20 && r() < 0.05) {
      const orig = out[Math.floor(r() * out.length)] as Synthetic;
      out.push({ ...orig, id: `a${i}`, title: `${orig.title} (updated)` });
      continue;
    }
    const lang = r() < 0.5 ? 'en' : 'ru';
    const rel = r() < 0.5;
    const [lead, ...rest] = TEMPLATES[lang][rel ? 'rel' : 'unrel'];
    // The lead sentence, then four to seven others in random order: articles share phrasing, not whole texts.
    const chosen = rest.filter(() => r() < 0.55).sort(() => r() - 0.5);
    const paragraphs = [lead ?? '', ...chosen].map((t) => fill(r, lang, t));
    const title = paragraphs[0]?.split(/[.,]/)[0] ?? `Story ${i}`;
    const fragment = r() < 0.3;
    const html = fragment ? paragraphs.map((p) => `<p>${p}</p>`).join('\n') : page(title, paragraphs, i);
    out.push({ id: `a${i}`, html, fragment, title });
  }
  return out;
}

function ms(from: number): number {
  return performance.now() - from;
}

/** `depth` nested divs around one paragraph, about `bytes` long (a hostile page). */
function nested(bytes: number): string {
  const open = '<div class="x">';
  const depth = Math.floor(bytes / (open.length + 6));
  return `<html><body><article class="entry-content">${open.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}</article></body></html>`;
}

/** Rows: parse, extract, dedup and total for 10,000 articles; then nested-div parse times. */
export async function run(): Promise<Record<string, string | number>[]> {
  const items = corpus(N);
  const texts: string[] = [];
  let t = performance.now();
  for (const a of items)
    texts.push(
      a.fragment
        ? htmlFragmentToText(a.html, a.title)
        : parseArticlePage(a.html, { url: `https://news.example/${a.id}/` }).text,
    );
  const parseMs = ms(t);
  t = performance.now();
  const cluster: ClusterInput[] = items.map((a, i) => {
    const input = { id: a.id, title: a.title, published: '2025-04-26T10:00:00+05:00', text: texts[i] ?? '' };
    return { input, result: extractArticle(input) };
  });
  const extractMs = ms(t);
  t = performance.now();
  const index = new NearDupIndex();
  const dedupStart = t;
  const hashes = new Set<string>();
  let dups = 0;
  for (const [i, text] of texts.entries()) {
    const h = contentHash(text);
    simhash(text);
    const exact = hashes.has(h);
    hashes.add(h);
    if (index.check(items[i]?.id ?? String(i), text).length > 0 || exact) dups++;
  }
  const dedupMs = ms(dedupStart);
  t = performance.now();
  const events = new Set(clusterArticles(cluster).filter((x) => x !== null)).size;
  const clusterMs = ms(t);
  const relevant = cluster.filter((c) => c.result.relevant).length;
  const row = (stage: string, msTotal: number) => ({
    stage,
    articles: N,
    seconds: Number((msTotal / 1000).toFixed(2)),
    'articles/s (= per core, 1 thread)': Math.round(N / (msTotal / 1000)),
    'µs/article': Math.round((msTotal * 1000) / N),
  });
  const rows: Record<string, string | number>[] = [
    row('parse', parseMs),
    row('extract', extractMs),
    row('dedup (hash, simhash, NearDupIndex)', dedupMs),
    row('clusterArticles', clusterMs),
    {
      ...row('total', parseMs + extractMs + dedupMs + clusterMs),
      note: `relevant ${relevant}, near/exact dups ${dups}, events ${events}`,
    },
  ];
  for (const kb of [256, 512, 1024, 2048]) {
    const html = nested(kb * 1024);
    t = performance.now();
    parseArticlePage(html, { url: 'https://hostile.test/deep' });
    rows.push({
      stage: `parse ${kb} KB of nested divs`,
      articles: 1,
      seconds: Number((ms(t) / 1000).toFixed(2)),
    });
  }
  rows.push({
    stage: 'machine',
    note: `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load ${(loadavg()[0] ?? 0).toFixed(1)}`,
  });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run());
}
