/**
 * The report's own day, as distinct from the event's: the publication date, a page time stamp line
 * ("09:40, 14 May 2026"), a wire dateline ("ASTANA, March 9 (Xinhua) –", «Алматы. 3 октября. КазТАГ –»).
 * These resolve "on Tuesday" and "yesterday"; whether the publication day may stand for a same-day event
 * depends on them agreeing, on the report not relaying another outlet, and on it not being an early-morning
 * follow-up of the day before.
 */
import { anchorYear } from '../time/anchor-year.ts';
import { type DateMention, dateMentions } from './date-cues.ts';
import { SOURCES_EN } from './lexicon/en/sources.ts';
import { SOURCES_RU } from './lexicon/ru/sources.ts';
import { alternation, regex, WB_END, WB_START } from './pack-words.ts';
import { headSentences, type Sentence } from './sentences.ts';
import { cyrillicWordToLatin } from './translit.ts';

const DAY = 86_400_000;

/** What the report says about its own day. */
export interface ReportDays {
  /** The day relative cues count back from (earliest of publication, stamp, dateline), or null. */
  ref: number | null;
  /** True when a same-day report may take `ref` as the event's day. */
  trusted: boolean;
  /** Mentions that are datelines or stamps, by sentence: never event-day candidates. */
  skip: Map<Sentence, Set<number>>;
  /** True when the report relays another outlet (see `relayed`): its "today" is the other outlet's day. */
  relay: boolean;
}

/** Before a dateline's date: a capitalised place, maybe ", Country", then a comma or full stop. */
const DATELINE_PREFIX =
  /^\s*(?:\([^)]{0,60}\)\s*)?[\p{Lu}][\p{L}'’. -]{1,30}(?:\s*\([^)]{1,30}\))?(?:,\s*[\p{Lu}][\p{L}'’ -]{1,30})?\s*[,.—–]\s*$/u;
/** A date opening the text, then the city ("18 May 2023, Beijing —"). */
const CITY_AFTER = /^,?\s*[\p{Lu}][\p{L}'’. -]{1,30}\s*(?:[—–(]|-{1,2}\s)/u;
const NOT_PLACE = /^\s*(?:on|in|at|by|since|from|until|в|во|с|на|до|к)\b/iu;
/** After a dateline's date: the agency or a dash. */
const DATELINE_SUFFIX = /^\s*(?:[.,(/]|–|-{1,2}|—)/u;
/** A dateline without its city ("May 18 (Xinhua) --", "May 18 /Xinhua/"): the agency in brackets right after. */
const AGENCY_AFTER = /^\s*(?:\(\s*[\p{L}][\p{L} .-]{1,30}\)|\/\s*[\p{L}][\p{L} .-]{1,30}\/)/u;
/** A clock time in a stamp line; hours before 10 in local time mean an early-morning report. */
const CLOCK = /(?<!\d)([01]?\d|2[0-3]):[0-5]\d(?!\d)/;
const FOREIGN_TIME = /\b(?:am|pm)\b|\b(?:EST|EDT|PST|PDT|CET|CEST|BST)\b/i;
/**
 * "Apa.az reports", «передает Inbusiness.kz», «деп жазады Egemen.kz»: a source with a web name. This and the
 * outlet patterns below write their letters as the packs' scripts (`regex`): a case-insensitive `\p{L}` is slow
 * to compile in every process.
 */
const WEB_SOURCE = regex(
  String.raw`([\p{L}\d-]+)\.(?:kz|az|ru|com|cn|uz|kg|tj|net|org|info|news)\s+(?:reports|reported|informs|writes)|(?:передает|передаёт|сообщает|пишет|деп жазады|деп хабарлайды|деп хабарлады)\s+"?([\p{L}\d-]+)\.(?:kz|az|ru|com|cn|uz|kg|tj|net|org|info|news)`,
  'iu',
);

/**
 * The web name's dot and domain that both of WEB_SOURCE's forms hold: a plain pre-check, as WEB_SOURCE tries its
 * name letters from every letter of the lead and fails slowly on the many leads that name no site.
 */
const WEB_NAME = /\.(?:kz|az|ru|com|cn|uz|kg|tj|net|org|info|news)/iu;

/** An outlet's parenthesis that names its language edition or script, not another outlet. */
const LANGUAGE_TAG =
  /\((?:kaz|kk|kz|rus|ru|eng|en|zh|chinese|kazakh|russian|english|latin|cyrillic|simplified|traditional|big5|arabic-script kazakh|русская версия|қазақша)\)/i;

/**
 * A parenthesis that only describes the outlet's own edition: its script or language («Latin-script Kazakh»,
 * «Arabic-script edition», «mgorod.kz, kaz»), its own web address, or the kind of page («official blog»). Every
 * part of it is such a word or an address; a parenthesis naming another outlet («Xinhua», «via Trend») is a relay.
 */
const EDITION_PART = regex(
  String.raw`^(?:[\p{L}\d-]+\.(?:kz|com|cn|ru|org|net|gov\.kz)|(?:(?:latin|cyrillic|arabic|t[oö]te)(?:[- ]script)?|script|edition|version|kazakh|kaz|kk|official|blog|foreign minister['’]s|minister['’]s|press service|website|site)(?:\s+(?:latin|cyrillic|arabic|script|edition|version|kazakh|official|blog|website|site))*)$`,
  'iu',
);

function ownEdition(outlet: string): boolean {
  const inner = /\(([^)]*)\)/.exec(outlet)?.[1];
  if (!inner) return false;
  return inner.split(/[,;]\s*/).every((part) => EDITION_PART.test(part.trim()));
}

/**
 * An outlet's parenthesis that gives its own web address ("Kazinform (qazinform.com)"), maybe with the wire it
 * rewrote ("VZ.ru, citing TASS"): the outlet's own story, dated as the wire's same-day report, not a relay of a
 * page published later. A mirror or an aggregator ("(via Trend)", "(Telegram channel mirror)") stays a relay.
 */
const OWN_SITE_TAG = regex(
  String.raw`\((?:[\p{L}\d-]+\.(?:kz|ru|com|cn|uz|kg|net|org|info)(?:,\s*citing\s[^)]{2,40})?|citing\s[^)]{2,40})\)`,
  'iu',
);
/**
 * An outlet's name folded for comparing two spellings of it: Cyrillic transliterated, letters only, and the
 * letters Kazakh romanisations swap (q/k, y/i, w/v) made one, so "Kazinform" and "Qazinform" fold alike.
 */
function foldedName(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => cyrillicWordToLatin(w))
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/q/g, 'k')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v');
}

