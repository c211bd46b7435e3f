/**
 * Place names in a sentence and the part each plays: the venue ("in Beijing", «в Пекине», «Бейжіңде», "at
 * the Great Hall of the People"), a trip's destination ("a visit to Urumqi") or start ("departed from
 * Beijing"), or only part of a title ("the Consul General in Almaty"); and whether a text speaks of a video format.
 */
import { CITIES, foldCyrillic, LANDMARKS } from './gazetteer/index.ts';
import { keyedFinder } from './keyed-finder.ts';
import { alternation, WB_END, WB_START } from './lexicon/build.ts';
import { PLACES_EN } from './lexicon/en/places-cues.ts';
import { PLACES_KK } from './lexicon/kk/places-cues.ts';
import { PLACES_RU } from './lexicon/ru/places-cues.ts';
import { literalHint } from './literal-hint.ts';
import { memoize } from './memo.ts';
import { regex } from './pack-words.ts';
import { predicates } from './predicates.ts';

const PACKS = [PLACES_EN, PLACES_RU, PLACES_KK];

/** One place found in a sentence. */
export interface PlaceHit {
  city: string;
  role: 'venue' | 'destination' | 'departure' | 'other';
  at: number;
  end: number;
}

/** Lower case, Kazakh letters as their Russian look-alikes, Latin diacritics dropped; same length. */
export function foldPlace(s: string): string {
  return foldCyrillic(s).replace(
    /[\u00c0-\u024f]/g,
    (ch) => ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '') || ch,
  );
}

const byVariant = new Map<string, string>();
for (const c of CITIES) for (const v of c.variants) byVariant.set(foldPlace(v), c.name);
for (const l of LANDMARKS) for (const n of l.names) byVariant.set(foldPlace(n), l.city);
const variants = [...byVariant.keys()].filter((v) => v.length >= 3);
const latin = variants.filter((v) => !/[а-я]/.test(v));
const cyrillic = variants.filter((v) => /[а-я]/.test(v));
/** Latin names as whole words; Cyrillic names as stems taking case endings («Пекине», «Астанаға»). */
const LATIN_PLACE = keyedFinder(latin);
const CYRILLIC_PLACE = keyedFinder(cyrillic, { tail: '\\p{L}{0,4}' });
const all = <K extends keyof (typeof PACKS)[number]>(k: K) =>
  PACKS.flatMap((p) => [...(p[k] as readonly string[])]);
const BETWEEN = `(?:${alternation(all('between'))}\\s+){0,3}`;
const VENUE_BEFORE = new RegExp(`${WB_START}${alternation(all('venue'))}\\s+${BETWEEN}$`, 'iu');
const DEST_BEFORE = new RegExp(`${WB_START}${alternation(all('destination'))}\\s+${BETWEEN}$`, 'iu');
const FROM_BEFORE = new RegExp(`${WB_START}${alternation(all('departure'))}\\s+${BETWEEN}$`, 'iu');
/** A role or office tied to the place, a few words before it, no verb or comma between. */
const ROLE_BEFORE = new RegExp(`${WB_START}${alternation(all('roles'))}${WB_END}([^,;.]{0,50})$`, 'iu');
/**
 * A person's name between the role and the preposition ("met Ambassador Han Chun in Konaev", «принял посла
 * Хань Чуня в Таразе»): the place is where they met, not the post's seat ("the Consul General in Almaty").
 */
const NAME_BEFORE_PREP = /\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+\s+\S+\s+$/u;
/** A facility or project right before the preposition: the city is its site ("a plant in Pavlodar"). */
const FACILITY_BEFORE = regex(
  `${WB_START}${alternation(all('facilities'))}(?:\\s+[\\p{L}-]+){0,3}\\s+${alternation(all('venue'))}\\s+${BETWEEN}$`,
  'iu',
);
/**
 * A realized opening a little before the place, no clause break between ("opened the Consulate General of
 * Kazakhstan in Xi'an"): a facility's or post's city is then where the opening ceremony was held.
 */
const OPENED_BEFORE = regex(`${WB_START}${alternation(all('opened'))}${WB_END}[^,;.]{0,90}$`, 'iu');

/** An earlier happening's place ("agreements reached in Beijing"): a cue before it, no clause break between. */
const BACKGROUND_BEFORE = new RegExp(
  `${WB_START}${alternation([...PLACES_EN.background, ...PLACES_RU.background])}${WB_END}[^,;.]{0,60}$`,
  'iu',
);
/**
 * A Latin city name that starts a longer proper name ("Shanghai Cooperation Organization"). A month or a weekday
 * after it is a date ("in Astana Thursday", wire style), not part of a name; a Chinese autonomous unit's title
 * ("Changji Hui Autonomous Prefecture") names the place itself.
 */
const NAME_GOES_ON =
  /^\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{L}*\.?(?:\s|,|$)|(?:On|In|At|And|To|For|With|From|During|Province|Region|City|(?:Hui|Kazakh|Mongol|Tibetan|Uygur|Uyghur)\s+Autonomous|Autonomous)\b)\p{Lu}\p{Ll}+/u;
