/**
 * People of a Chinese report: gazetteer names anywhere, unknown Chinese names after a Chinese title, with their
 * role and country; participants are those the lead has taking part, the rest (greetings conveyed, a message's
 * addressee, earlier meetings, third countries) are mentioned.
 */
import type { EventKind, Person } from '../../domain/index.ts';
import { roleInYear } from '../gazetteer/index.ts';
import { BACKGROUND_ZH, GREETINGS_ZH, PARTICIPATION_ZH, ROLES_ZH } from '../lexicon/zh/people.ts';
import { KZ_WORDS, OTHERS } from '../lexicon/zh/relevance.ts';
import { gazetteerNamesIn, nameAfter, pinyinName } from './names.ts';
import { firstIn, headOf, type ZhDoc } from './text.ts';

/** Roles longest first, so «外交部副部长» wins over «部长». */
const ROLES = [...ROLES_ZH].sort((a, b) => b[0].length - a[0].length);
/** Words that make a message's addressee (after them) only mentioned. */
const ADDRESSED = ['致电', '致信', '致贺电', '致唁电', '致慰问电', '复信', '致函'];
const OTHER_WORDS = Object.values(OTHERS).flat();

/** One occurrence of a person in a sentence. */
interface Occurrence {
  person: Person;
  sentence: string;
  head: boolean;
  at: number;
}

/** The role written just before a position («外交部长王毅»), in English, with its start. */
function roleBefore(text: string, at: number): { en: string; start: number } | null {
  const before = text.slice(Math.max(0, at - 12), at);
  for (const [zh, en] of ROLES) if (before.endsWith(zh)) return { en, start: at - zh.length };
  return null;
}

/** Unknown Chinese officials: a Chinese title, then a Han name the gazetteer lacks. */
function unknownNamesIn(text: string, known: Array<{ at: number; end: number }>): Occurrence[] {
  const out: Occurrence[] = [];
  for (const [zh, en] of ROLES) {
    for (let i = text.indexOf(zh); i >= 0; i = text.indexOf(zh, i + zh.length)) {
      const from = i + zh.length;
      if (known.some((k) => k.at <= from && from < k.end)) continue;
      const name = nameAfter(text, from);
      if (!name || out.some((o) => o.at === from)) continue;
      // A foreign official's title («哈萨克斯坦外交部长») is followed by a transliteration, not a Chinese name.
      const context = text.slice(Math.max(0, i - 10), i);
      if (firstIn(context, KZ_WORDS) || firstIn(context, OTHER_WORDS)) continue;
      const spelled = pinyinName(name);
      if (!spelled) continue;
      out.push({
        person: { name: spelled, role: en, country: 'CN' },
        sentence: text,
        head: false,
        at: from,
      });
    }
  }
  return out;
}

/** The clause around a position: between the nearest 。；，：, on either side. */
function clauseAt(text: string, at: number): string {
  const seps = /[，；：,;:]/;
  let a = at;
  while (a > 0 && !seps.test(text[a - 1] as string)) a--;
  let b = at;
  while (b < text.length && !seps.test(text[b] as string)) b++;
  return text.slice(a, b);
}

/** Whether the person takes part where named: in the title, or in a lead clause with a verb of taking part. */
function takesPart(o: Occurrence, title: boolean, month: number | null): boolean {
  const clause = clauseAt(o.sentence, o.at);
  if (firstIn(clause, BACKGROUND_ZH)) return false;
  // «今年7月，习近平…访问» in a November report: the sentence is set in another month, another event.
  const months = [...o.sentence.matchAll(/(?<!\d)(\d{1,2})\s*月/g)].map((m) => Number(m[1]));
  if (month !== null && months.length > 0 && !months.includes(month)) return false;
  return title || firstIn(clause, PARTICIPATION_ZH) !== undefined;
}

/** Whether an occurrence only mentions the person: greetings conveyed to them, or a message's addressee. */
function onlyMentioned(o: Occurrence, kind: EventKind): boolean {
  const before = o.sentence.slice(0, o.at);
  if (GREETINGS_ZH.some((w) => before.includes(w))) return true;
  return kind === 'statement' && ADDRESSED.some((w) => before.includes(w));
}

/** Participants and mentioned people of a Chinese report. */
export function extractZhPeople(
  doc: ZhDoc,
  year: number | null,
  kind: EventKind,
  month: number | null = null,
): { participants: Person[]; mentioned: Person[] } {
  const head = new Set(headOf(doc));
  const titles = new Set(doc.sentences.filter((s) => s.zone === 'title').map((s) => s.text));
  const occurrences: Occurrence[] = [];
  for (const s of doc.sentences) {
    const known = gazetteerNamesIn(s.text);
    for (const k of known) {
      const role = roleInYear(k.person, year) ?? roleBefore(s.text, k.at)?.en ?? null;
      const person = { name: k.person.name, role, country: k.person.country };
      occurrences.push({ person, sentence: s.text, head: head.has(s), at: k.at });
    }
    for (const u of unknownNamesIn(s.text, known)) occurrences.push({ ...u, head: head.has(s) });
  }
  const participants = new Map<string, Person>();
  const mentioned = new Map<string, Person>();
  for (const o of occurrences) {
    const evidence = o.sentence;
    const bilateral = o.person.country === 'KZ' || o.person.country === 'CN';
    if (bilateral && o.head && takesPart(o, titles.has(o.sentence), month) && !onlyMentioned(o, kind)) {
      if (!participants.has(o.person.name)) participants.set(o.person.name, { ...o.person, evidence });
    } else if (!mentioned.has(o.person.name)) mentioned.set(o.person.name, { ...o.person, evidence });
  }
  for (const name of participants.keys()) mentioned.delete(name);
  return { participants: [...participants.values()], mentioned: [...mentioned.values()] };
}
