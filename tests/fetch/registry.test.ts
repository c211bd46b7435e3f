import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/errors.ts';
import { loadSources, loadSourcesFile } from '../../shared/sources/registry.ts';

const rss = {
  id: 'example-en',
  outlet: 'Example',
  lang: 'en',
  kind: 'rss',
  url: 'https://example.org/feed/',
};

describe('loadSources', () => {
  it('provides the seventeen default sources, each valid and unique', () => {
    const ids = loadSources().map((s) => s.id);
    expect(ids).toEqual([
      'mfa-en',
      'mfa-ru',
      'mfa-kk',
      'kazinform-en',
      'kazinform-ru',
      'astanatimes',
      'timesca',
      'daryo-en',
      'daryo-ru',
      'tengrinews-ru',
      'tengrinews-en',
      'akorda',
      'mfa-cn',
      'kazinform-kk',
      'akorda-kk',
      'mfa-cn-zh',
      'peoples-daily-world',
    ]);
    const mfa = loadSources().find((s) => s.id === 'mfa-ru');
    expect(mfa?.headers['accept-language']).toBe('ru');
  });

  it('replaces the defaults with a custom list (bare array or {sources}) and fills defaults', () => {
    const [a] = loadSources([rss]);
    expect(a).toMatchObject({ id: 'example-en', enabled: true, maxPageBack: 5, headers: {} });
    expect(loadSources({ sources: [rss] })).toHaveLength(1);
  });

  it.each([
    [[{ ...rss, url: 'not a url' }], /at sources\.0\.url/],
    [[{ ...rss, kind: 'ftp' }], /at sources\.0\.kind/],
    [[rss, rss], /duplicate id "example-en"/],
    [[{ ...rss, archiveUrl: 'https://example.org/page/' }], /page template lacks \{n\}/],
    [[{ ...rss, kind: 'json', itemUrl: 'https://example.org/news' }], /itemUrl lacks \{id\}/],
    [{ feeds: [] }, /invalid sources config at sources: .*expected array/],
    [[], /invalid sources config at sources: /],
  ])('rejects bad configuration with a clear ValidationError (%#)', (input, message) => {
    expect(() => loadSources(input)).toThrow(ValidationError);
    expect(() => loadSources(input)).toThrow(message);
  });

  it('reads a sources file and reports invalid JSON', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sources-'));
    const good = path.join(dir, 'good.json');
    const bad = path.join(dir, 'bad.json');
    await writeFile(good, JSON.stringify([rss]));
    await writeFile(bad, '[{"id": ');
    expect((await loadSourcesFile(good))[0]?.id).toBe('example-en');
    await expect(loadSourcesFile(bad)).rejects.toThrow(/not valid JSON/);
    await expect(loadSourcesFile(path.join(dir, 'missing.json'))).rejects.toThrow(ValidationError);
  });
});
