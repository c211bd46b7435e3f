/** Participants and mentioned people of an article: names, roles, countries, and who took part. */

import type { Person } from '../domain/index.ts';
import { foldLatin, PEOPLE, roleInYear } from './gazetteer/index.ts';
import { kazakhPreview } from './kk-preview.ts';
import { markRecalledQuotes } from './kk-recalled.ts';
import { findNames } from './names.ts';
import { type Evidence, evidenceOf, isByline, isSourceRole } from './participation.ts';
import { announcesVisit, laterTalksInTripLead, leadAnnouncesVisit } from './participation-cues.ts';
import { quotedRanges, speakerTalksBefore, speechParagraphs } from './participation-quotes.ts';
import { findBareSurnames } from './people-bare.ts';
import { countryFromName, looksChineseLatin } from './people-country.ts';
import { otherDaySentences } from './people-days.ts';
import { groupMeeting } from './people-group.ts';
import { roleReferences } from './people-roleref.ts';
import { findSurnameMentions } from './people-surnames.ts';
import { unwrapLines } from './people-wrap.ts';
import { cleanEnglishRole, englishRoleFromRussian } from './roles.ts';
import type { Sentence } from './sentences.ts';

/** A person of the article with the sentence that shows it (plain text). */
export type PersonWithEvidence = Person & { evidence?: string };

/** One sighting of a person: what the clause says and where it stands. */
interface Sighting {
  evidence: Evidence;
  /** The full name as this sentence spells it (gazetteer and role-introduced hits only). */
  written?: string;
  zone: Sentence['zone'];
  sentence: string;
}

/** Everything known about one person of the article. */
export interface Acc {
  name: string;
  role: string | null;
  /** The role the gazetteer lists for the year, when the person is known. */
  listed: string | null;
  country: string | null;
  order: number;
  tokens: string[];
  cyrTokens: string[];
  seen: Sighting[];
  /** Introduced as out of office ("former Ambassador"): a commentator, like a spokesperson. */
  former?: boolean;
}

const SPEAKS: ReadonlySet<Evidence> = new Set(['speech', 'source', 'author']);
const TAKES_PART: ReadonlySet<Evidence> = new Set(['event', 'attend', 'speech', 'author']);
const SIDES = new Set(['KZ', 'CN']);

function inLead(z: Sentence['zone']): boolean {
  return z !== 'body';
}

/**
 * Who took part. People of third countries never do. A counterpart named only in a body sentence ("At a meeting
 * with Zhao Leji, Tokayev …", "Li also met …") whose side already has a participant in the title or lead met at
 * another meeting of the same trip — unless the article reports the visit as a whole, or one day's meetings with a
 * group of company heads (./people-group.ts), which take in all their meetings ("also met" included). Presence,
 * speech and authorship anywhere count. A spokesperson's words make them the source, unless the statement is the
 * whole event (nobody else takes part).
 */
function decide(people: Acc[], visit: boolean, group = false): Map<Acc, boolean> {
  for (const p of people) {
    if (visit || group)
      p.seen = p.seen.map((s) => (s.evidence === 'other' ? { ...s, evidence: 'event' } : s));
  }
  const sources = people.filter((p) => p.former || isSourceRole(p.role) || isSourceRole(p.listed));
  for (const p of sources)
    p.seen = p.seen.map((s) =>
      s.evidence === 'speech' || s.evidence === 'event' ? { ...s, evidence: 'source' } : s,
    );
  const leadSides = new Set<string>();
  for (const p of people)
    if (p.country && p.seen.some((s) => inLead(s.zone) && TAKES_PART.has(s.evidence)))
      leadSides.add(p.country);
  const out = new Map<Acc, boolean>();
  for (const p of people) {
    if (p.country && !SIDES.has(p.country)) {
      out.set(p, false);
      continue;
    }
    const leads = p.seen.some((s) => inLead(s.zone) && TAKES_PART.has(s.evidence));
    const firstBody = p.seen.find((s) => !inLead(s.zone) && TAKES_PART.has(s.evidence));
    const otherMeeting =
      !visit &&
      !group &&
      !leads &&
      firstBody?.evidence === 'event' &&
      p.country !== null &&
      leadSides.has(p.country);
    out.set(p, !otherMeeting && p.seen.some((s) => TAKES_PART.has(s.evidence)));
  }
  // An op-ed has one participant, its author: the meetings it tells are its background.
  const authors = people.filter((p) => p.seen.some((s) => s.evidence === 'author' && inLead(s.zone)));
  if (authors.length > 0) for (const p of people) out.set(p, authors.includes(p));
  if (![...out.values()].some(Boolean))
    for (const p of sources) if (p.seen.some((s) => s.evidence === 'source')) out.set(p, true);
  return out;
}

