/**
 * People of a Chinese report: gazetteer names anywhere, unknown Chinese names after a Chinese title, with their
 * role and country; participants are those the lead has taking part, the rest (greetings conveyed, a message's
 * addressee, earlier meetings, third countries) are mentioned.
 */
import type { EventKind, Person } from '../../domain/index.ts';
import { roleInYear } from '../gazetteer/index.ts';
import { ENVOYS_ZH } from '../lexicon/zh/kind.ts';
import {
  AFTER_MENTIONED_ZH,
  AT_EVENT_ZH,
  ATTENDING_ZH,
  BACKGROUND_ZH,
  COMMENTATOR_ZH,
  FUTURE_ZH,
  GREETINGS_ZH,
  ON_BEHALF_ZH,
  ON_STAGE_ZH,
  OTHER_SETTING_ZH,
  PARTICIPATION_ZH,
  PAST_OFFICE_ZH,
  PAST_TIME_ZH,
  PREVIEW_ZH,
  PREVIEWED_ZH,
  REPRESENTATIVE_TITLES_ZH,
  SPEAKING_AT_EVENT_ZH,
  SPEAKING_ZH,
  UNDER_WAY_ZH,
  WELCOME_ZH,
  WILL_ZH,
} from '../lexicon/zh/participation.ts';
import { clauseAt, inReportedWords } from './clauses.ts';
import { eventSection } from './event-section.ts';
import { sharesListVerb } from './joint-subjects.ts';
import { gazetteerNamesIn } from './names.ts';
import { roleBefore, unknownNamesIn } from './people-unknown.ts';
import { firstIn, headOf, type ZhDoc, type ZhSentence } from './text.ts';

/** A sentence listing who attended: it ends «等参加活动», «陪同会见», «出席上述活动». */
const ATTENDED = new RegExp(
  `(?:${ATTENDING_ZH.join('|')})(?:了)?(?:会见|会谈|活动|上述活动|仪式|签字仪式|签约仪式|会议)?[。！]?$|` +
    // «参加会见的还有…», «陪同出访的有…»: the same list, opened instead of closed by its verb.
    `^(?:中方|哈方|双方)?(?:${ATTENDING_ZH.join('|')})[^，。]{0,8}的(?:还有|有|包括)`,
);
/** An official who accompanied the principal («外交部长王毅陪同»), told anywhere in the report, took part. */
const ACCOMPANIED = '陪同';
/** A welcome at the airport: the sentence names the airport and a verb of greeting. */
const welcomed = (sentence: string) =>
  firstIn(sentence, WELCOME_ZH.place) !== undefined && firstIn(sentence, WELCOME_ZH.verbs) !== undefined;
/** An envoy's principal: «受» … «委托», «代表»/«作为» … a title, right before the name. */
const ON_BEHALF_RE = new RegExp(`(?:${ON_BEHALF_ZH.join('|')})[^，。]{0,10}$`);
/** An envoy's principal or an initiative's author after the name, past a title of up to 4 characters («主席委托»). */
const AFTER_RE = new RegExp(`^[^，。]{0,4}?(?:${AFTER_MENTIONED_ZH.join('|')})`);
/** A verb of speaking after a name, past a title or a time word («大使日前在接受采访时表示»). */
const SPEAKS = new RegExp(`^[^，。；]{0,10}?(?:${SPEAKING_ZH.join('|')})`);
/** A verb of speaking right after a name, past «也», «还» or a time word («总领事王某也指出…», «——州长表示»). */
const SPEAKS_THERE = new RegExp(`^[也还则亦并在会上时]{0,3}(?:${SPEAKING_AT_EVENT_ZH.join('|')})`);

/**
 * Whether a person speaks at the meeting or on the visit the report tells: the words follow the name, and the
 * sentence is not set in another year or month, nor in the pair's history.
 */
