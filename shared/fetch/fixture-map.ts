import { stat } from 'node:fs/promises';
import path from 'node:path';

/** A query string as a file-name suffix: `?page=2&size=20` → `__page_2_size_20`. */
export function querySuffix(search: string): string {
  const q = search.replace(/^\?/, '');
  return q ? `__${q.replace(/[^A-Za-z0-9._-]+/g, '_')}` : '';
}

/**
 * Candidate files for `https://HOST/PATH?QUERY` under `root`, in order: `HOST/PATH`, `HOST/PATH.html`,
 * `HOST/PATH/index.html`, `HOST/PATH/index.xml`, `HOST/PATH/index.json`. A query adds `__<query>` to the
 * file name, before the extension the rule added (`events__page_2.html`, `feed/index__paged_2.xml`).
 * Returns [] for paths that try to climb out of the tree.
 */
export function fixtureCandidates(root: string, url: string): string[] {
  const u = new URL(url);
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname).replace(/^\/+/, '');
  } catch {
    return [];
  }
  if (rel.split('/').some((seg) => seg === '..')) return [];
  const q = querySuffix(u.search);
  const dir = rel.replace(/\/+$/, '');
  const names = [
    ...(dir ? [`${dir}${q}`, `${dir}${q}.html`] : []),
    ...['html', 'xml', 'json'].map((ext) => (dir ? `${dir}/index${q}.${ext}` : `index${q}.${ext}`)),
  ];
  const hostDir = path.resolve(root, u.host);
  return names.map((n) => path.resolve(hostDir, n)).filter((p) => p.startsWith(hostDir + path.sep));
}

/** The first existing regular file among the candidates of `url`, or null. */
export async function findFixture(root: string, url: string): Promise<string | null> {
  for (const file of fixtureCandidates(root, url)) {
    if (file.endsWith('.headers.json')) continue;
    const st = await stat(file).catch(() => null);
    if (st?.isFile()) return file;
  }
  return null;
}