const ROLE_CACHE = new Map<string, string>();
/** The English wording of a role phrase (memoised: the same phrases recur in every sentence of an article). */
function englishRole(raw: string): string {
  let en = ROLE_CACHE.get(raw);
  if (en === undefined) {
    en = /[а-яё]/i.test(raw) ? englishRoleFromRussian(raw) : cleanEnglishRole(raw);
    if (ROLE_CACHE.size > 2000) ROLE_CACHE.clear();
    ROLE_CACHE.set(raw, en);
  }
  return en;
}

// Module functions, not closures made for every article (each one a new function object, named by the loader).

/** Taking part in a body sentence set on another day is taking part in another event. */
function judge(otherDay: boolean[], k: number, e: Evidence): Evidence {
  return otherDay[k] && (e === 'event' || e === 'attend') ? 'other' : e;
}

/** The person of `name` (by its folded spelling), added when new; what is known already is kept. */
function add(
  people: Map<string, Acc>,
  name: string,
  role: string | null,
  country: string | null,
  order: number,
  cyr: string[],
): Acc {
  const key = foldLatin(name);
  let cur = people.get(key);
  if (!cur) {
    cur = { name, role, listed: null, country, order, tokens: key.split(/\s+/), cyrTokens: cyr, seen: [] };
    people.set(key, cur);
  }
  cur.role ??= role;
  cur.country ??= country;
  if (cur.cyrTokens.length === 0) cur.cyrTokens = cyr;
  return cur;
}

/** A person of the output: the sentence that shows the part taken (or the first), the spelling it uses. */
function toPerson(a: Acc, part: boolean): PersonWithEvidence {
  const shown = part ? a.seen.find((s) => TAKES_PART.has(s.evidence)) : a.seen[0];
  // The spelling of the sentence that shows the part taken ("Karim Massimov held talks" over a caption's "Masimov").
  const name = a.seen.find((s) => s.written && TAKES_PART.has(s.evidence))?.written ?? a.name;
  // Participants are of one side or the other: a name of neither known side reads as Chinese or Kazakh.
  const country =
    a.country ??
    (part
      ? looksChineseLatin(name) || looksChineseLatin(name.split(' ').reverse().join(' '))
        ? 'CN'
        : 'KZ'
      : null);
  return { name, role: a.role, country, evidence: shown?.sentence };
}

/**
 * Extracts the people of an article and splits them into participants and mentioned; `kind` (the event kind,
 * when known) lets a visit reported as a whole take in all its meetings; `kindSentence` (the sentence it was read
 * from) is never set on another day.
 */
