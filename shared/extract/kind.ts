/** Event kind from the title and lead: phone call, visit, signing, forum, meeting, statement, other. */
import type { EventKind } from '../domain/index.ts';
import type { Sentence } from './sentences.ts';

const PHONE =
  /\b(phone|telephone)\s+(call|conversation|talks?)\b|\bspoke (?:by|on the) (?:phone|telephone)\b|\bby phone\b|(телефонн\S*\s+разговор|по телефону|телефон арқылы)/i;
const VISIT =
  /\b(official|state|working|friendly)\s+visit\b|\b(?:paid|pays|paying|on|for|begins?|began|started|concluded)\s+an?\s+(?:\w+\s+)?visit\b|(официальн\S*|государственн\S*|рабоч\S*)\s+визит|(ресми|мемлекеттік|жұмыс)\s+сапар/i;
const VISIT_TO_ATTEND =
  /\bvisit\b(?:(?!\band\b)[^.]){0,40}\bto (attend|participate|take part)\b|визит\S*(?:(?!\s(?:и|а также)\s)[^.]){0,40}(для участия|принять участие)/i;
/** A committee session or a business forum: the event is that gathering whatever else happened there. */
const STRONG_FORUM =
  /\b(?:\d+(?:st|nd|rd|th)\s+)?(?:session|meeting|sitting) of (?:the|their)\s+(?:\S+\s+){0,5}(?:committee|subcommittee|commission|council)\b|\b\d+(?:st|nd|rd|th) session\b|\bbusiness (?:forum|council)\b|\bexpo\b|заседани\S*\s+(?:\S+\s+){0,3}(?:комитет|подкомитет|комисси|совет)\S*|бизнес-совет\S*|бизнес-форум\S*|деловой форум|\bЭКСПО\b/i;
const SIGNING =
  /\b(signed|signing ceremony|inked|exchanged notes)\b|(подписал\S*|подписан\S*|обменял\S* нотами|қол қойы\S*|қол қойды)/i;
const TALKS =
  /\b(talks|met|meets|meeting|dialogue|consultations|received|receives|hosted|discuss|discussed|discusses|negotiations)\b|(переговор\S*|встрет\S*|встреч\S*|диалог\S*|консультаци\S*|принял(?! участие)|обсудил\S*|келіссөз\S*|кездес\S*|қабылдады|талқылады)/i;
const FORUM =
  /\b(forum|session of the|(?:meeting|session) of the (?:\S+\s+){0,5}(?:committee|subcommittee|commission|council)|co-chair(?:ed|s)?|business council|summit|expo|exhibition|conference|congress)\b|(форум\S*|заседани\S*|саммит\S*|выставк\S*|конференци\S*|съезд\S*)/i;
/** A title that names talks between people ("Xi, Tokayev hold talks") outranks a venue named in it. */
const TALKS_TITLE = /\b(hold|held|holds) talks\b|провел\S* переговоры/i;
const BRIEFING =
  /\b(at a briefing|told (?:reporters|journalists)|press conference)\b|(на брифинге|журналистам|пресс-конференци)/i;
const STATEMENT =
  /\b(said|stated|statement|announced|commented|briefing|told reporters|declared|according to)\b|(заявил\S*|заявлени\S*|сообщил\S*|брифинг\S*|прокомментировал\S*)/i;

const STALE =
  /\b(reached|earlier|previously|last year|in (?:january|february|march|april|may|june|july|august|september|october|november|december) \d{4}|during the (?:state|official) visit of)\b|(достигнут\S*|ранее|в прошлом году|в ходе государственного визита)/i;

/** A visit named only in a side clause ("who is in Astana on a working visit") is not the event. */
const SIDE_CLAUSE_VISIT =
  /(?:who is|which is|который|которая)[^.]{0,40}$|(?:upcoming|forthcoming|expected|planned|next|preparations? for the|ahead of|предстоящ\S*|будущ\S*|подготовк\S* к)\s+(?:\S+\s+){0,2}$/i;

function mainVisit(text: string): boolean {
  for (const m of text.matchAll(new RegExp(VISIT.source, 'gi'))) {
    if (!SIDE_CLAUSE_VISIT.test(text.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0))) return true;
  }
  return false;
}

/** A headline quoting someone ("Karabayev: Kazakhstan and China will sign …"). */
const QUOTE_HEADLINE = /^[A-ZА-ЯЁ][\p{L}-]{2,30}(?:\s[A-ZА-ЯЁ][\p{L}-]{2,30})?:\s/u;

/**
 * Classifies the event: a phone call anywhere in the lead; a committee session, forum or expo named in the
 * title; a state/official visit in the lead; a signing with no talks; then talks, statements, other.
 */
export function classifyKind(sentences: Sentence[]): EventKind {
  // Sentences about earlier happenings ("agreements reached during the state visit of …") do not set the kind.
  const fresh = sentences.filter((s) => !STALE.test(s.text));
  const title = fresh
    .filter((s) => s.zone === 'title')
    .map((s) => s.text)
    .join(' ');
  const head = fresh
    .filter((s) => s.zone !== 'body')
    .map((s) => s.text)
    .join(' ');
  const body = fresh.map((s) => s.text).join(' ');
  if (PHONE.test(head)) return 'phone_call';
  if (FORUM.test(title) && !TALKS_TITLE.test(title)) return 'forum';
  if (mainVisit(head) && !VISIT_TO_ATTEND.test(head)) return 'visit';
  if (QUOTE_HEADLINE.test(title) || BRIEFING.test(head)) return 'statement';
  if (STRONG_FORUM.test(head)) return 'forum';
  if (SIGNING.test(head) && !TALKS.test(head)) return 'agreement_signing';
  const forumAt = head.search(FORUM);
  const talksAt = head.search(TALKS);
  if (forumAt >= 0 && (talksAt < 0 || forumAt < talksAt) && !VISIT_TO_ATTEND.test(head)) return 'forum';
  if (talksAt >= 0) return 'meeting';
  if (PHONE.test(body)) return 'phone_call';
  if (STATEMENT.test(head)) return 'statement';
  if (TALKS.test(body)) return 'meeting';
  if (FORUM.test(body)) return 'forum';
  return 'other';
}
