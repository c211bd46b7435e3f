import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { Source } from '../domain/index.ts';
import { ValidationError } from '../errors.ts';

const GOV_KZ_NEWS = 'https://www.gov.kz/api/v1/public/content-manager/news';
const GOV_KZ_PAGE = 'https://www.gov.kz/memleket/entities/mfa/press/news/details/{id}';

/**
 * gov.kz MFA news API for one language. The language travels in Accept-Language (what the API reads);
 * it is repeated as `lang=` in the URL so each language has its own URL, ETag and fixture.
 */
function govKz(lang: 'en' | 'ru' | 'kk'): unknown {
  const query = (page: string) =>
    `sort-by=created_date:DESC&projects=eq:mfa&page=${page}&size=20&lang=${lang}`;
  return {
    id: `mfa-${lang}`,
    outlet: 'Ministry of Foreign Affairs of Kazakhstan',
    lang,
    kind: 'json',
    url: `${GOV_KZ_NEWS}?${query('1')}`,
    pageUrl: `${GOV_KZ_NEWS}?${query('{n}')}`,
    itemUrl: `${GOV_KZ_PAGE}?lang=${lang}`,
    headers: { 'accept-language': lang },
    maxPageBack: 5,
  };
}

const WORDPRESS_BODY = ['.entry-content', '.post-content'];
/** One comma selector: the lead and the body, both, in document order. */
const KAZINFORM_BODY = ['.article__description, .article__body-text'];

/**
 * The sources in the relationship's own languages beside English and Russian (issue 19): Akorda and Kazinform in
 * Kazakh, the Chinese MFA's minister's activities and People's Daily's world news in Chinese. People's Daily
 * serves GB2312/GBK pages declared by `<meta http-equiv>` (decoded by ../fetch/charset.ts); its listing path and
 * Kazinform's Kazakh feed path are unverified (configurable, like the Russian feed).
 */
const KAZAKH_AND_CHINESE: unknown[] = [
  {
    id: 'kazinform-kk',
    outlet: 'Kazinform',
    lang: 'kk',
    kind: 'rss',
    url: 'https://www.inform.kz/rss/kaz.xml',
    bodySelectors: KAZINFORM_BODY,
  },
  {
    id: 'akorda-kk',
    outlet: 'Akorda',
    lang: 'kk',
    kind: 'html',
    url: 'https://www.akorda.kz/kz/events',
    pageUrl: 'https://www.akorda.kz/kz/events?page={n}',
    linkSelector: 'div.list-block-title a',
    dateSelector: '.list-block-date',
    bodySelectors: ['.article-text'],
  },
  {
    id: 'mfa-cn-zh',
    outlet: '中华人民共和国外交部',
    lang: 'zh',
    kind: 'html',
    // The minister's activities (外交部长活动): his meetings, calls and talks, Chinese readouts first.
    url: 'https://www.mfa.gov.cn/web/wjbzhd/',
    pageUrl: 'https://www.mfa.gov.cn/web/wjbzhd/index_{n-1}.shtml',
    linkSelector: 'div.newsBd li a',
    dateSelector: 'span',
    bodySelectors: ['div.news-main', '#News_Body_Txt_A', '.TRS_Editor'],
  },
  {
    id: 'peoples-daily-world',
    outlet: '人民网',
    lang: 'zh',
    kind: 'html',
    url: 'https://world.people.com.cn/GB/157278/index.html',
    pageUrl: 'https://world.people.com.cn/GB/157278/index{n}.html',
    linkSelector: 'ul.list_16 li a',
    dateSelector: 'em',
    bodySelectors: ['.rm_txt_con'],
  },
];

