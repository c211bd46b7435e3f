import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEV_SET, loadRealSet } from '../../shared/eval/real.ts';

/**
 * The dev set's texts are third-party: they may be read at test time but never copied into the repository. This
 * looks for any 90-character run of any dev text (one every 45 characters, white space folded: longer than
 * the formulae every outlet shares, such as an organisation's full name, shorter than a copied sentence) in every
 * file git tracks or would track.
 */
describe.skipIf(!existsSync(DEV_SET))('no third-party text in the repository', () => {
  it('finds no run of a dev-set text in any tracked file', () => {
    const fold = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();
    const snippets = new Set<string>();
    for (const row of loadRealSet(DEV_SET)) {
      const t = fold(`${row.title ?? ''}\n${row.text}`);
      for (let i = 0; i + 90 <= t.length; i += 45) snippets.add(t.slice(i, i + 90));
    }
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => f && existsSync(f) && statSync(f).isFile() && statSync(f).size < 5_000_000);
    const hits: string[] = [];
    for (const f of files) {
      const body = fold(readFileSync(f, 'utf8'));
      for (const s of snippets) if (body.includes(s)) hits.push(`${f}: "${s}"`);
    }
    expect(hits).toEqual([]);
  });
});
