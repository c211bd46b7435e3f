/**
 * Keyword filters that work across English and Russian: a reader who asks for "gas" should hear of a Russian
 * report on "газопровод", and "Ван И" should find Wang Yi (names are stored in Latin script). The words are the
 * extraction's language packs (shared/extract/lexicon/{en,ru}/topics.ts, shared with the search index): this
 * module is a thin view of them, so a word added to a pack filters alerts too; the expansion is general.
 */

import { lookupCyrillic } from '../extract/gazetteer/people.ts';
import { TOPIC_PACKS } from '../extract/topics.ts';
import { normalise } from './matching.ts';

/**
 * A pack entry as a keyword form: a stem (`газопровод*`) matches as a word start, any other entry (`газ`) only
 * as a whole word, marked by a trailing `$` (so "газ" does not find "газета", nor "виза" "визит"). A phrase with
 * stems inside (`железн* дорог*`) keeps its letters as one prefix (a keyword still finds its concept word by word,
 * see `readsAs`); `/…/` regex entries are extraction's only.
 */
function keywordForm(entry: string): string | null {
  if (entry.startsWith('/')) return null;
  const stemmed = entry.includes('*');
  const form = normalise(entry.replace(/\*/g, ''));
  if (!form) return null;
  return stemmed ? form : `${form}$`;
}

/** One concept or framework: its forms (whole-word mark kept) and, for phrases of stems, their word stems. */
interface Entry {
  forms: string[];
  phrases: string[][];
}

/** Each concept and framework of the English and Russian packs, normalised. */
const ENTRIES: Entry[] = (['CONCEPT_WORDS', 'FRAMEWORK_WORDS'] as const).flatMap((table) => {
  const [en, ru] = [TOPIC_PACKS.en[table], TOPIC_PACKS.ru[table]] as Array<Record<string, string[]>>;
  const keys = [...new Set([...Object.keys(en ?? {}), ...Object.keys(ru ?? {})])];
  return keys
    .map((k) => {
      const entries = [...(en?.[k] ?? []), ...(ru?.[k] ?? [])];
      const phrases = entries
        .filter((e) => !e.startsWith('/') && /\*\s/.test(e))
        .map((e) => e.split(/\s+/).map((w) => normalise(w.replace(/\*$/, ''))));
      return { forms: [...new Set(entries.flatMap((e) => keywordForm(e) ?? []))], phrases };
    })
    .filter((e) => e.forms.length > 0);
});

/** Whether a keyword of several words reads as a phrase of stems (`искусственный интеллект`, `искусствен* интеллект*`). */
function readsAs(needle: string, phrase: string[]): boolean {
  const ws = needle.split(' ');
  return ws.length === phrase.length && phrase.every((p, i) => (ws[i] as string).startsWith(p));
}

/**
 * A keyword with its forms in the other language: the entries it names (it is a word start of one of their
 * forms, or — for words of four letters and more — one of their forms starts it) contribute all their forms.
 */
export function expandKeyword(keyword: string): string[] {
  const needle = normalise(keyword);
  if (!needle) return [];
  const out = new Set([needle]);
  for (const { forms, phrases } of ENTRIES) {
    const hit =
      forms.some((form) => {
        const f = form.replace(/\$$/, '');
        return (f.startsWith(needle) && needle.length >= 2) || (f.length >= 4 && needle.startsWith(f));
      }) || phrases.some((p) => readsAs(needle, p));
    if (hit) for (const f of forms) out.add(f);
  }
  return [...out];
}

/** A participant filter in the stored script: a Cyrillic name of a known official in its Latin form too. */
export function expandParticipant(name: string): string[] {
  const latin = /[\u0400-\u04ff]/.test(name) ? lookupCyrillic(name.trim())?.name : undefined;
  return latin ? [name, latin] : [name];
}
