/** Rule-based, deterministic extraction of the Kazakhstan–China event an article reports (../shared/CONTRACT.md). */
import { type ArticleInput, ExtractResult } from '../domain/index.ts';
import { ValidationError } from '../errors.ts';
import { extractAgreementInfo } from './agreements.ts';
import { analyse } from './analysis/index.ts';
import { publishedDate, resolveEventDateWithEvidence } from './dates.ts';
import { extractFigures } from './figures.ts';
import { classifyKindWithEvidence } from './kind.ts';
import { spellForScript } from './kk-latin-names.ts';
import { kazakhToCyrillic } from './kk-script.ts';
import { resolveLocationWithEvidence } from './location.ts';
import { extractPeople } from './people.ts';
import { judgeRelevance } from './relevance.ts';
import { buildDoc } from './sentences.ts';
import { sourceOf } from './source.ts';
import { detectLang, normalise, takeLeadingDateMarker } from './text.ts';
import { extractFrameworks, extractTopics } from './topics.ts';
import { extractChinese } from './zh/index.ts';

export { judgeRelevance } from './relevance.ts';
export { detectLang } from './text.ts';

/** Evidence is a sentence; a run-on "sentence" of a badly split page is cut to what the schema stores. */
function clip(evidence: string | null | undefined): string | null {
  return evidence ? evidence.slice(0, 2000) : null;
}

function withClippedEvidence<T extends { evidence?: string }>(item: T): T {
  return item.evidence === undefined ? item : { ...item, evidence: clip(item.evidence) ?? undefined };
}

/** A result with every evidence sentence clipped to what the schema stores. */
function clipped(result: ExtractResult): ExtractResult {
  const e = result.event;
  if (!e) return result;
  const evidence = e.evidence && {
    kind: clip(e.evidence.kind),
    eventDate: clip(e.evidence.eventDate),
    location: clip(e.evidence.location),
  };
  const lists = {
    participants: e.participants.map(withClippedEvidence),
    mentioned: e.mentioned.map(withClippedEvidence),
    agreements: e.agreements.map(withClippedEvidence),
    figures: e.figures.map(withClippedEvidence),
  };
  return { relevant: true, event: { ...e, ...lists, evidence } };
}

/** A first line short enough and without a full stop is the headline when no title was given. */
function splitTitle(text: string): { title: string | null; body: string } {
  const nl = text.indexOf('\n');
  if (nl < 0) return { title: null, body: text };
  const first = text.slice(0, nl).trim();
  const words = first.split(/\s+/).length;
  if (words >= 3 && words <= 16 && !/[.!?:"]$/.test(first)) return { title: first, body: text.slice(nl + 1) };
  return { title: null, body: text };
}

/**
 * Extracts the Kazakhstan–China event an article reports: relevance, kind, date, place, people, agreements,
 * figures, frameworks and topics. Deterministic and offline. Throws ValidationError for input that is not an
 * article line; never throws on odd text (empty, huge, other languages, binary).
 */
export function extractArticle(input: ArticleInput): ExtractResult {
  if (typeof input !== 'object' || input === null || typeof input.id !== 'string') {
    throw new ValidationError('article input must be an object with a string "id"', 'id');
  }
  const src = sourceOf(input);
  // Kazakh in Latin or Arabic script is read as the Cyrillic it transliterates.
  const script = kazakhToCyrillic(`${src.title ?? ''}\n${src.text}`);
  const kkText = script.convert(src.text);
  const kkTitle = src.title ? script.convert(src.title) : src.title;
  const marked = takeLeadingDateMarker(normalise(kkText));
  const published = publishedDate(src.published) ?? marked.date;
  const given = kkTitle ? normalise(kkTitle).trim() : null;
  const { title, body } = given ? { title: given, body: marked.text } : splitTitle(marked.text.trimStart());
  const detected = script.converted ? 'kk' : (input.lang ?? detectLang(`${title ?? ''}\n${body}`));
  // Chinese has its own sentence rules and pack (./zh): Han text has no spaces or capitals to split on.
  if (detected === 'zh')
    return ExtractResult.parse(clipped(extractChinese(title, body, published, input.url, input.outlet)));
  const doc = buildDoc(title, body);
  if (detected === 'other' || doc.sentences.length === 0) return { relevant: false, event: null };
  // The article's shared analysis (each sentence's lower case, folds, word starts): rules handed
  // `doc.sentences` find it with `analysisOf`.
  analyse(doc);
  if (!judgeRelevance(doc).relevant) return { relevant: false, event: null };
  const lang = detected === 'en' ? 'en' : 'ru';
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  const date = resolveEventDateWithEvidence(doc.sentences, published, {
    url: input.url,
    outlet: input.outlet,
  });
  const year = date.date ? Number(date.date.slice(0, 4)) : pubYear;
  const kind = classifyKindWithEvidence(doc.sentences);
  const place = resolveLocationWithEvidence(doc.sentences, kind.kind, { outlet: input.outlet });
  const { participants, mentioned } = extractPeople(doc.sentences, lang, year, kind.kind, kind.evidence);
  const documents = extractAgreementInfo(doc.sentences, year);
  const result: ExtractResult = {
    relevant: true,
    event: {
      kind: kind.kind,
      eventDate: date.date,
      location: place.location,
      // Names of a Latin-script Kazakh text keep its «ı» as «i» (Altaı → Altai; ./kk-latin-names.ts).
      participants: spellForScript(participants, src.text).map(withClippedEvidence),
      mentioned: spellForScript(mentioned, src.text).map(withClippedEvidence),
      agreements: documents.agreements.map(withClippedEvidence),
      figures: extractFigures(doc.sentences, pubYear ?? year).map(withClippedEvidence),
      frameworks: extractFrameworks(doc.full),
      topics: extractTopics(doc.full),
      evidence: { kind: clip(kind.evidence), eventDate: clip(date.evidence), location: clip(place.evidence) },
      agreementCount: documents.count,
    },
  };
  return ExtractResult.parse(result);
}
