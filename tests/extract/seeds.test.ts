import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractResult } from '../../shared/domain/index.ts';
import { loadGold } from '../../shared/eval/score.ts';
import { extractArticle } from '../../shared/extract/index.ts';

const dir = join(import.meta.dirname, '../fixtures/seeds');
const gold = loadGold(join(dir, 'gold.jsonl'));

function run(file: string, published: string | null | undefined) {
  const text = readFileSync(join(dir, file), 'utf8');
  return extractArticle({ id: file, text, published: published ?? null });
}

describe('seed articles come out exactly as their gold labels say', () => {
  for (const rec of gold) {
    const g = rec.gold;
    const file = rec.file ?? '';
    describe(file, () => {
      const result = run(file, rec.published);
      const ev = result.event;

      it('is relevant, valid against the contract schema, with the gold kind, date and location', () => {
        expect(ExtractResult.safeParse(result).success).toBe(true);
        expect(result.relevant).toBe(g.relevant);
        expect(ev?.kind).toBe(g.kind);
        expect([g.eventDate ?? null, ...(g.eventDateAlt ?? [])]).toContain(ev?.eventDate ?? null);
        expect(ev?.location ?? null).toBe(g.location ?? null);
      });

      it('names exactly the gold participants and mentioned people, in English spelling', () => {
        expect(new Set(ev?.participants.map((p) => p.name))).toEqual(new Set(g.participants ?? []));
        expect(new Set(ev?.mentioned.map((p) => p.name))).toEqual(new Set(g.mentioned ?? []));
        for (const p of ev?.participants ?? []) expect(['KZ', 'CN']).toContain(p.country);
      });

      it('finds the gold agreements with their document type and status', () => {
        const got = (ev?.agreements ?? []).map((a) => `${a.docType}/${a.status}`).sort();
        expect(got).toEqual((g.agreements ?? []).map((a) => `${a.docType}/${a.status}`).sort());
        for (const a of ev?.agreements ?? []) expect(a.title.length).toBeGreaterThan(10);
      });

      it('normalises the gold figures (metric, value, year); project counts only where gold has a count', () => {
        const listed = new Set(
          (g.figures ?? []).filter((f) => f.metric === 'project_count').map((f) => f.value),
        );
        const counts = new Set(
          (g.figures ?? []).flatMap((f) => (f.count === undefined || listed.has(f.count) ? [] : [f.count])),
        );
        const got = (ev?.figures ?? []).filter((f) => !(f.metric === 'project_count' && counts.has(f.value)));
        const key = (f: { metric: string; value: number; year?: number | null }) =>
          `${f.metric}:${Math.round(f.value)}:${f.year ?? null}`;
        expect(got.map(key).sort()).toEqual((g.figures ?? []).map(key).sort());
      });

      it('lists the gold frameworks', () => {
        expect(new Set(ev?.frameworks)).toEqual(new Set(g.frameworks ?? []));
      });
    });
  }
});

describe('seed traps', () => {
  it('keeps the president whose message was read out as mentioned, not a participant (001)', () => {
    const ev = run('001_c3bfb3e0e1445077.txt', '2024-03-31').event;
    expect(ev?.mentioned.map((p) => p.name)).toEqual(['Kassym-Jomart Tokayev']);
    expect(ev?.participants.find((p) => p.name === 'Murat Nurtleu')?.role).toBe(
      'Deputy Prime Minister – Minister of Foreign Affairs',
    );
  });

  it("drops the trailing 'Earlier Daryo reported' China–Uzbekistan paragraph (002)", () => {
    const ev = run('002_fd3b26c682193b6e.txt', null).event;
    const names = [...(ev?.participants ?? []), ...(ev?.mentioned ?? [])].map((p) => p.name);
    expect(names).not.toContain('Xi Jinping');
    expect(names).not.toContain('Shavkat Mirziyoyev');
  });

  it('reads the signing year from context when there is no publication date (004)', () => {
    const ev = run('004_5c5e3bc40e4dff0d.txt', null).event;
    expect(ev?.eventDate).toBe('2018-11-09');
    expect(ev?.participants.find((p) => p.name === 'Zhang Xiao')).toMatchObject({
      name: 'Zhang Xiao',
      role: 'Ambassador to Kazakhstan',
      country: 'CN',
    });
  });

  it('resolves "last year" only when the publication date is known (000 vs 003)', () => {
    const without = run('000_69b3db5f65915465.txt', null).event;
    const withDate = run('003_3bfb323d08df5942.txt', '2025-04-26').event;
    expect(without?.figures.find((f) => f.metric === 'trade_turnover')?.year).toBeNull();
    expect(withDate?.figures.find((f) => f.metric === 'trade_turnover')?.year).toBe(2024);
  });
});
