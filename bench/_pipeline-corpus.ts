/**
 * The pipeline bench's synthetic corpus (bench/run.ts skips files starting with "_"): realistic article pages and
 * feed fragments in English and Russian, Kazakhstan–China and unrelated, 5 % re-posts, dated over 365 days.
 */
import { rng } from './_rng.ts';

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
      '{kz} met {cn} in {city} on {date}.',
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
      'Kazakhstan and {other} discussed cooperation in {sector} at a meeting in {city} on {date}.',
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
      '{kz} встретился с {cn} в {city} {date}.',
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
      'Казахстан провел переговоры с {other} в {city} {date}.',
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

const MONTHS = {
  en: 'January February March April May June July August September October November December'.split(' '),
  ru: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' '),
};

/** The first day of the spread; articles fall on this day and the 364 after it. */
const SPAN_START = Date.UTC(2025, 0, 1);
/** Days the corpus is spread over. */
const SPAN_DAYS = 365;

/** A day written as the outlets write it in the lead: "April 26, 2025" or "26 апреля 2025 года". */
function dateWords(lang: 'en' | 'ru', day: Date): string {
  const d = day.getUTCDate();
  const y = day.getUTCFullYear();
  const m = MONTHS[lang][day.getUTCMonth()];
  return lang === 'en' ? `${m} ${d}, ${y}` : `${d} ${m} ${y} года`;
}

function fill(r: Rand, lang: 'en' | 'ru', t: string, day: Date): string {
  const p = POOLS[lang];
  return t.replace(/\{(\w+)\}/g, (_, k: string) =>
    k === 'date'
      ? dateWords(lang, day)
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
function page(title: string, paragraphs: string[], i: number, published: string): string {
  const nav = ['Politics', 'Economy', 'Society', 'World', 'Sport']
    .map((s) => `<li><a href="/${s.toLowerCase()}/">${s}</a></li>`)
    .join('');
  const related = [1, 2, 3]
    .map((k) => `<li><a href="/news/${i + k}/">Related story ${i + k}</a></li>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title} | News</title><meta property="og:title" content="${title}"><meta property="article:published_time" content="${published}"><link rel="canonical" href="https://news.example/${i}/"></head><body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>${title}</h1><div class="entry-content">${paragraphs.map((p) => `<p>${p}</p>`).join('')}<div class="share">Share: Facebook Telegram</div></div></article><aside><h3>Read also</h3><ul>${related}</ul></aside></main><footer>© 2025 News. All rights reserved.</footer></body></html>`;
}

/** One synthetic article: a whole page or a feed fragment. */
export interface Synthetic {
  id: string;
  html: string;
  fragment: boolean;
  title: string;
  /** Publication time, the morning after the event in Almaty time. */
  published: string;
}

/** `n` synthetic articles, the same on every run (seeded). */
export function corpus(n: number): Synthetic[] {
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
    const day = new Date(SPAN_START + Math.floor(r() * SPAN_DAYS) * 86_400_000);
    const published = `${new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10)}T10:00:00+05:00`;
    // The lead sentence, then four to seven others in random order: articles share phrasing, not whole texts.
    const chosen = rest.filter(() => r() < 0.55).sort(() => r() - 0.5);
    const paragraphs = [lead ?? '', ...chosen].map((t) => fill(r, lang, t, day));
    const title = paragraphs[0]?.split(/[.,]/)[0] ?? `Story ${i}`;
    const fragment = r() < 0.3;
    const html = fragment
      ? paragraphs.map((p) => `<p>${p}</p>`).join('\n')
      : page(title, paragraphs, i, published);
    out.push({ id: `a${i}`, html, fragment, title, published });
  }
  return out;
}
