/**
 * Event kind from the main clause of the title and lead: the subject's main verb ("X held talks with Y",
 * «X прибыл в Пекин», "the forum kicked off") decides, not the first keyword anywhere. Verbs in quotes,
 * subordinate clauses ("who arrived on a visit"), the future ("will visit") or background ("earlier") do not.
 */
import type { EventKind } from '../domain/index.ts';
import { isByline } from './byline.ts';
import { committeeSession } from './kind-committee.ts';
import { BATCH, summitMeeting } from './kind-frames.ts';
import {
  meetingFirst,
  PHONE_HINT,
  type Read,
  signingKind,
  speechKind,
  statementAt,
  tripOfVisit,
  tripTo,
  workingTripMeeting,
} from './kind-reads.ts';
import { speakerMeeting } from './kind-speaker.ts';
import { kazakhInterview, wholeKazakhTrip } from './kk-kind.ts';
import { kazakhPreview } from './kk-preview.ts';
import { kazakhSigningAtTalks } from './kk-signing.ts';
import { wordsRegex } from './lexicon/build.ts';
import { RELEASE_QUOTE_EN } from './lexicon/en/kind.ts';
import { RELEASE_QUOTE_RU } from './lexicon/ru/kind.ts';
import { eventNouns, mainClause, nounSetting, type Predicate, predicates } from './predicates.ts';
import { headSentences, type Sentence } from './sentences.ts';

/** A kind with the sentence it was read from. */
export interface KindWithEvidence {
  kind: EventKind;
  evidence: string | null;
}

/** Results by document: the date and place rules ask for the kind's sentence too. */
const memo = new WeakMap<Sentence[], KindWithEvidence>();

/** Classifies the event and returns the sentence that decided it (see the module comment). */
export function classifyKindWithEvidence(sentences: Sentence[]): KindWithEvidence {
  const known = memo.get(sentences);
  if (known) return known;
  const result = classify(sentences);
  memo.set(sentences, result);
  return result;
}

function classify(sentences: Sentence[]): KindWithEvidence {
  // A Kazakh signing told with the talks it was part of is that meeting (./kk-signing.ts).
  return committeeSession(
    sentences,
    summitMeeting(
      sentences,
      speakerMeeting(sentences, kazakhSigningAtTalks(sentences, classifyHead(sentences))),
    ),
  );
}

/*
 * The helpers below are module functions, not closures made per article: the loader names every named
 * closure as it is made.
 */

/** A head sentence as the rules read it; it is analysed when first asked about (the title often decides alone). */
function read(s: Sentence): Read {
  return {
    s,
    get preds() {
      return predicates(s.text, s.zone === 'title');
    },
    get masked() {
      return mainClause(s.text, s.zone === 'title');
    },
  };
}

/** The kind with the sentence it was read from. */
function out(kind: EventKind, r: Read | undefined): KindWithEvidence {
  return { kind, evidence: r?.s.text ?? null };
}

function realizedEvent(r: Read): Predicate | undefined {
  return r.preds.find((p) => p.role === 'event' && p.tense === 'realized');
}

/** "X and Y discussed …" in a headline is weaker than the lead's own verb ("held the 11th session …"). */
function titleEvent(r: Read): Predicate | undefined {
  return r.preds.find((p) => p.role === 'event' && p.tense === 'realized' && !p.weak);
}

function opensWithSigning(r: Read | undefined): boolean {
  return r?.preds.find((p) => p.tense === 'realized')?.kind === 'agreement_signing' && BATCH.test(r.s.text);
}

