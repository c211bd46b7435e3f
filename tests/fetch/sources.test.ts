import { describe, expect, it } from 'vitest';
import type { Source } from '../../shared/domain/index.ts';
import { listSource } from '../../shared/fetch/list.ts';
import { useSourceFixtures } from '../helpers/sources.ts';

const fx = useSourceFixtures();
const { sources, byId, list } = fx;

describe('every default source lists from its recorded fixture', () => {
  it.each(sources.map((s) => s.id))(
    '%s lists dated items with absolute URLs, each with a page or body',
    async (id) => {
      const res = await list(id);
      expect(res.items.length).toBeGreaterThanOrEqual(3);
      expect(res.pagesFetched).toBe(1);
      for (const item of res.items) {
        expect(item.url).toMatch(/^https:\/\//);
        expect(item.title).toBeTruthy();
        // Any zone: a feed's own offset is kept, MFA listings are Beijing time, older Almaty times are +06:00.
        expect(item.published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/);
        // The article page exists (items carrying their body need none).
        if (!item.html) expect((await fx.http.get(item.url)).status).toBe(200);
      }
    },
  );
});

describe('seed articles are items of their feeds', () => {
  it('Kazinform English carries seeds 001 and 003 with their dates', async () => {
    const res = await list('kazinform-en');
    const byUrl = new Map(res.items.map((i) => [i.url, i]));
    const s001 = byUrl.get(
      'https://qazinform.com/news/kazakh-fm-nurtleu-begins-official-visit-to-china-c1e2a3',
    );
    const s003 = byUrl.get(
      'https://qazinform.com/news/kazakhstan-china-hold-strategic-dialogue-in-almaty-48a38b',
    );
    expect(s001?.published?.slice(0, 10)).toBe('2024-03-31');
    expect(s003?.published?.slice(0, 10)).toBe('2025-04-26');
    expect(s003?.guid).toBe(s003?.url);
  });

  it('Daryo English carries seed 002', async () => {
    const res = await list('daryo-en');
    const item = res.items.find((i) =>
      i.url.endsWith('/2024/05/20/wang-yi-arrives-in-kazakhstan-on-official-visit/'),
    );
    expect(item?.published?.slice(0, 10)).toBe('2024-05-20');
    expect(item?.guid).toMatch(/\?p=\d+$/);
  });

  it('TCA carries seed 004 with its full text and author bio in content:encoded', async () => {
    const res = await list('timesca');
    const item = res.items.find(
      (i) => i.url === 'https://timesca.com/kazakhstan-and-china-discuss-joint-projects/',
    );
    expect(item?.published?.slice(0, 10)).toBe('2018-11-09');
    expect(item?.html).toContain('Kairat Abdrakhmanov held a meeting with the new Ambassador of China');
    expect(item?.html).toContain('Sergey Kwan has worked for The Times of Central Asia');
  });

  it('the gov.kz MFA API carries seed 000 with its body, linked to the public page', async () => {
    const res = await list('mfa-en');
    const item = res.items.find((i) => i.title === 'Kazakhstan and China strengthen bilateral cooperation');
    expect(item?.url).toBe('https://www.gov.kz/memleket/entities/mfa/press/news/details/986330?lang=en');
    expect(item?.published).toBe('2025-04-25T18:30:00+05:00');
    expect(item?.html).toContain('Liu Jianchao');
    expect(item?.guid).toBe('mfa-en:986330');
  });
});

describe('formats', () => {
  it('decodes the windows-1251 Kazinform Russian feed', async () => {
    const res = await list('kazinform-ru');
    expect(res.items.map((i) => i.title)).toContain(
      'Казахстан и Китай подписали меморандум о сотрудничестве между МИД на 2026-2028 годы',
    );
  });

  it('decodes a windows-1251 page declared only by <meta http-equiv>', async () => {
    const res = await fx.http.get(
      'https://tengrinews.kz/kazakhstan_news/v-almatyi-proshel-strategicheskiy-dialog-glav-mid-kazahstana-i-kitaya-566801/',
    );
    expect(res.headers['content-type']).toBe('text/html');
    expect(res.body).toContain('Министры иностранных дел Казахстана и Китая Мурат Нуртлеу и Ван И');
  });

  it('keys Tengrinews items, which have no GUID, by link', async () => {
    const res = await list('tengrinews-ru');
    expect(res.items.every((i) => i.guid === null)).toBe(true);
    expect(new Set(res.items.map((i) => i.url)).size).toBe(res.items.length);
  });

  it('sends the source headers: gov.kz gets its language in Accept-Language', async () => {
    await list('mfa-ru');
    const req = fx.server.requests.find((r) => r.url === byId('mfa-ru').url);
    expect(req?.headers['accept-language']).toBe('ru');
  });

  it('reads the gov.kz name/createdDate spelling', async () => {
    const res = await list('mfa-ru');
    expect(res.items[0]?.title).toBe(
      'Казахстан и Китай провели Стратегический диалог на уровне министров иностранных дел',
    );
    expect(res.items[0]?.published).toBe('2025-04-26T19:10:00+05:00');
  });

  it('resolves Chinese MFA relative links and dates them from the listing', async () => {
    const res = await list('mfa-cn');
    expect(res.items[0]?.url).toBe('https://www.mfa.gov.cn/eng/xw/zyxw/202504/t20250426_11603051.html');
    expect(res.items[0]?.title).toBe(
      'Wang Yi Holds Talks with Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu',
    );
    expect(res.items[0]?.published?.slice(0, 10)).toBe('2025-04-26');
  });

  it('reads the Akorda listing date and time from each card', async () => {
    const res = await list('akorda');
    expect(res.items[0]).toMatchObject({
      url: 'https://www.akorda.kz/en/head-of-state-receives-foreign-minister-of-china-wang-yi-2654510',
      title: 'Head of State receives Foreign Minister of China Wang Yi',
      published: '2025-04-26T16:40:00+05:00',
    });
  });

  it('reads a Kazinform .allNewsCard listing with «Сегодня» / «Вчера» dates', async () => {
    const lenta: Source = {
      id: 'kazinform-lenta',
      outlet: 'Kazinform',
      lang: 'ru',
      kind: 'html',
      enabled: true,
      headers: {},
      bodySelectors: [],
      maxPageBack: 0,
      url: 'https://www.inform.kz/ru/lenta',
      linkSelector: '.allNewsCard a.allNewsCard_title',
      dateSelector: '.allNewsCard_time',
    };
    const res = await listSource(lenta, fx.http, null, { now: new Date('2025-04-27T06:00:00Z') });
    expect(res.items.map((i) => i.published)).toEqual([
      '2025-04-27T09:40:00+05:00',
      '2025-04-26T18:55:00+05:00',
      '2025-04-26T11:20:00+05:00',
      '2025-04-25T16:05:00+05:00',
    ]);
    expect(res.items[0]?.url).toBe(
      'https://www.inform.kz/ru/tokaev-provel-telefonnyy-razgovor-s-predsedatelem-evropeyskogo-soveta_a4190311',
    );
  });
});
