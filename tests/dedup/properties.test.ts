import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClusterInput, canonicalUrl, clusterArticles } from '../../shared/dedup/index.ts';
import type { EventKind } from '../../shared/domain/index.ts';
import { extracted, person } from './fixtures.ts';

const host = fc.constantFrom('astanatimes.com', 'www.inform.kz', 'qazinform.com', 'timesca.com', 'daryo.uz');
const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
const tracking = fc.constantFrom(
  'utm_source=tg',
  'utm_campaign=x',
  'fbclid=abc',
  'gclid=1',
  'yclid=2',
  'ref=home',
);

describe('canonicalUrl properties', () => {
  it('is idempotent and ignores tracking parameters, fragments, scheme, www and trailing slashes', () => {
    fc.assert(
      fc.property(
        host,
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.array(tracking, { maxLength: 3 }),
        (h, segs, tr) => {
          const plain = `https://${h}/${segs.join('/')}`;
          const noisy = `http://${h.toUpperCase()}/${segs.join('/')}/${tr.length ? `?${tr.join('&')}` : ''}#top`;
          const c = canonicalUrl(plain);
          expect(canonicalUrl(noisy)).toBe(c);
          expect(canonicalUrl(c)).toBe(c);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** One generated report: who met whom, on which day of March 2025, in what form and language. */
type Report = { kz: string; cn: string; day: number; dated: boolean; kind: EventKind; lang: 'en' | 'ru' };

const KZ = ['Murat Nurtleu', 'Yermek Kosherbayev', 'Arman Shakkaliyev', 'Olzhas Bektenov'];
const CN = ['Wang Yi', 'Wang Wentao', 'Zhang Guoqing', 'Liu Jianchao'];
const report: fc.Arbitrary<Report> = fc.record({
  kz: fc.constantFrom(...KZ),
  cn: fc.constantFrom(...CN),
  day: fc.integer({ min: 1, max: 9 }),
  dated: fc.boolean(),
  kind: fc.constantFrom<EventKind>('meeting', 'visit', 'phone_call', 'forum'),
  lang: fc.constantFrom<'en' | 'ru'>('en', 'ru'),
});

describe('clusterArticles properties', () => {
  it('assigns the same ids whatever the input order', () => {
    fc.assert(
      fc.property(fc.array(report, { minLength: 1, maxLength: 25 }), fc.integer(), (reports, seed) => {
        const items: ClusterInput[] = reports.map((r, i) => ({
          input: {
            id: `a${i}`,
            url: `https://example.kz/${r.lang}/story-${i}`,
            published: `2025-03-0${r.day}`,
            lang: r.lang,
            text: `Report ${i}`,
          },
          result: {
            relevant: true,
            event: extracted({
              kind: r.kind,
              eventDate: r.dated ? `2025-03-0${r.day}` : null,
              participants: [person(r.kz, null, 'KZ'), person(r.cn, null, 'CN')],
            }),
          },
        }));
        const ids = clusterArticles(items);
        const shuffled = [...items.keys()].sort(
          (a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101),
        );
        const again = clusterArticles(shuffled.map((k) => items[k] as ClusterInput));
        for (const [j, k] of shuffled.entries()) expect(again[j]).toBe(ids[k]);
      }),
      { numRuns: 100 },
    );
  });

  it('never puts reports with different counterparts or over a day apart in one event', () => {
    fc.assert(
      fc.property(fc.array(report, { minLength: 2, maxLength: 20 }), (reports) => {
        const items: ClusterInput[] = reports.map((r, i) => ({
          input: { id: `a${i}`, published: `2025-03-0${r.day}`, lang: r.lang, text: `Report number ${i}` },
          result: {
            relevant: true,
            event: extracted({
              kind: r.kind,
              eventDate: `2025-03-0${r.day}`,
              participants: [person(r.kz, null, 'KZ'), person(r.cn, null, 'CN')],
              // dates read from the text (a publication-day fallback may be a day or two late)
              evidence: { kind: null, eventDate: `on ${r.day} March`, location: null },
            }),
          },
        }));
        const ids = clusterArticles(items);
        for (let i = 0; i < reports.length; i++)
          for (let j = i + 1; j < reports.length; j++) {
            if (ids[i] !== ids[j]) continue;
            const [a, b] = [reports[i], reports[j]] as [Report, Report];
            expect(a.cn).toBe(b.cn);
            expect(a.kz).toBe(b.kz);
            expect(Math.abs(a.day - b.day)).toBeLessThanOrEqual(1);
            expect(a.kind === 'phone_call').toBe(b.kind === 'phone_call');
          }
      }),
      { numRuns: 100 },
    );
  });
});
