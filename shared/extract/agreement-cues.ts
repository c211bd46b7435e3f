/** Clause-level cues of the agreement rules, built once from the language packs. */

import { firstLetterGuard } from './lexicon/build.ts';
import * as en from './lexicon/en/documents.ts';
import * as enFig from './lexicon/en/figures.ts';
import * as kk from './lexicon/kk/documents.ts';
import * as ru from './lexicon/ru/documents.ts';
import * as ruFig from './lexicon/ru/figures.ts';
import { alternation, regex, WB_END, WB_START, wordsRegex } from './pack-words.ts';
import { registerGate } from './word-keys.ts';

/** A signing that happened ("signed", «подписали», «қол қойылды»), not "to be signed". */
// Each per-sentence pattern opens with a lookahead for its entries' first letters (firstLetterGuard): V8 then
// fails fast at the many positions where no entry can start, before the lookbehinds (about four times faster).
const SIGNED_WORDS = [...en.SIGNED, ...ru.SIGNED, ...kk.SIGNED];
export const SIGNED = regex(
  `${firstLetterGuard(SIGNED_WORDS, 0)}${WB_START}(?<!${WB_START}${alternation(en.NOT_YET_BEFORE_SIGNED)}\\s+)${alternation(SIGNED_WORDS)}${WB_END}`,
  'giu',
);
/** "adopted a joint statement", «приняли декларацию»: signs only the document types of ISSUED_TYPES. */
const ISSUED_WORDS = [...en.ISSUED, ...ru.ISSUED, ...kk.ISSUED];
export const ISSUED = regex(
  `${firstLetterGuard(ISSUED_WORDS, 0)}${WB_START}(?<!${WB_START}${alternation(en.NOT_YET_BEFORE_SIGNED)}\\s+)${alternation(ISSUED_WORDS)}${WB_END}`,
  'giu',
);
/** The document types an issuing verb makes a document of. */
/**
 * Word-key gates of the verb patterns (word-keys.ts): a sentence none of whose words starts like one of the
 * verbs is not scanned.
 */
export const GATES = {
  signed: registerGate(SIGNED_WORDS),
  issued: registerGate(ISSUED_WORDS),
  headline: registerGate(en.HEADLINE_SIGNED),
  planned: registerGate([...en.PLANNED, ...ru.PLANNED, ...kk.PLANNED]),
  intent: registerGate([...en.INTENT, ...ru.INTENT]),
};
export const ISSUED_TYPES: ReadonlySet<string> = new Set(en.ISSUED_TYPES);
/** Present-tense signing verbs of a headline ("China, Kazakhstan sign …"), not after "to"/"will". */
export const HEADLINE_SIGNED = regex(
  `${WB_START}(?<!${WB_START}${alternation(en.NOT_YET_BEFORE_SIGNED)}\\s+)${alternation(en.HEADLINE_SIGNED)}${WB_END}`,
  'giu',
);

/** A signing still to come: a future or modal form of a signing verb ("will sign", «будет подписано»). */
const PLANNED_WORDS = [...en.PLANNED, ...ru.PLANNED, ...kk.PLANNED];
export const PLANNED = regex(
  `${firstLetterGuard(PLANNED_WORDS, 0)}${WB_START}${alternation(PLANNED_WORDS)}${WB_END}`,
  'giu',
);

/** "intend to review … and sign", «планируется подписать»: an intention with a signing verb is a planned signing. */
export const INTENT = wordsRegex([...en.INTENT, ...ru.INTENT], { global: true });
export const SIGN_VERB = wordsRegex([...en.SIGN_VERBS, ...ru.SIGN_VERBS]);

/**
 * Where a sentence passes to a new clause with a verb of its own ("… and agreed to prepare …", "; …"): a document
 * takes only the signing verbs of its own clause.
 */
export const CLAUSE_BREAK = regex(
  `;\\s|\\s+(?:and|but|while|whereas|и|а|но)\\s+(?:(?:also|then|later|further|также|затем)\\s+)?${alternation([...en.NEW_CLAUSE_VERBS, ...ru.NEW_CLAUSE_VERBS])}${WB_END}`,
  'giu',
);

/** Earlier documents: cue words just before or just after a mention. */
// Only where the cue modifies the noun (three words at most between): "Earlier today, the sides signed …" is
// no earlier document.
export const STALE_BEFORE = regex(
  `${WB_START}${alternation([...en.STALE_BEFORE, ...ru.STALE_BEFORE])}${WB_END}\\s+(?:\\S+\\s+){0,3}$`,
  'iu',
);
export const STALE_AFTER = regex(
  `^\\s*${alternation([...en.STALE_AFTER, ...ru.STALE_AFTER, ...kk.UNDER_AFTER])}${WB_END}`,
  'iu',
);

/** "under the 2019 agreement", «в рамках соглашения»: a document in force, not one of this event. */
export const UNDER = regex(`${WB_START}${alternation([...en.UNDER, ...ru.UNDER])}\\s+(?:\\S+\\s+)?$`, 'iu');