function speaksThere(o: Occurrence, kind: EventKind, month: number | null, year: number | null): boolean {
  if (kind !== 'meeting' && kind !== 'visit') return false;
  if (!SPEAKS_THERE.test(o.sentence.slice(o.end, o.end + 8))) return false;
  // Only a speaker of either side in the event's own paragraphs: a commentator, or words told of an interview
  // or of the pair's history, are cited, not spoken at the talks.
  // «至于驻华大使…表示»: an envoy the report turns to gives his view of the visit (one at a stop takes part).
  const lead =
    o.sentence
      .slice(0, o.at)
      .split(/[，；：,;:]/)
      .at(-1) ?? '';
  const envoy = kind === 'visit' && /^\s*至于/.test(lead) && firstIn(lead, ENVOYS_ZH) !== undefined;
  if (!o.inSection || envoy || firstIn(lead, COMMENTATOR_ZH)) return false;
  const before = o.sentence.slice(0, o.at);
  const last = [...before.matchAll(/((?:19|20)\d\d)\s*年/g)].at(-1);
  if (year !== null && last && Number(last[1]) < year) return false;
  const months = [...o.sentence.matchAll(/(?<!\d)(\d{1,2})\s*月/g)].map((m) => Number(m[1]));
  if (month !== null && months.length > 0 && !months.includes(month)) return false;
  const clause = clauseAt(o.sentence, o.at);
  return (
    !firstIn(before, PAST_TIME_ZH) && !firstIn(clause, BACKGROUND_ZH) && !firstIn(clause, PAST_OFFICE_ZH)
  );
}

/** Words that make a message's addressee (after them) only mentioned. */
const ADDRESSED = ['致电', '致信', '致贺电', '致唁电', '致慰问电', '复信', '致函'];

/** One occurrence of a person in a sentence. */
interface Occurrence {
  person: Person;
  sentence: string;
  head: boolean;
  at: number;
  end: number;
  /** Named in a paragraph telling the event itself («会上，…») before a verb of the stage («发言», «致辞»). */
  stage: boolean;
  /** In a paragraph of the event's narrative (./event-section.ts). */
  inSection: boolean;
}

/** Whether the person takes part where named: in the title, or in a lead clause with a verb of taking part. */
function takesPart(o: Occurrence, title: boolean, month: number | null, year: number | null): boolean {
  const clause = clauseAt(o.sentence, o.at);
  // «时任外长…出席», «1998年，…出席»: who held office then, or a sentence set in an earlier year.
  if (firstIn(clause, PAST_OFFICE_ZH)) return false;
  const years = [...o.sentence.slice(0, o.at).matchAll(/((?:19|20)\d\d)\s*年/g)];
  const last = years.at(-1);
  if (year !== null && last && Number(last[1]) < year) return false;
  if (firstIn(o.sentence.slice(0, o.at), PAST_TIME_ZH)) return false;
  // The closing list of a readout («…王海鹏，副省长陈春江等参加活动»): everyone in it took part.
  if (ATTENDED.test(o.sentence)) return true;
  // «某某指出，…习近平与托卡耶夫举行会谈»: words another speaker reports tell of another occasion.
  if (inReportedWords(o.sentence.slice(0, o.at))) return false;
  // «第16次会晤», «多次会晤»: a count of meetings or visits (a session's number «第十一次会议» is no count) tells the history of the pair, not who is taking part now.
  if (
    firstIn(clause, BACKGROUND_ZH) ||
    /第[\d一二三四五六七八九十]+次(?:会晤|会见|见面|访问|访华|访哈)/.test(clause)
  )
    return false;
  // «今年7月，习近平…访问» in a November report: the sentence is set in another month, another event.
  const months = [...o.sentence.matchAll(/(?<!\d)(\d{1,2})\s*月/g)].map((m) => Number(m[1]));
  if (month !== null && months.length > 0 && !months.includes(month)) return false;
  // «副总理韩某，第一副总理某某共同出席»: the list's earlier names share the verb after the last one.
  return title || firstIn(clause, PARTICIPATION_ZH) !== undefined || sharesListVerb(o.sentence, o.end);
}

/**
 * Whether an occurrence only mentions the person: greetings conveyed to them, a message's addressee, the host
 * who invited («应…邀请»), or someone whose coming event the clause previews (a visit's own announcement aside:
 * there the coming visit is the event).
 */