function classifyHead(sentences: Sentence[]): KindWithEvidence {
  const h = headSentences(sentences);
  const title = h.title ? read(h.title) : undefined;
  const lead = h.lead.map(read);
  const head = title ? [title, ...lead] : lead;

  // An op-ed signed by its author is a statement whatever it recounts.
  const firstLead = h.lead[0];
  const before = sentences.slice(0, firstLead ? sentences.indexOf(firstLead) + 1 : 3);
  const byline = before.find((s) => s.zone !== 'title' && isByline(s.text.slice(0, 160)));
  if (byline) return out('statement', read(byline));

  // A phone call named in the title or lead is the event whatever else the lead says.
  const phone = head.find(
    (r) => PHONE_HINT.test(r.s.text) && r.preds.some((p) => p.kind === 'phone_call' && p.tense !== 'past'),
  );
  if (phone) return out('phone_call', phone);
  // A Kazakh preview of a visit (an envoy telling of it included) is about that visit (./kk-preview.ts).
  if (kazakhPreview(sentences)) return out('visit', lead[0] ?? title);
  // A Kazakh interview (the lead is the interviewer's question) is the interviewee's statement (./kk-kind.ts).
  if (kazakhInterview(sentences)) return out('statement', lead[0] ?? title);

  let purpose: { kind: EventKind; r: Read } | null = null;
  const t = title && titleEvent(title);
  const tTrip = title && t ? tripTo(title, t) : null;
  if (title && tTrip) purpose = { kind: tTrip, r: title };
  // «Посол посетил область» over «…посетил область, где провел встречу с акимом»: the lead tells what it was.
  const leadTrip =
    t?.kind === 'visit'
      ? lead
          .slice(0, 2)
          .map((r) => ({ r, k: tripOfVisit(r) }))
          .find((x) => x.k)
      : undefined;
  if (leadTrip?.k) return out(leadTrip.k, leadTrip.r);
  // "Governor of Gansu visits Kazakhstan" over "The akim received a delegation led by the governor": the
  // headline names the trip, the lead reports the one meeting of it.
  // A Kazakh trip whose programme of several meetings is told: the visit as a whole (./kk-kind.ts).
  if (
    wholeKazakhTrip(
      title?.s.text ?? null,
      lead.slice(0, 3).map((r) => r.s.text),
    )
  )
    return out('visit', lead[0] ?? title);
  const leadMeeting = t?.kind === 'visit' && lead[0] ? meetingFirst(lead[0]) : false;
  if (leadMeeting && lead[0]) return out('meeting', lead[0]);
  const working = workingTripMeeting(t ?? lead[0]?.preds.find((p) => p.tense === 'realized'), head, lead);
  if (working) return out('meeting', working);
  if (title && t && !tTrip)
    return out(
      t.kind === 'agreement_signing'
        ? signingKind(head, lead, opensWithSigning(lead[0]), bodyReads(sentences, head))
        : t.kind,
      title,
    );
  // A headline that has someone speak ("X highlights …") is read like a lead sentence with a speech verb.
  if (title?.preds.some((p) => p.role === 'speech' && p.tense === 'realized'))
    return out(speechKind(title, lead), title);

  for (const [i, r] of lead.entries()) {
    const first = r.preds.find((p) => p.tense === 'realized');
    if (!first) continue;
    if (first.role === 'speech') return out(speechKind(r, lead.slice(i + 1)), r);
    const trip = tripTo(r, first);
    if (trip) {
      purpose ??= { kind: trip, r };
      continue;
    }
    if (first.kind === 'statement') return out(statementAt(r), r);
    return out(
      first.kind === 'agreement_signing'
        ? signingKind(head, lead.slice(i + 1), i === 0 && BATCH.test(r.s.text))
        : first.kind,
      r,
    );
  }
  if (purpose) return out(purpose.kind, purpose.r);
  const weakTitle = title && realizedEvent(title);
  if (weakTitle) return out(weakTitle.kind, title);
  // Only what is to come: a preview of a visit or talks is about that visit or those talks.
  for (const r of [...lead, ...(title ? [title] : [])]) {
    const f = r.preds.find((p) => p.role === 'event' && p.tense === 'future');
    if (f) return out(f.kind, r);
  }
  // No verb at all ("Meeting with the Chinese ambassador"): the first event noun that is not a setting.
  for (const r of head) {
    const n = eventNouns(r.masked).find((x) => !x.document && nounSetting(r.masked, x) !== 'strong');
    if (n) return out(n.kind, r);
  }
  // Only a setting ("agreed to … during talks between the ministers"): what was agreed was agreed there, and
  // nothing else names the happening.
  for (const r of lead) {
    const n = eventNouns(r.masked).find((x) => !x.document && x.kind !== 'other');
    if (n) return out(n.kind, r);
  }
  // Nothing outside quotes: a lead that relays an official release in quotes («"Во время встречи с послом …
  // отмечена …", – говорится в сообщении») still names the happening there.
  for (const r of lead) {
    if (!RELEASE_QUOTE.test(r.s.text)) continue;
    const n = eventNouns(r.s.text).find((x) => !x.document && x.kind !== 'other' && x.kind !== 'visit');
    if (n) return out(n.kind, r);
  }
  return out('other', undefined);
}

/** An official release quoted by the outlet: "…," the ministry said in a statement; «…», – говорится в сообщении. */
const RELEASE_QUOTE = wordsRegex([...RELEASE_QUOTE_EN, ...RELEASE_QUOTE_RU]);

/** Body sentences after the head (a few paragraphs), read on demand: where a headline's signing took place. */
function bodyReads(sentences: Sentence[], head: Read[]): Read[] {
  const inHead = new Set(head.map((r) => r.s));
  return sentences
    .filter((s) => !inHead.has(s) && s.zone !== 'title')
    .slice(0, BODY_SIGNING_MAX)
    .map(read);
}
const BODY_SIGNING_MAX = 10;

/** Classifies the event kind of an article (see classifyKindWithEvidence). */
export function classifyKind(sentences: Sentence[]): EventKind {
  return classifyKindWithEvidence(sentences).kind;
}
