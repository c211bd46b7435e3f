import type { Agreement, Event, ExtractedEvent, Figure, Person, SourceRef } from '../domain/index.ts';
import { namesMatch } from './names.ts';

/** Lowercase words of a title, punctuation and typography removed. */
function titleWords(title: string): string[] {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2);
}

/** The identity of an agreement: doc type + normalised title (`memorandum|cooperation between …`). */
export function agreementKey(a: Agreement): string {
  return `${a.docType}|${titleWords(a.title).join(' ')}`;
}

/** Same document: same type and the same title, or titles sharing ≥70 % of their words (outlets reword). */
function sameAgreement(a: Agreement, b: Agreement): boolean {
  if (a.docType !== b.docType) return false;
  if (agreementKey(a) === agreementKey(b)) return true;
  const wa = new Set(titleWords(a.title));
  const wb = new Set(titleWords(b.title));
  const common = [...wa].filter((w) => wb.has(w)).length;
  const union = wa.size + wb.size - common;
  return union > 0 && common / union >= 0.7;
}

/** Union of people by name (`namesMatch`); a fuller name, a missing role or country is filled from the other report. */
export function mergePeople(existing: Person[], incoming: Person[]): Person[] {
  const out = existing.map((p) => ({ ...p }));
  for (const p of incoming) {
    const known = out.find((q) => namesMatch(q.name, p.name));
    if (!known) {
      out.push({ ...p });
      continue;
    }
    if (p.name.length > known.name.length) known.name = p.name;
    known.role ??= p.role;
    known.country ??= p.country;
  }
  return out;
}

/** The script most of a title's letters are in. */
function scriptOf(title: string): 'cyrillic' | 'latin' | 'other' {
  const cyr = (title.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const lat = (title.match(/\p{Script=Latin}/gu) ?? []).length;
  return cyr === 0 && lat === 0 ? 'other' : cyr > lat ? 'cyrillic' : 'latin';
}

/** The numbers in a title ("2026-2028", "300"), which survive translation. */
function numbersOf(title: string): string {
  return (title.match(/\d+/g) ?? []).sort().join(',');
}

/**
 * One document reported in two languages (an English and a Russian title): same type, no contradicting
 * numbers, and the two reports list as many documents of that type — so no distinct document is dropped.
 */
function sameAcrossLanguages(
  a: Agreement,
  b: Agreement,
  incoming: Agreement[],
  existing: Agreement[],
): boolean {
  if (a.docType !== b.docType || scriptOf(a.title) === scriptOf(b.title)) return false;
  const na = numbersOf(a.title);
  const nb = numbersOf(b.title);
  if (na !== '' && nb !== '' && na !== nb) return false;
  const count = (list: Agreement[], script: string) =>
    list.filter((x) => x.docType === a.docType && scriptOf(x.title) === script).length;
  return count(incoming, scriptOf(a.title)) === count(existing, scriptOf(b.title));
}

function mergeAgreements(existing: Agreement[], incoming: Agreement[]): Agreement[] {
  const out = existing.map((a) => ({ ...a }));
  const claimed = new Set<number>();
  const take = (i: number, a: Agreement) => {
    const known = out[i] as Agreement;
    claimed.add(i);
    if (known.status === 'planned' && a.status === 'signed') known.status = 'signed';
  };
  const pending: Agreement[] = [];
  for (const a of incoming) {
    const i = out.findIndex((b) => sameAgreement(a, b));
    if (i >= 0) take(i, a);
    else pending.push(a);
  }
  for (const a of pending) {
    const i = out.findIndex(
      (b, k) => k < existing.length && !claimed.has(k) && sameAcrossLanguages(a, b, incoming, existing),
    );
    if (i >= 0) take(i, a);
    else out.push({ ...a });
  }
  return out;
}

function mergeFigures(existing: Figure[], incoming: Figure[]): Figure[] {
  const out = existing.map((f) => ({ ...f }));
  for (const f of incoming) {
    const alike = out.filter((g) => g.metric === f.metric && g.value === f.value && g.unit === f.unit);
    // an unknown year is filled by the report that knows it; a different known year is another figure
    if (alike.some((g) => g.year === f.year) || (f.year === null && alike.length > 0)) continue;
    const undated = alike.find((g) => g.year === null);
    if (undated) undated.year = f.year;
    else out.push({ ...f });
  }
  return out;
}

/** Case-insensitive union keeping the first spelling. */
function mergeLabels(existing: string[], incoming: string[]): string[] {
  const seen = new Set(existing.map((s) => s.toLowerCase()));
  const out = [...existing];
  for (const s of incoming)
    if (!seen.has(s.toLowerCase())) {
      seen.add(s.toLowerCase());
      out.push(s);
    }
  return out;
}

/**
 * Merges another report of the same happening into a stored event, losing nothing: every source kept once
 * (by article id or URL), missing date/place filled, people, agreements (planned→signed upgrade), figures,
 * frameworks and topics unioned. A person who took part in any report is a participant, not only mentioned.
 * `id`, `title`, `summary`, timestamps and `version` are the caller's business and stay as they were.
 */
export function mergeEvents(existing: Event, incoming: ExtractedEvent, source: SourceRef): Event {
  const hasSource = existing.sources.some((s) => s.articleId === source.articleId || s.url === source.url);
  const allMentioned = mergePeople(existing.mentioned, incoming.mentioned);
  const participants = mergePeople(existing.participants, incoming.participants);
  // someone a report only mentioned, but another says took part: a participant, with the fuller details
  const both = allMentioned.filter((m) => participants.some((p) => namesMatch(p.name, m.name)));
  const enriched = mergePeople(participants, both);
  const mentioned = allMentioned.filter((m) => !both.includes(m));
  return {
    ...existing,
    kind: existing.kind === 'other' ? incoming.kind : existing.kind,
    eventDate: existing.eventDate ?? incoming.eventDate,
    location: existing.location ?? incoming.location,
    participants: enriched,
    mentioned,
    agreements: mergeAgreements(existing.agreements, incoming.agreements),
    figures: mergeFigures(existing.figures, incoming.figures),
    frameworks: mergeLabels(existing.frameworks, incoming.frameworks),
    topics: mergeLabels(existing.topics, incoming.topics),
    sources: hasSource ? existing.sources : [...existing.sources, source],
  };
}

/**
 * The agreements a merge added: documents `after` has that `before` had not (all of them when `before` is
 * null), and documents upgraded from planned to signed. What the alerts step notifies about. A merge keeps
 * the stored documents first, in order, so those are compared position by position (a document matched
 * across languages keeps its stored title); other pairs of events are compared by type and title.
 */
export function newAgreements(before: Event | null, after: Event): Agreement[] {
  const old = before?.agreements ?? [];
  const positional = old.every((a, i) => after.agreements[i]?.docType === a.docType);
  return after.agreements.filter((a, i) => {
    const prior = positional ? old[i] : old.find((b) => sameAgreement(a, b));
    return !prior || (prior.status === 'planned' && a.status === 'signed');
  });
}
