/**
 * Extraction for Chinese texts, to the same contract as the other languages: relevance, kind, date, place,
 * people, agreements and figures read by the zh rules from the zh language pack and the gazetteer's Han forms.
 */
import type { ExtractResult } from '../../domain/index.ts';
import { FRAMEWORKS_ZH } from '../lexicon/zh/relevance.ts';
import { extractZhAgreements } from './agreements.ts';
import { resolveZhDate } from './dates.ts';
import { extractZhFigures } from './figures.ts';
import { classifyZhKind } from './kind.ts';
import { extractZhPeople } from './people.ts';
import { capitalOnDay, resolveZhLocation } from './place.ts';
import { judgeZhRelevance } from './relevance.ts';
import { buildZhDoc, firstIn, headOf, type ZhDoc } from './text.ts';

export { buildZhDoc } from './text.ts';

/** The frameworks a Chinese text names, in English. */
function frameworksOf(doc: ZhDoc): string[] {
  return Object.entries(FRAMEWORKS_ZH)
    .filter(([, words]) => firstIn(doc.full, words))
    .map(([name]) => name);
}

/**
 * Extracts the Kazakhstan–China event of a Chinese text (title and body already normalised). The result is
 * the same shape as extractArticle's; the caller clips evidence and validates.
 */
export function extractChinese(
  title: string | null,
  body: string,
  published: string | null,
  url?: string | null,
  outlet?: string | null,
): ExtractResult {
  const doc = buildZhDoc(title, body);
  if (doc.sentences.length === 0 || !judgeZhRelevance(doc).relevant) return { relevant: false, event: null };
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  const kind = classifyZhKind(doc);
  const date = resolveZhDate(doc, published, url, kind.kind === 'visit', outlet);
  const year = date.date ? Number(date.date.slice(0, 4)) : pubYear;
  const place = resolveZhLocation(doc, kind.kind, date.date);
  // The event's month («11月19日» even without a year): sentences set in another month tell background.
  const month = /(\d{1,2})\s*月\s*\d{1,2}\s*[日号]/.exec(
    headOf(doc)
      .map((s) => s.text)
      .join('。'),
  );
  const eventMonth = date.date ? Number(date.date.slice(5, 7)) : month ? Number(month[1]) : null;
  const { participants, mentioned } = extractZhPeople(doc, year, kind.kind, eventMonth);

  const documents = extractZhAgreements(doc, date.date, eventMonth);
  return {
    relevant: true,
    event: {
      kind: kind.kind,
      eventDate: date.date,
      location: capitalOnDay(place.location, date.date, doc.full),
      participants,
      mentioned,
      agreements: documents.agreements,
      figures: extractZhFigures(doc, pubYear ?? year),
      frameworks: frameworksOf(doc),
      topics: [],
      evidence: { kind: kind.evidence, eventDate: date.evidence, location: place.evidence },
      agreementCount: documents.count,
    },
  };
}