/** The default sources (see ../shared/SOURCES.md for what is known of each format). */
const DEFAULTS: unknown[] = [
  govKz('en'),
  govKz('ru'),
  govKz('kk'),
  {
    id: 'kazinform-en',
    outlet: 'Kazinform',
    lang: 'en',
    kind: 'rss',
    url: 'https://qazinform.com/rss/en.xml',
    bodySelectors: KAZINFORM_BODY,
  },
  {
    id: 'kazinform-ru',
    outlet: 'Kazinform',
    lang: 'ru',
    kind: 'rss',
    url: 'https://www.inform.kz/rss/rus.xml',
    bodySelectors: KAZINFORM_BODY,
  },
  {
    id: 'astanatimes',
    outlet: 'The Astana Times',
    lang: 'en',
    kind: 'rss',
    url: 'https://astanatimes.com/feed/',
    // The feed holds ~11 hours of news: the archive fills the gap between daily polls.
    archiveUrl: 'https://astanatimes.com/page/{n}/',
    maxPageBack: 10,
    bodySelectors: WORDPRESS_BODY,
  },
  {
    id: 'timesca',
    outlet: 'The Times of Central Asia',
    lang: 'en',
    kind: 'rss',
    url: 'https://timesca.com/feed/',
    bodySelectors: WORDPRESS_BODY,
  },
  ...(['en', 'ru'] as const).map((lang) => ({
    id: `daryo-${lang}`,
    outlet: 'Daryo',
    lang,
    kind: 'rss',
    url: `https://daryo.uz/${lang}/feed/`,
    bodySelectors: ['.article__text'],
  })),
  {
    id: 'tengrinews-ru',
    outlet: 'Tengrinews',
    lang: 'ru',
    kind: 'rss',
    url: 'https://tengrinews.kz/news.rss',
    bodySelectors: ['.content_main_text'],
  },
  {
    id: 'tengrinews-en',
    outlet: 'Tengrinews',
    lang: 'en',
    kind: 'rss',
    url: 'https://tengrinews.kz/eng/rss/',
    bodySelectors: ['.content_main_text'],
  },
  {
    id: 'akorda',
    outlet: 'Akorda',
    lang: 'en',
    kind: 'html',
    url: 'https://www.akorda.kz/en/events',
    pageUrl: 'https://www.akorda.kz/en/events?page={n}',
    linkSelector: 'div.list-block-title a',
    dateSelector: '.list-block-date',
    bodySelectors: ['.article-text'],
  },
  {
    id: 'mfa-cn',
    outlet: 'Ministry of Foreign Affairs of the PRC',
    lang: 'en',
    kind: 'html',
    url: 'https://www.mfa.gov.cn/eng/xw/zyxw/',
    // TRS CMS numbering: page 2 is index_1.html.
    pageUrl: 'https://www.mfa.gov.cn/eng/xw/zyxw/index_{n-1}.html',
    linkSelector: 'ul.list1 li a',
    dateSelector: 'span',
    bodySelectors: ['#News_Body_Txt_A', '.TRS_Editor'],
  },
  ...KAZAKH_AND_CHINESE,
];

/** A sources file: a bare array, or `{ "sources": [...] }`; ids unique; templates carry their placeholders. */
const SourceList = z
  .array(Source)
  .min(1)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${s.id}"` });
      seen.add(s.id);
      const tpl = s.kind === 'rss' ? s.archiveUrl : s.pageUrl;
      if (tpl !== undefined && !/\{n(-1)?\}/.test(tpl))
        ctx.addIssue({ code: 'custom', path: [i], message: 'page template lacks {n}' });
      if (s.kind === 'json' && !s.itemUrl.includes('{id}'))
        ctx.addIssue({ code: 'custom', path: [i, 'itemUrl'], message: 'itemUrl lacks {id}' });
    });
  });

/**
 * The configured sources: the defaults, or `json` (parsed sources-file content) replacing them.
 * Invalid configuration is a ValidationError naming the first offending path.
 */
export function loadSources(json?: unknown): Source[] {
  const input = json === undefined ? DEFAULTS : json;
  const wrapped = typeof input === 'object' && input !== null && 'sources' in input;
  const parsed = SourceList.safeParse(wrapped ? (input as { sources: unknown }).sources : input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = ['sources', ...(issue?.path ?? [])].join('.');
    throw new ValidationError(`invalid sources config at ${where}: ${issue?.message ?? 'invalid'}`, where);
  }
  return parsed.data;
}

/** Reads and validates a sources JSON file (see loadSources). */
export async function loadSourcesFile(path: string): Promise<Source[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new ValidationError(`cannot read sources file ${path}`, 'sources', { cause: err });
  }
  try {
    return loadSources(JSON.parse(text));
  } catch (err) {
    if (err instanceof ValidationError) throw err;
    throw new ValidationError(`sources file ${path} is not valid JSON`, 'sources', { cause: err });
  }
}
