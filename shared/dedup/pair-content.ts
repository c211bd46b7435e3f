import { type DocumentFacts, documentOf, sameDocument } from './agreements.ts';
import { CONTENT, type ContentFeature, FEATURE_INDEX } from './features.ts';
import { occasionsClash } from './occasions.ts';
import { common, sketchJaccard, without } from './pair-parts.ts';
import { prepared } from './prepared.ts';
import type { Report } from './report.ts';

/**
 * The content features of a pair (names, days, years, figures, documents, texts): the costly ones, filled in
 * only for a pair its facts (pair.ts) have not ruled out.
 */

/**
 * Whether an undated report's written years are all before the other report's dated year: background
 * (earlier meetings, anniversaries) a later report recounts, not a sign of another year's event.
 */
function history(a: Report, b: Report): boolean {
  return before(a, b) || before(b, a);
}

/** Whether a report has a date (event or publication). */
function dated(r: Report): boolean {
  return r.eventDate !== null || r.published !== null;
}

/** Whether undated u writes only years before every year of dated d. */
function before(u: Report, d: Report): boolean {
  if (dated(u) || !dated(d)) return false;
  for (const y of u.years) for (const z of d.years) if (y >= z) return false;
  return true;
}

/** `documentOf` each agreement of a report, read once per report (on its first compared pair with documents). */
const documentMemo = new WeakMap<Report, readonly DocumentFacts[]>();

/** The report's documents as `sameDocument` compares them (see `documentMemo`). */
function documents(r: Report): readonly DocumentFacts[] {
  let known = documentMemo.get(r);
  if (!known) {
    known = r.agreements.map(documentOf);
    documentMemo.set(r, known);
  }
  return known;
}

/** Whether two lists of documents share one (`sameAgreement`), on the facts each report read once. */
function shareDocument(a: readonly DocumentFacts[], b: readonly DocumentFacts[]): boolean {
  for (const x of a) for (const y of b) if (sameDocument(x, y)) return true;
  return false;
}

/** Occasions that name a message's genre, not what it is about. */
const GENRES = new Set(['congratulation', 'condolence', 'telegram']);

/** Shared occasions other than genres. */
function commonSpecific(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a) if (!GENRES.has(x) && b.includes(x)) n++;
  return n;
}

/**
 * Fills in the content features of a pair whose facts `pairFeatures(a, b, true)` gave (in place), so a
 * pair ruled out by its facts alone never pays for its content.
 */
export function withContent(a: Report, b: Report, facts: number[]): number[] {
  const pa = prepared(a);
  const pb = prepared(b);
  // people are compared above: their names would count twice, and the same principals recur everywhere
  // (each side's names without both sides' person stems, counted on the prepared lists)
  const sharedNames = common(pa.ownNames, pb.ownNames);
  const unionNames = without(pa.ownNames, b.personStems) + without(pb.ownNames, a.personStems) - sharedNames;
  const sharedDays = common(a.days, b.days);
  const sharedYears = a.years.some((y) => b.years.includes(y));
  const namedShared = common(a.personStems, b.personStems);
  const namedUnion = a.personStems.length + b.personStems.length - namedShared;
  const oa = a.occasions ?? [];
  const ob = b.occasions ?? [];
  // two different disasters mourned: the condolence both name is not one occasion
  const clash = occasionsClash(oa, ob);
  // a message's genre alone (a congratulation, a condolence, a telegram) recurs every year between the same
  // leaders: without two dates that agree, only a shared specific occasion (the disaster, the award) tells
  const dated = facts[FEATURE_INDEX.dateSame] === 1 || facts[FEATURE_INDEX.dateWindow] === 1;
  const sharedOccasions = clash ? 0 : dated ? common(oa, ob) : commonSpecific(oa, ob);
  let figures = 0;
  for (const f of a.figures) if (b.figures.includes(f)) figures++;
  const docs =
    a.agreements.length > 0 && b.agreements.length > 0 && shareDocument(documents(a), documents(b));
  const content: Record<ContentFeature, number> = {
    dayWritten: sharedDays > 0 ? 1 : 0,
    dayDisjoint: a.days.length > 0 && b.days.length > 0 && sharedDays === 0 ? 1 : 0,
    yearDisjoint: a.years.length > 0 && b.years.length > 0 && !sharedYears && !history(a, b) ? 1 : 0,
    figureShared: Math.min(figures, 2) / 2,
    agreementShared: docs ? 1 : 0,
    namesShared: Math.min(sharedNames, 8) / 8,
    namesJaccard: unionNames > 0 ? sharedNames / unionNames : 0,
    stemsSameLang: a.lang === b.lang ? sketchJaccard(a.stems, b.stems) : 0,
    shingles: sketchJaccard(a.shingles, b.shingles),
    // what happened (a condolence, an award, an article), named in any language: two statements of one
    // person on one day differ by it, and it is the content two scripts share when their words cannot
    occasionShared: sharedOccasions > 0 ? 1 : 0,
    occasionDiffer: clash || (oa.length > 0 && ob.length > 0 && sharedOccasions === 0) ? 1 : 0,
    // everyone either text names, participants or only mentioned (the addressee of a message, the host an
    // extraction missed): the share of name stems in common
    namedPeople: namedUnion > 0 ? namedShared / namedUnion : 0,
  };
  for (const name of CONTENT) facts[FEATURE_INDEX[name]] = content[name];
  return facts;
}