function onlyMentioned(o: Occurrence, kind: EventKind): boolean {
  const before = o.sentence.slice(0, o.at);
  if (GREETINGS_ZH.some((w) => before.includes(w))) return true;
  const clause = clauseAt(o.sentence, o.at);
  if (/^应.*邀请/.test(clause)) return true;
  if (kind === 'statement' && firstIn(clause, UNDER_WAY_ZH)) return true;
  // «…大使在接受记者采访时表示»: an interview is the event of a statement only; beside talks it is a comment.
  if (kind !== 'statement' && firstIn(clause, OTHER_SETTING_ZH)) return true;
  if (kind !== 'visit' && firstIn(clause, FUTURE_ZH)) return true;
  // «代表国家主席»: the leader named up to a title before the name is who sent the envoy.
  const near =
    before
      .slice(-14)
      .split(/[，。；：,]/)
      .at(-1) ?? '';
  if (ON_BEHALF_RE.test(near) && !firstIn(near, REPRESENTATIVE_TITLES_ZH)) return true;
  // «受习近平主席委托», «习近平主席提出的…倡议»: who sent the envoy, whose initiative is quoted.
  if (AFTER_RE.test(o.sentence.slice(o.end, o.end + 10))) return true;
  // «访问期间，李强将会见托卡耶夫»: the object of a coming act (its subject, before «将», still takes part).
  const will = WILL_ZH.map((w) => before.lastIndexOf(w)).reduce((a, b) => Math.max(a, b), -1);
  if (will >= 0 && firstIn(before.slice(will), PARTICIPATION_ZH)) return true;
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
  // Paragraphs opening «会上，…»: what they tell happened at the event.
  const atEvent = new Set<number>();
  for (const s of doc.sentences) if (AT_EVENT_ZH.some((w) => s.text.startsWith(w))) atEvent.add(s.para);
  const section = eventSection(doc);
  const onStage = (s: ZhSentence, end: number) =>
    atEvent.has(s.para) && firstIn(s.text.slice(end), ON_STAGE_ZH) !== undefined;
  for (const s of doc.sentences) {
    const known = gazetteerNamesIn(s.text);
    for (const k of known) {
      const role = roleInYear(k.person, year) ?? roleBefore(s.text, k.at)?.en ?? null;
      const person = { name: k.person.name, role, country: k.person.country };
      occurrences.push({
        person,
        sentence: s.text,
        head: head.has(s),
        at: k.at,
        end: k.end,
        stage: onStage(s, k.end),
        inSection: section.has(s.para),
      });
    }
    for (const u of unknownNamesIn(s.text, known, year)) {
      occurrences.push({
        person: u.person,
        sentence: s.text,
        head: head.has(s),
        at: u.at,
        end: u.end,
        stage: onStage(s, u.end),
        inSection: section.has(s.para),
      });
    }
  }
  const preview = [...head].some((s) => firstIn(s.text, PREVIEW_ZH) && firstIn(s.text, PREVIEWED_ZH));
  const participants = new Map<string, Person>();
  const mentioned = new Map<string, Person>();
  for (const o of occurrences) {
    const evidence = o.sentence;
    const bilateral = o.person.country === 'KZ' || o.person.country === 'CN';
    // In a statement, the one who speaks in the lead («大使…表示», «…接受采访时说») is its author.
    const speaker = kind === 'statement' && o.head && SPEAKS.test(o.sentence.slice(o.end, o.end + 12));
    // A visit's welcome party at the airport takes part in the visit, wherever the report tells the welcome.
    const greeter =
      (kind === 'visit' && welcomed(o.sentence)) || (!preview && speaksThere(o, kind, month, year));
    if (
      bilateral &&
      (o.head ||
        o.stage ||
        greeter ||
        ATTENDED.test(o.sentence) ||
        clauseAt(o.sentence, o.at).includes(ACCOMPANIED)) &&
      (takesPart(o, titles.has(o.sentence), month, year) || speaker || o.stage || greeter) &&
      !onlyMentioned(o, kind)
    ) {
      if (!participants.has(o.person.name)) participants.set(o.person.name, { ...o.person, evidence });
    } else if (!mentioned.has(o.person.name)) mentioned.set(o.person.name, { ...o.person, evidence });
  }
  for (const name of participants.keys()) mentioned.delete(name);
  return { participants: [...participants.values()], mentioned: [...mentioned.values()] };
}
