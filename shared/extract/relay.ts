/**
 * Whether a report relays another outlet (report-day.ts): then its "today" and its page date are the relay's, often
 * a day or more after the first outlet's story, and its dateline is the other agency's desk (location.ts). Read
 * from the outlet field ("X (via Y)", "site.kz (Xinhua)") and the sources the lead cites («деп жазады Egemen.kz»,
 * "Kazinform reports").
 */
import { SOURCES_EN } from './lexicon/en/sources.ts';
import { SAME_OUTLET, SOURCES_KK } from './lexicon/kk/sources.ts';
import { SOURCES_RU } from './lexicon/ru/sources.ts';
import { memoizeString } from './memo.ts';
import { alternation, regex, WB_END, WB_START } from './pack-words.ts';
import { cyrillicWordToLatin } from './translit.ts';

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
const SRC = [SOURCES_EN, SOURCES_RU, SOURCES_KK];
const AGENCY = alternation(SRC.flatMap((p) => [...p.agencies]));
const AGENCY_SOURCE = new RegExp(
  `${WB_START}(?:${alternation(SRC.flatMap((p) => [...p.citeBefore]))}\\s+(?:the\\s+)?«?(${AGENCY})|(${AGENCY})»?\\s+(?:news\\s+agency\\s+)?${alternation(SRC.flatMap((p) => [...p.citeAfter]))})${WB_END}`,
  'iu',
);
/** A web address as the outlet's name («obvk.kz», "kt.kz") and the parenthesis after it. */
const ADDRESS_THEN_NAME =
  /^\s*[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:kz|ru|com|cn|uz|kg|net|org|info)\s*\(([^()]+)\)\s*$/u;
/** A parenthesis that says the page is another's copy ("Xinhua feature copy", "mirror", "via Trend"). */
const COPY_WORD = /\b(?:copy|mirror|via|reprint|citing)\b|копия|перепечатк/iu;
const KNOWN_SOURCE = new RegExp(`^(?:${AGENCY})$`, 'iu');

/**
 * A web address followed by a paper's full title ("obvk.kz (Вести Восточного Казахстана)"): the site's own
 * name spelled out, not a relay, unless the parenthesis names a known agency («biang.ru (РИА Новости)»), another
 * web address ("kazakhstan3.com (NUR.KZ)") or says the page is a copy.
 */
function ownTitle(outlet: string): boolean {
  const inner = ADDRESS_THEN_NAME.exec(outlet)?.[1]?.trim();
  if (!inner || WEB_NAME.test(inner) || COPY_WORD.test(inner)) return false;
  return !inner.split(/[/,;]\s*/).some((part) => KNOWN_SOURCE.test(part.trim()));
}

/** A name with spaces, dots and «the» dropped, for comparing a cited agency with the outlet. */
const squash = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[\s.«»"-]+/g, '');

/** Each outlet name of `SAME_OUTLET` squashed, with all the names of its outlet squashed. */
const SAME_NAMES: readonly (readonly string[])[] = SAME_OUTLET.map((group) => group.map(squash));

/**
 * The names an outlet goes by: its own (squashed) and, when it holds a name of `SAME_OUTLET`, every other name
 * of that outlet («Kazinform (kaz)» cites «ҚазАқпарат» as itself).
 */
function namesOf(own: string): string[] {
  const names = [own];
  for (const group of SAME_NAMES)
    if (group.some((n) => own.includes(n) || (own.length >= 4 && n.includes(own)))) names.push(...group);
  return names;
}

/** What the outlet's own name says about relaying, read once per outlet (a feed repeats a few outlets). */
interface OutletFacts {
  /** The name alone marks a relay: "X (via Y)", or a parenthesis naming another outlet. */
  relay: boolean;
  /** The outlet squashed (see `squash`), its language tag and own site dropped, and its other names (`namesOf`). */
  own: string[];
  /** The outlet lower-cased without spaces: a web source it may name as itself. */
  compact: string;
  /** The outlet says it cites a wire (`CITING`). */
  citing: boolean;
}

const outletFacts = memoizeString((outlet: string): OutletFacts => {
  const site = outlet.replace(OWN_SITE_TAG, '');
  const relay =
    /\bvia\b|через/i.test(outlet) ||
    (site.includes('(') &&
      !LANGUAGE_TAG.test(site) &&
      !ownEdition(site) &&
      !ownRespelling(site) &&
      !ownTitle(site));
  return {
    relay,
    own: namesOf(squash(site.replace(LANGUAGE_TAG, ''))),
    compact: outlet.toLowerCase().replace(/\s+/g, ''),
    citing: CITING.test(outlet),
  };
}, 256);

/**
 * True when the report relays another outlet: outlet "X (via Y)" (a parenthesis that only says the language
 * edition, "Kazinform (kaz)", is no relay), "Y.az reports" from a different site, or a news agency other than
 * the outlet cited as the source ("Kazinform reports" in an AZERTAC item).
 */
export function relayed(text: string, outlet: string | null | undefined): boolean {
  if (!outlet) return false;
  const facts = outletFacts(outlet);
  if (facts.relay) return true;
  const m = WEB_NAME.test(text) ? WEB_SOURCE.exec(text) : null;
  const source = (m?.[1] ?? m?.[2] ?? '').toLowerCase();
  if (source.length > 0 && !facts.compact.includes(source)) return true;
  if (facts.citing) return false;
  const a = AGENCY_SOURCE.exec(text);
  const agency = squash(a?.[1] ?? a?.[2] ?? '');
  return agency.length > 0 && !facts.own.some((own) => own.includes(agency) || agency.includes(own));
}

/**
 * True when a page of `outlet` cites `source` (an agency's name in any script, «哈通社») as another outlet: the
 * page relays it. False without an outlet, or when the source is one of the outlet's own names (`SAME_OUTLET`).
 */
export function citesAnother(source: string, outlet: string | null | undefined): boolean {
  if (!outlet) return false;
  const facts = outletFacts(outlet);
  if (facts.relay) return true;
  const name = squash(source);
  return name.length > 0 && !facts.own.some((own) => own.includes(name) || name.includes(own));
}