export function extractPeople(
  docSentences: Sentence[],
  lang: 'en' | 'ru',
  year: number | null,
  kind: string | null = null,
  kindSentence: string | null = null,
): { participants: PersonWithEvidence[]; mentioned: PersonWithEvidence[] } {
  const sentences = unwrapLines(docSentences);
  const people = new Map<string, Acc>();
  const quotes = quotedRanges(sentences);
  // Kazakh words recalled from another day («…», деп айтқан болатын) set their sentences there (./kk-recalled.ts).
  const otherDay = markRecalledQuotes(otherDaySentences(sentences, kindSentence), sentences, quotes);
  const future = announcesVisit(sentences) || leadAnnouncesVisit(sentences, kind) || kazakhPreview(sentences);
  const firstBodyLine = sentences.findIndex((s) => s.zone !== 'title');
  const firstLead = sentences.find((s) => s.zone === 'lead');
  const spoken = speechParagraphs(sentences, quotes);
  const covered: Array<Array<[number, number]>> = sentences.map(() => []);
  for (const [k, s] of sentences.entries()) {
    for (const hit of findNames(s.text, lang, s.zone === 'title')) {
      const raw = hit.role?.raw ?? null;
      const role = raw === null ? null : englishRole(raw);
      const gazRole = hit.known ? roleInYear(hit.known, year) : null;
      const country = hit.known?.country ?? hit.role?.country ?? countryFromName(hit.name);
      const acc = add(people, hit.name, role ?? gazRole, country, k * 1000 + hit.start, hit.cyrTokens);
      acc.listed ??= gazRole;
      if (hit.role?.former) acc.former = true;
      const quoted = quotes[k]?.some(([a, b]) => a <= hit.start && hit.end <= b) ?? false;
      let evidence = judge(otherDay, k, evidenceOf(s, hit.start, hit.end, raw, quoted, future));
      // The traveller of the first lead sentence keeps the trip's later sentences; the host of talks to come does not.
      const traveller = acc.seen.some((x) => x.sentence === firstLead?.text);
      if (!future && !traveller && laterTalksInTripLead(s, firstLead, kind)) evidence = 'mention';
      else if (spoken.has(s.para) && !SPEAKS.has(evidence)) evidence = 'mention';
      else if (
        evidence === 'speech' &&
        spoken.has(s.para) &&
        speakerTalksBefore(sentences, quotes, k, hit.start)
      )
        evidence = 'mention';
      // A byline ("Zhang Hanhui, Ambassador of China", no verb) opening the text: an official signs the op-ed.
      const roleAfterName = raw !== null && s.text.slice(hit.end, hit.end + raw.length + 4).includes(raw);
      if (evidence === 'none' && roleAfterName && k <= firstBodyLine && isByline(s.text, hit.start, hit.end))
        evidence = 'author';
      acc.seen.push({ evidence, written: hit.name, zone: s.zone, sentence: s.text });
      covered[k]?.push([hit.start, hit.end]);
    }
  }
  // Surname-only mentions ("Minister Nurtleu", "said Wang") resolve to people found above or to known ones.
  for (const m of findSurnameMentions(sentences, covered, [...people.values()])) {
    const known = m.name ? PEOPLE.find((p) => p.name === m.name) : undefined;
    const acc =
      m.acc ??
      add(people, m.name ?? '', known ? roleInYear(known, year) : null, known?.country ?? null, m.order, []);
    const s = sentences[m.sentence];
    if (!s) continue;
    const quoted = quotes[m.sentence]?.some(([a, b]) => a <= m.start && m.end <= b) ?? false;
    let evidence = judge(otherDay, m.sentence, evidenceOf(s, m.start, m.end, m.title, quoted, future));
    if (
      evidence === 'speech' &&
      spoken.has(s.para) &&
      speakerTalksBefore(sentences, quotes, m.sentence, m.start)
    )
      evidence = 'mention';
    acc.seen.push({ evidence, zone: s.zone, sentence: s.text });
  }
  // "Bektenov and Li Qiang held talks": a bare surname of someone named in full above.
  for (const m of findBareSurnames(sentences, covered, [...people.values()])) {
    const s = sentences[m.sentence];
    if (!s) continue;
    const quoted = quotes[m.sentence]?.some(([a, b]) => a <= m.start && m.end <= b) ?? false;
    let evidence = judge(otherDay, m.sentence, evidenceOf(s, m.start, m.end, null, quoted, future));
    if (spoken.has(s.para) && !SPEAKS.has(evidence)) evidence = 'mention';
    m.acc.seen.push({ evidence, zone: s.zone, sentence: s.text });
  }
  // "The Head of State received …": a bare role in the title or lead stands for the one person holding it.
  const all = [...people.values()];
  for (const [k, s] of sentences.entries()) {
    if (s.zone === 'body') continue;
    for (const [start, end, acc] of roleReferences(s.text, lang, all)) {
      const quoted = quotes[k]?.some(([a, b]) => a <= start && end <= b) ?? false;
      acc.seen.push({
        evidence: evidenceOf(s, start, end, null, quoted, future),
        zone: s.zone,
        sentence: s.text,
      });
    }
  }
  const sorted = [...people.values()].filter((a) => a.name !== '').sort((a, b) => a.order - b.order);
  // Meetings with a group of company heads told one by one are one event (./people-group.ts).
  const takes = decide(sorted, kind === 'visit', kind === 'meeting' && groupMeeting(docSentences));
  return {
    participants: sorted.filter((a) => takes.get(a)).map((a) => toPerson(a, true)),
    mentioned: sorted.filter((a) => !takes.get(a)).map((a) => toPerson(a, false)),
  };
}