/** A running total of several years ("over these years our ministries have signed 85 documents"). */
export const CUMULATIVE = wordsRegex([...en.CUMULATIVE, ...ru.CUMULATIVE, ...kk.CUMULATIVE]);
/** "Recall that …", «Напомним, …»: a sentence of background the reporter reminds the reader of. */
export const RECALLED = wordsRegex([...en.RECALL, ...ru.RECALL, ...kk.RECALL]);

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** A signing set at another time ("signed in May 2023", "last year", «в мае»). */
export const OTHER_TIME = regex(
  `${firstLetterGuard(['in', 'since', 'last', 'в', ...kk.OTHER_TIME], 0)}(?:\\b(?:in|since|last) (?:${MONTHS})\\b(?!\\s+\\d{1,2}\\b)|${WB_START}в (?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)${WB_END}|\\blast year\\b|в прошлом году|${WB_START}${alternation(kk.OTHER_TIME)}${WB_END})`,
  'iu',
);
/** A year a signing is set in ("in 2019", «в 2019 году»), not a period in a title ("for 2024-2028"). */
const YEAR_AT = regex(
  `${WB_START}${alternation([...en.YEAR_BEFORE, ...ru.YEAR_BEFORE])}\\s+((?:19|20)\\d\\d)(?!\\s*[-–—/]\\s*\\d)${WB_END}`,
  'giu',
);

/** Kazakh puts the year first: «2019 жылы», «2015 жылғы». */
const YEAR_BEFORE_KK = regex(
  `${WB_START}((?:19|20)\\d\\d)(?:-\\p{L}{1,3})?\\s+${alternation(kk.YEAR_AFTER)}${WB_END}`,
  'giu',
);

/** The digits of a year, as the two patterns above read them. */
const YEAR_DIGITS = /(?:19|20)\d\d/;

/** True when a sentence sets something in a year before the event's ("In 2019, the sides signed …"). */
export function earlierYear(text: string, eventYear: number | null): boolean {
  // Both patterns read a year's four digits: most sentences have none and are not scanned.
  if (eventYear === null || !YEAR_DIGITS.test(text)) return false;
  for (const re of [YEAR_AT, YEAR_BEFORE_KK]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (Number(m[1]) < eventYear) return true;
  }
  return false;
}

/**
 * "the Treaty … signed by the heads of state has opened…", "the accords signed with the president": a reduced
 * relative names an earlier document. "signed in/at/during" counts only with a time or an earlier occasion after
 * it ("signed in May", "signed during the previous visit"); "documents signed in Astana" are this event's.
 */
export const REDUCED_RELATIVE = regex(
  `^[^.;]{0,160}?(?<!\\b(?:was|were|been|be|have|has|had|and|being)\\s)\\bsigned (?:${alternation(['by', 'with', 'earlier', 'last', 'back in', 'previously'])}|(?:in|at|during|on) (?:the )?(?:${MONTHS}|(?:19|20)\\d\\d|previous|last|earlier|past|first)\\b)`,
  'iu',
);

/** «соглашение …, подписанное в 2023 году»: a Russian participle names an earlier document. */
export const SIGNED_EARLIER = regex(`^[^.;]{0,160}?${alternation(ru.SIGNED_EARLIER)}`, 'iu');

/** A pronoun opening a sentence that points back at the document of the sentence before ("It will be signed …"). */
export const BACK_REFERENCE = regex(String.raw`^(?:it|they|его|её|ее|их|он|она|оно|они)(?![\p{L}])`, 'iu');

/** Words that count a plural document: numbers, number words, "several", «ряд». */
const NUMBER_WORDS = [...Object.keys(enFig.NUMBER_WORDS), ...ruFig.NUMBER_WORDS.map(([w]) => w)];
/** A word between a number and its noun: an adjective, not a verb or an article ("two co-chairs signed the …"). */
const BETWEEN = `(?:(?!${alternation(en.NOT_BETWEEN_COUNT)}\\s)\\S+\\s+)`;
export const QUANTIFIED = regex(
  `(?:\\d+|${alternation([...en.QUANTIFIERS, ...ru.QUANTIFIERS, ...NUMBER_WORDS])})\\s+${BETWEEN}{0,3}$`,
  'iu',
);
/** The number counting a plural document, when it is one ("12 documents", «три контракта»). */
// The greedy lead takes the number nearest the noun ("of the two premiers, 12 documents" → 12).
const COUNT_AT = regex(
  // A Kazakh case suffix may follow the digits: «20-дан астам құжатқа» (more than 20 documents).
  `^[\\s\\S]*(?:^|\\s)(\\d{1,4}|${alternation(NUMBER_WORDS)})(?:-\\p{L}{1,4})?\\s+${BETWEEN}{0,3}$`,
  'iu',
);
const NUMBER_VALUE = new Map<string, number>([
  ...Object.entries(enFig.NUMBER_WORDS),
  ...ruFig.NUMBER_WORDS.map(([w, n]) => [w, n] as [string, number]),
]);

/** Words of a complement. */
const WORDS = regex(String.raw`[\p{L}]+`, 'gu');