/** A statement setting before the place ("at a briefing in Astana"). */
export const STATEMENT_SETTING = new RegExp(
  `${WB_START}${alternation(all('statementSetting'))}[^,;.]{0,25}$`,
  'iu',
);
/** The agency's own correspondent reporting ("Kazinform correspondent reports", «передает корреспондент»). */
export const OWN_CORRESPONDENT = new RegExp(
  `${WB_START}${alternation(all('ownCorrespondent'))}${WB_END}`,
  'iu',
);
/** A cited source around the place ("citing the Akorda", «Ақордаға сілтеме жасап»): no part of the event. */
const CITED_BEFORE = regex(`${WB_START}${alternation(all('citedBefore'))}\\s+$`, 'iu');
const CITED_AFTER = regex(`^\\p{L}{0,4}\\s+${alternation(all('citedAfter'))}${WB_END}`, 'iu');
/** A region named after its city ("the Almaty region", «Туркестанской области»): not the city. */
const REGION_AFTER = new RegExp(`^\\s+${alternation(all('regions'))}${WB_END}`, 'iu');
const HOSTS_AFTER = regex(`^\\p{L}{0,4}\\s+${alternation(all('hosts'))}${WB_END}`, 'iu');
/** A guest described as visiting («находящегося с визитом»). */
export const VISITING = new RegExp(`${WB_START}${alternation(all('visitingGuest'))}${WB_END}`, 'iu');
const REMOTE = new RegExp(`${WB_START}${alternation(all('remote').map(foldPlace))}${WB_END}`, 'iu');
/** A word every remote-format entry holds: most heads name none, and the boundary pattern is spared. */
const REMOTE_HINT = literalHint(all('remote').map(foldPlace)) ?? /(?:)/;
const suffix = (list: string[]) => new RegExp(`^${alternation(list.map(foldPlace))}$`, 'u');
const KK_VENUE = suffix(PLACES_RU.suffixVenue);
const KK_DEST = suffix(PLACES_RU.suffixDestination);
const KK_FROM = suffix(PLACES_RU.suffixDeparture);

/**
 * ROLE_BEFORE and BACKGROUND_BEFORE end in `[^,;.]{0,n}$` after words of theirs without those marks, so each of
 * their matches lies after the last such mark of a text (and the mark is no letter for the left boundary): the
 * text after it gives the same match. Checked on the lists: a `/…/` entry or a mark in a word reads it all.
 */
const ROLE_CUT = [...all('roles'), ...PLACES_EN.background, ...PLACES_RU.background].every(
  (e) => !e.trim().startsWith('/') && !/[,;.]/.test(e),
);

/** The text after its last comma, semicolon or full stop (all of it when it has none). */
function afterLastStop(s: string): string {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x2e) return s.slice(i + 1);
  }
  return s;
}

/** The city a matched name stands for and how long its known spelling is (the rest is a case ending). */
function cityOf(name: string): [city: string, length: number] | null {
  for (let n = name; n.length >= 3; n = n.slice(0, -1)) {
    const c = byVariant.get(n);
    if (c) return [c, n.length];
  }
  return null;
}

/** Every place name in a (masked) sentence, with its role, in order (quotes and clauses as the caller masked). */
export const placeHits: (text: string) => PlaceHit[] = memoize((text: string) => findPlaces(text));

/** True when the text speaks of a video or online format. */
export function isRemote(text: string): boolean {
  const folded = foldPlace(text);
  return REMOTE_HINT.test(folded) && REMOTE.test(folded);
}

/** True when a realized opening stands in the clause before `at` (read only for a facility's or post's city). */
function opened(text: string, at: number): boolean {
  return OPENED_BEFORE.test(afterLastStop(text.slice(Math.max(0, at - 120), at)));
}

function findPlaces(text: string): PlaceHit[] {
  const folded = foldPlace(text);
  const out: PlaceHit[] = [];
  const found = [
    ...LATIN_PLACE(folded).map((m) => ({ ...m, latin: true })),
    ...CYRILLIC_PLACE(folded).map((m) => ({ ...m, latin: false })),
  ].sort((a, b) => a.at - b.at);
  for (const m of found) {
    const at = m.at;
    const name = m.text;
    // Latin place names are capitalised in the text ("Oral" the city, not "oral" the adjective).
    if (m.latin && !/^\p{Lu}/u.test(text.slice(at, at + 1))) continue;
    if (m.latin && NAME_GOES_ON.test(text.slice(m.end, m.end + 30))) continue;
    if (REGION_AFTER.test(text.slice(m.end, m.end + 25))) continue;
    if (
      CITED_AFTER.test(text.slice(m.end, m.end + 30)) ||
      CITED_BEFORE.test(text.slice(Math.max(0, m.at - 25), m.at))
    )
      continue;
    const known = cityOf(name);
    if (!known) continue;
    const [city, length] = known;
    const before = text.slice(Math.max(0, at - 40), at);
    const suffix = m.latin ? '' : name.slice(length);
    let role: PlaceHit['role'] = 'other';
    const near = text.slice(Math.max(0, at - 70), at);
    // Both patterns end in a run without , ; or . after their words: only the text after the last one is read.
    const clause = ROLE_CUT ? afterLastStop(near) : near;
    const post = ROLE_BEFORE.exec(clause);
    // "the Consul General in Almaty" is a post; "the akim met the ambassador in Turkestan" is a venue.
    const named = NAME_BEFORE_PREP.test(post?.[1] ?? '');
    const site = (post && !named && predicates(post[0]).length === 0) || FACILITY_BEFORE.test(near);
    const bg = ROLE_CUT ? clause : near;
    // An opening ceremony is held at the facility it opens (unless the opening is an earlier one recalled).
    if (site) role = !BACKGROUND_BEFORE.test(bg) && opened(text, at) ? 'venue' : 'other';
    else if (BACKGROUND_BEFORE.test(bg)) role = 'other';
    else if (VENUE_BEFORE.test(before) || KK_VENUE.test(suffix) || HOSTS_AFTER.test(text.slice(at + length)))
      role = 'venue';
    else if (DEST_BEFORE.test(before) || KK_DEST.test(suffix)) role = 'destination';
    else if (FROM_BEFORE.test(before) || KK_FROM.test(suffix)) role = 'departure';
    out.push({ city, role, at, end: m.end });
  }
  return out.sort((a, b) => a.at - b.at);
}
