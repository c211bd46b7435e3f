import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One page of the extraction corpus (tests/fixtures/pages/manifest.json). */
export interface PageCase {
  name: string;
  /** Path of the HTML under tests/fixtures/. */
  file: string;
  url: string;
  /** Hand-written reference body under tests/fixtures/pages/. */
  expected: string;
  title?: string;
  canonicalUrl?: string | null;
  published?: string | null;
  author?: string | null;
  lang?: string | null;
  /** Anchor for relative dates («Сегодня», "Today"). */
  now?: string;
  mustContain?: string[];
  mustNotContain?: string[];
}

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Every page of the corpus: seed pages and the outlet corpus. */
export const cases: PageCase[] = JSON.parse(readFileSync(`${fixtures}pages/manifest.json`, 'utf8'));

/** The HTML of a case. */
export const htmlOf = (c: PageCase): string => readFileSync(`${fixtures}${c.file}`, 'utf8');

/** The reference body of a case. */
export const expectedOf = (c: PageCase): string => readFileSync(`${fixtures}pages/${c.expected}`, 'utf8');

/** The fixed clock of a case (relative dates), else a date after every fixture. */
export const nowOf = (c: PageCase): Date => new Date(c.now ?? '2026-01-01T00:00:00+05:00');
