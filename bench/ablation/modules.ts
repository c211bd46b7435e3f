/**
 * The modules whose exported data the ablation takes apart: every language pack file, every gazetteer file, and
 * the extraction and clustering modules that export named rule tables. Files are listed from the folders at run
 * time, and their rules from their exports (enumerate.ts), so a new pack file or table is picked up unasked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { enumerateRules, type RuleNode } from './enumerate.ts';
import { readAtLoad } from './own-use.ts';

/** The repository root (two folders up from here). */
export const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * Folders scanned, in this order: a table re-exported or aliased elsewhere is listed once, under the first file
 * that holds it, so the packs and the gazetteer come before the code that re-exports or derives from them.
 */
const FOLDERS = [
  ...['en', 'ru', 'kk', 'zh'].map((l) => `shared/extract/lexicon/${l}`),
  'shared/extract/gazetteer',
  'shared/extract',
  'shared/extract/zh',
  'shared/dedup',
];

/** Files that hold no rules: the pattern builder and the barrels that only re-export. */
const SKIP = new Set(['shared/extract/lexicon/build.ts']);

/** Repository-relative paths of the candidate modules, in scan order. */
export function candidateFiles(): string[] {
  return FOLDERS.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
      .map((e) => `${dir}/${e.name}`)
      .filter((f) => !SKIP.has(f))
      .sort(),
  );
}

/** Imports one candidate module by its repository-relative path. */
export async function importModule(file: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(join(ROOT, file)).href)) as Record<string, unknown>;
}

/**
 * Every rule of every candidate module (imported here, in this process: call it from the runner, never from a
 * scoring child). Rules whose export the module itself reads at load are marked not ablatable.
 */
export async function allRules(files: string[] = candidateFiles()): Promise<RuleNode[]> {
  const seen = new WeakSet<object>();
  const out: RuleNode[] = [];
  for (const file of files) {
    const src = readFileSync(join(ROOT, file), 'utf8');
    const ns = await importModule(file);
    // Only what this file declares: a re-export (`export { X } from`) is listed under the file that holds it.
    const local = Object.fromEntries(
      Object.entries(ns).filter(([name]) =>
        new RegExp(String.raw`\b(?:const|let|var)\s+${name}\b`).test(src),
      ),
    );
    const rules = enumerateRules(file, local, seen);
    if (rules.length === 0) continue;
    const own = readAtLoad(src, [...new Set(rules.map((r) => r.path[0] as string))]);
    for (const r of rules) {
      if (!r.notAblatable && own.has(r.path[0] as string))
        r.notAblatable = 'read by its own module at load (a copy or pattern made from it stays)';
    }
    out.push(...rules);
  }
  return out;
}
