import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { parseArticlePage } from '../../shared/parse/index.ts';
import { useSourceFixtures } from '../helpers/sources.ts';

/** The Kazakh and Chinese sources, through the loopback fixture server and the production fetch code. */
const fx = useSourceFixtures();
const { byId, list } = fx;

/** Parses a fetched page with its source's body selectors and extracts it as published on the event's day. */
function extractPage(html: string, url: string, sourceId: string, id: string) {
  const page = parseArticlePage(html, { url, bodySelectors: byId(sourceId).bodySelectors });
  return extractArticle({ id, text: page.text, title: page.title ?? undefined, published: '2025-04-26' });
}

describe('Kazakh sources', () => {
  it('asks gov.kz for Kazakh in Accept-Language and reads the items with their bodies', async () => {
    const res = await list('mfa-kk');
    const req = fx.server.requests.find((r) => r.url === byId('mfa-kk').url);
    expect(req?.headers['accept-language']).toBe('kk');
    expect(res.items[0]?.title).toContain('стратегиялық диалогын');
    expect(res.items[0]?.published).toBe('2025-04-26T19:20:00+05:00');
    expect(res.items[0]?.html).toContain('меморандумға қол қойды');
  });

  it('reads Akorda Kazakh listing dates with Kazakh month names', async () => {
    const res = await list('akorda-kk');
    expect(res.items[0]).toMatchObject({
      url: 'https://www.akorda.kz/kz/memleket-basshysy-qhr-syrtqy-ister-ministri-van-idi-qabyldady-2654511',
      published: '2025-04-26T16:40:00+05:00',
    });
  });

  it('lists Kazinform Kazakh feed items, and their pages extract as Kazakh', async () => {
    const res = await list('kazinform-kk');
    expect(res.items.map((i) => i.title)).toContain(
      'Қазақстан мен Қытай тауар айналымын арттыруды талқылады',
    );
    const url = res.items.find((i) => i.title?.includes('тауар айналымын'))?.url ?? '';
    const out = extractPage((await fx.http.get(url)).body, url, 'kazinform-kk', 'k');
    expect(out.relevant).toBe(true);
    expect(out.event?.figures[0]).toMatchObject({
      metric: 'trade_turnover',
      value: 43_800_000_000,
      unit: 'USD',
    });
  });
});

describe('Chinese sources', () => {
  it('resolves the Chinese MFA .shtml links and dates them in Beijing time', async () => {
    const res = await list('mfa-cn-zh');
    expect(res.items[0]?.url).toBe('https://www.mfa.gov.cn/web/wjbzhd/202504/t20250426_11603102.shtml');
    expect(res.items[0]?.title).toBe('王毅同哈萨克斯坦副总理兼外长努尔特列乌举行中哈外长战略对话');
    expect(res.items[0]?.published).toBe('2025-04-26T00:00:00+08:00');
  });

  it("decodes People's Daily GB2312-declared listings and pages (GBK bytes)", async () => {
    const res = await list('peoples-daily-world');
    expect(res.items[0]).toMatchObject({
      url: 'https://world.people.com.cn/n1/2025/0426/c1002-40467021.html',
      title: '中哈外长举行战略对话',
      published: '2025-04-26T20:45:00+08:00',
    });
    const url = res.items[0]?.url ?? '';
    const raw = await fx.http.get(url);
    expect(raw.body).toContain('去年中哈双边贸易额达到438亿美元');
    const out = extractPage(raw.body, url, 'peoples-daily-world', 'p');
    expect(out.relevant).toBe(true);
    expect(out.event?.location).toBe('Almaty');
    expect(out.event?.figures[0]).toMatchObject({
      metric: 'trade_turnover',
      value: 43_800_000_000,
      unit: 'USD',
    });
  });
});