/**
 * A parenthesis that gives the outlet's own name in another spelling ("Kazinform (Qazinform)", after a
 * rebranding or in another script): the outlet's own story, not a relay of another outlet.
 */
function ownRespelling(outlet: string): boolean {
  const m = /^([^()]+)\(([^)]+)\)\s*$/.exec(outlet);
  if (!m) return false;
  const outside = foldedName(m[1] ?? '');
  return outside.length >= 4 && outside === foldedName(m[2] ?? '');
}

/** The outlet says it cites a wire: the text's «передает ТАСС» is that wire, not another outlet relayed. */
const CITING = /\bciting\b/i;

/** An agency cited as the source ("Kazinform reports", "according to Xinhua", «передает Казинформ»). */
const SRC = [SOURCES_EN, SOURCES_RU];
const AGENCY = alternation(SRC.flatMap((p) => [...p.agencies]));
const AGENCY_SOURCE = new RegExp(
  `${WB_START}(?:${alternation(SRC.flatMap((p) => [...p.citeBefore]))}\\s+(?:the\\s+)?«?(${AGENCY})|(${AGENCY})»?\\s+(?:news\\s+agency\\s+)?${alternation(SRC.flatMap((p) => [...p.citeAfter]))})${WB_END}`,
  'iu',
);
/** A name with spaces, dots and «the» dropped, for comparing a cited agency with the outlet. */
const squash = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[\s.«»"-]+/g, '');

/**
 * True when the report relays another outlet: outlet "X (via Y)" (a parenthesis that only says the language
 * edition, "Kazinform (kaz)", is no relay), "Y.az reports" from a different site, or a news agency other than
 * the outlet cited as the source ("Kazinform reports" in an AZERTAC item).
 */
export function relayed(text: string, outlet: string | null | undefined): boolean {
  if (!outlet) return false;
  if (/\bvia\b|через/i.test(outlet)) return true;
  const site = outlet.replace(OWN_SITE_TAG, '');
  if (site.includes('(') && !LANGUAGE_TAG.test(site) && !ownEdition(site) && !ownRespelling(site))
    return true;
  const own = squash(site.replace(LANGUAGE_TAG, ''));
  const m = WEB_NAME.test(text) ? WEB_SOURCE.exec(text) : null;
  const source = (m?.[1] ?? m?.[2] ?? '').toLowerCase();
  if (source.length > 0 && !outlet.toLowerCase().replace(/\s+/g, '').includes(source)) return true;
  if (CITING.test(outlet)) return false;
  const a = AGENCY_SOURCE.exec(text);
  const agency = squash(a?.[1] ?? a?.[2] ?? '');
  return agency.length > 0 && !own.includes(agency) && !agency.includes(own);
}

/** A year in a URL path: alone ("/2024/05/"), or leading a compact date ("/20240518/", "-2024-05-18"). */
const URL_YEAR = /(?<!\d)((?:19|20)\d\d)(?:(?!\d)|(?=(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)))/;

/** The year a report's URL gives, or null. */
export function urlYearOf(url: string | null | undefined): number | null {
  return Number(URL_YEAR.exec(url ?? '')?.[1] ?? 0) || null;
}

/** The anchor year of each article's text (by its sentences): the date rules may ask for it more than once. */
const anchors = new WeakMap<Sentence[], number | null>();

/**
 * The year the recurring events an article names fix (`anchorYear` of its sentences joined by new lines), read
 * once per article: both the dateline rule here and a yearless date's context (dates.ts) may ask for it.
 */
export function textAnchorYear(sentences: Sentence[]): number | null {
  let y = anchors.get(sentences);
  if (y === undefined) {
    y = anchorYear(sentences.map((s) => s.text).join('\n'));
    anchors.set(sentences, y);
  }
  return y;
}

function isDateline(text: string, x: DateMention): boolean {
  const prefix = text.slice(0, x.at);
  if (x.type !== 'explicit') return false;
  const after = text.slice(x.end, x.end + 40);
  if (prefix.trim() === '' && (AGENCY_AFTER.test(after) || CITY_AFTER.test(after))) return true;
  return (
    DATELINE_PREFIX.test(prefix) &&
    !NOT_PLACE.test(prefix) &&
    DATELINE_SUFFIX.test(text.slice(x.end, x.end + 4))
  );
}

/**
 * Finds the report's days (see ReportDays). `pub` is the publication day in UTC milliseconds or null; a
 * dateline without a year takes the publication year, else the URL's.
 */
export function reportDays(
  sentences: Sentence[],
  pub: number | null,
  ctx: { url?: string | null; outlet?: string | null },
): ReportDays {
  const { lead } = headSentences(sentences);
  const skip = new Map<Sentence, Set<number>>();
  const lastLead = lead.at(-1);
  const stop = lastLead ? sentences.indexOf(lastLead) : Math.min(sentences.length - 1, 4);
  // A dateline without a year: the publication's, else the URL's, else the recurring events the text names.
  const urlYear = urlYearOf(ctx.url);
  const anchor = () => textAnchorYear(sentences);
  const days: number[] = [];
  let early = false;
  let fromStamp = false;
  for (const s of sentences.slice(0, stop + 1)) {
    if (s.zone === 'title') continue;
    const furniture = !lead.includes(s);
    const mentions = dateMentions(s.text).filter((x) => x.type === 'explicit');
    const own = furniture ? mentions : mentions.filter((x) => x.at < 60 && isDateline(s.text, x));
    if (furniture) {
      const clock = CLOCK.exec(s.text);
      if (clock && Number(clock[1]) < 10 && !FOREIGN_TIME.test(s.text)) early = true;
    }
    if (own.length === 0) continue;
    skip.set(s, new Set(own.map((x) => x.at)));
    const x = own[0] as DateMention;
    const y = x.y ?? (pub !== null ? new Date(pub).getUTCFullYear() : (urlYear ?? anchor()));
    if (y === null) continue;
    days.push(Date.UTC(y, x.m - 1, x.d));
    if (furniture && x.y !== null) fromStamp = true;
    // A page without its date: a dateline that gives the year (a ministry's «Сиань, 2023 жылғы 26 сәуір –») dates
    // the report as a stamp would.
    else if (pub === null && x.y !== null) fromStamp = true;
  }
  const known = pub !== null ? [pub, ...days] : days;
  const ref = known.length > 0 ? Math.min(...known) : null;
  const text = [...lead].map((s) => s.text).join('\n');
  // The publication day stands for the event only when the report's days agree and it is its own story.
  const agree = days.every((d) => pub === null || Math.abs(d - pub) < DAY);
  const relay = relayed(text, ctx.outlet);
  const trusted = ref !== null && agree && !early && !relay && (pub !== null || fromStamp);
  return { ref, trusted, skip, relay };
}