/** The number of documents counted in the words before a plural mention, or null. */
export function countBefore(before: string): number | null {
  const m = COUNT_AT.exec(before);
  if (!m?.[1]) return null;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : (NUMBER_VALUE.get(m[1].toLowerCase()) ?? null);
  // Years and amounts are not counts ("in 2024 agreements", "$80 million in documents").
  return n !== null && n > 0 && n < 500 ? n : null;
}

/** An enumeration opener: each comma-separated item after it is one document. */
export const ENUMERATION = wordsRegex([...en.ENUMERATION, ...ru.ENUMERATION, ...kk.ENUMERATION], {
  global: true,
});

/** "… in the fields of transport, energy, …": the commas list fields, not documents. */
export const FIELDS = regex(`${WB_START}${alternation([...en.FIELDS, ...ru.FIELDS])}${WB_END}`, 'iu');

/** A complement that only gives a value ("worth $2 billion", «на $75 млн»): no subject matter. */
export const VALUE_ONLY =
  /^(?:worth|valued at|for a total of|totall?ing|with a total value of|of|на сумму|на общую сумму|на|общей стоимостью|стоимостью)?\s*(?:about|around|over|more than|nearly|almost|почти|около|более|свыше|порядка)?\s*(?:US\$|\$|€|¥|₸)?\s*\d/iu;
/** A complement that opens with a preposition names what the document is about. */
export const ABOUT = regex(`^${alternation([...en.ABOUT, ...ru.ABOUT])}${WB_END}`, 'iu');
/** A Kazakh title's words before its noun that say what it is about (see kk ABOUT_BEFORE). */
export const ABOUT_BEFORE = regex(`${WB_START}${alternation(kk.ABOUT_BEFORE)}${WB_END}`, 'iu');
/** A batch's complement that opens with its partner ("with China", «с Китаем»): see PARTNER_ONLY. */
export const PARTNER_FIRST = regex(
  `^${alternation([...en.PARTNER_ONLY, ...ru.PARTNER_ONLY])}${WB_END}`,
  'iu',
);
/** A subject word later in the complement ("with China on customs", «с Китаем о таможне»). */
export const SUBJECT_LATER = regex(
  `${WB_START}${alternation([...en.SUBJECT_WORDS, ...ru.SUBJECT_WORDS])}${WB_END}`,
  'iu',
);
/** A complement that only says when. */
export const WHEN = regex(`^${alternation([...en.WHEN, ...ru.WHEN])}`, 'iu');

export const GENERIC_WORD = regex(`^${alternation([...en.GENERIC_SUBJECT, ...ru.GENERIC_SUBJECT])}$`, 'iu');
const SHORT = /^(?:on|of|in|for|the|and|with|between|о|об|в|во|по|и|с|на|между)$/iu;

/** A subject made of general words only ("on bilateral cooperation in various fields"): no document named. */
export function isGenericSubject(complement: string): boolean {
  const words = (complement.match(WORDS) ?? []).filter((w) => !SHORT.test(w));
  if (words.length === 0) return true;
  return words.filter((w) => GENERIC_WORD.test(w)).length / words.length >= 0.5;
}

/** A qualifier kept in front of the noun ("intergovernmental agreement"). */
export const QUALIFIER =
  /(?:intergovernmental|interstate|interagency|bilateral|framework|межправительственн\S*|межгосударственн\S*|межведомственн\S*|двусторонн\S*|рамочн\S*)\s+$/iu;

/** "and others", «и другие»: the tail of an enumeration, not a document. */
export const AND_OTHERS = /\s*(?:,\s*)?(?:and others|and more|etc\.?|и другие|и др\.?|и т\.\s?д\.?)\s*$/iu;

/** "deals", «сделки»: a batch that is the report's signed documents when its value is given. */
export const VALUED_BATCH = regex(`^${alternation([...en.VALUED_BATCH, ...ru.VALUED_BATCH])}$`, 'iu');
/** The value of a batch of deals next to it ("worth $5 billion", "$2 billion in", «на сумму»). */
export const BATCH_VALUE = wordsRegex([...en.BATCH_VALUE, ...ru.BATCH_VALUE]);
/** "programme of the visit", «программа визита»: a schedule, not a document. */
export const SCHEDULE_AFTER = regex(
  `^\\s+${alternation([...en.SCHEDULE_AFTER, ...ru.SCHEDULE_AFTER])}${WB_END}`,
  'iu',
);
/** "documents", «документы», «құжаттар»: a noun that names no document type (an unnamed batch stays `other`). */
export const DOCUMENT_NOUN = regex(
  `^${alternation([...en.DOCUMENT_NOUNS, ...ru.DOCUMENT_NOUNS, ...kk.DOCUMENT_NOUNS])}$`,
  'iu',
);
/** "the visit programme", «сапар бағдарламасы»: a schedule named before its noun (Kazakh puts it there). */
export const SCHEDULE_BEFORE = regex(
  `${WB_START}${alternation([...en.SCHEDULE_BEFORE, ...kk.SCHEDULE_BEFORE])}\\s+$`,
  'iu',
);
/** A signing ceremony, with or without its documents named. */
export const CEREMONY = wordsRegex([...en.CEREMONY, ...ru.CEREMONY, ...kk.CEREMONY]);
