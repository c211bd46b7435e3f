/** The venue of a Chinese report: a known place after «在», a landmark naming its city, never the dateline. */
import type { EventKind } from '../../domain/index.ts';
import { CAPITALS, lookupPlace } from '../gazetteer/index.ts';
import { ZH_LANDMARKS, ZH_NOT_PLACES, ZH_PLACE_FORMS } from '../gazetteer/places-zh.ts';
import { COUNTRIES_ZH, COUNTRY_TRIP_ZH, COUNTRY_VISIT_ZH, TRIP_AHEAD_ZH } from '../lexicon/zh/places.ts';
import { datelineOf, headOf, withoutDateline, type ZhDoc } from './text.ts';

/** «当地时间» opening what follows a dateline: the local time of the dateline's city. */
const LOCAL_TIME = /^\s*当地时间/;

type Forms = Array<[form: string, city: string]>;

/** The text with names that hold a city's name blanked, at the same length (positions stay valid). */
function withoutFalsePlaces(text: string): string {
  let out = text;
  for (const n of ZH_NOT_PLACES) out = out.replaceAll(n, '□'.repeat(n.length));
  return out;
}
const flat = (forms: Record<string, readonly string[]>): Forms =>
  Object.entries(forms)
    .flatMap(([city, fs]) => fs.map((f): [string, string] => [f, city]))
    .sort((a, b) => b[0].length - a[0].length);

/** Every Chinese form with its English city, longest form first. */
const FORMS = flat(ZH_PLACE_FORMS);
const LANDMARKS = flat(ZH_LANDMARKS);

/** The English city of the first known place in a text (landmarks included), with its position. */
export function zhPlaceIn(raw: string): { city: string; at: number } | null {
  const text = withoutFalsePlaces(raw);
  let best: { city: string; at: number } | null = null;
  for (const [form, city] of [...FORMS, ...LANDMARKS]) {
    const at = text.indexOf(form);
    if (at >= 0 && (best === null || at < best.at)) best = { city, at };
  }
  return best;
}

/** A venue cue shortly before a place: «在北京», «于阿斯塔纳», «抵达阿拉木图», «在哈萨克斯坦首都阿斯塔纳». */
const VENUE_CUE = /(?:在|于|抵达|到达|来到|赴)[^，。；、]{0,10}$/;

/** The venue of one sentence: the earliest place with a venue cue before it, or a landmark. */
function venueIn(raw: string): string | null {
  const text = withoutFalsePlaces(raw);
  let best: { city: string; at: number } | null = null;
  for (const [form, city] of FORMS) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      if (VENUE_CUE.test(text.slice(Math.max(0, at - 12), at)) && (best === null || at < best.at))
        best = { city, at };
    }
  }
  if (best) return best.city;
  // «在京», «抵京»: Beijing by its one-character short name, only right after the cue (东京 is Tokyo).
  if (/(?:在|抵|赴|来|返|离)京/.test(text)) return 'Beijing';
  return LANDMARKS.find(([form]) => text.includes(form))?.[1] ?? null;
}

/** A trip right before a city («访问努尔苏丹», «前往阿斯塔纳»). */
const TRIP_TO = /(?:访问|前往|抵达|到访)$/;

/**
 * The city a sentence giving the event's own day sends the visitor to («将于9月14日访问努尔苏丹»): the talks of
 * that day are held there, when the lead itself names no venue.
 */
function tripOnDay(doc: ZhDoc, date: string): { location: string; evidence: string } | null {
  const day = `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
  for (const s of doc.sentences.filter((x) => x.text.includes(day))) {
    const text = withoutFalsePlaces(withoutDateline(s.text));
    const hit = FORMS.find(([form]) => {
      const at = text.indexOf(form);
      return at > 0 && TRIP_TO.test(text.slice(0, at));
    });
    if (hit) return { location: hit[1], evidence: s.text };
  }
  return null;
}

/** The venue city from the lead, or null. Calls and video talks have no venue. */
export function resolveZhLocation(
  doc: ZhDoc,
  kind: EventKind,
  date: string | null = null,
): { location: string | null; evidence: string | null } {
  if (kind === 'phone_call') return { location: null, evidence: null };
  const head = headOf(doc);
  for (const s of head) {
    const text = withoutDateline(s.text);
    if (kind === 'meeting' && /视频/.test(text)) return { location: null, evidence: null };
    const city = venueIn(text);
    if (city) return { location: city, evidence: s.text };
  }
  // «新华社阿斯塔纳7月2日电 当地时间2日晚，…»: a day told in the dateline city's own time happened there.
  for (const s of head) {
    const dateline = datelineOf(s.text);
    const local = dateline && LOCAL_TIME.test(s.text.slice(dateline.length)) ? zhPlaceIn(dateline) : null;
    if (local && kind !== 'statement') return { location: local.city, evidence: s.text };
  }
  // No venue cue: a Chinese headline or opening sentence names the place of the event first («阿克托别总领事馆开馆»).
  if (kind === 'statement') return { location: null, evidence: null };
  const opening = [head.find((s) => s.zone === 'title'), head.find((s) => s.zone !== 'title')];
  for (const s of opening) {
    const hit = s ? zhPlaceIn(withoutDateline(s.text)) : null;
    if (s && hit) return { location: hit.city, evidence: s.text };
  }
  return (
    (date ? tripOnDay(doc, date) : null) ??
    (kind === 'visit' || kind === 'meeting' ? countryTrip(doc) : null) ?? { location: null, evidence: null }
  );
}

/** «首站抵达哈萨克斯坦», «对中国进行国事访问»: a trip to one side's country as a whole, by country code. */
const TRIPS = Object.entries(COUNTRIES_ZH).map(([side, names]) => ({
  side,
  re: new RegExp(
    `(?:${COUNTRY_TRIP_ZH.join('|')})(?:${names.join('|')})|对(?:${names.join('|')})(?:${COUNTRY_VISIT_ZH.join('|')})[^，。；]{0,8}访问`,
  ),
}));
/** A clause still to come: a trip word after «将», «拟» in the same clause. */
const AHEAD = new RegExp(`(?:${TRIP_AHEAD_ZH.join('|')})[^，。；,;]*$`);
/** How many sentences from the top may name the city the trip arrived in. */
const TRIP_SENTENCES = 10;

/**
 * A head telling a trip to a country with no city: the first city of that country the next sentences name after a
 * venue cue («当天下午抵达阿斯塔纳»), not in a clause still to come; else that country's capital (as implied-venue.ts
 * reads the other languages).
 */
function countryTrip(doc: ZhDoc): { location: string; evidence: string } | null {
  for (const s of headOf(doc)) {
    const text = withoutDateline(s.text);
    const trip = TRIPS.map((t) => ({ side: t.side, m: t.re.exec(text) })).find(
      (t) => t.m !== null && !AHEAD.test(text.slice(0, t.m.index)),
    );
    if (!trip) continue;
    const capital = CAPITALS[trip.side];
    if (!capital) return null;
    for (const later of doc.sentences.slice(0, TRIP_SENTENCES)) {
      const clean = withoutFalsePlaces(withoutDateline(later.text));
      for (const [form, city] of FORMS) {
        const at = clean.indexOf(form);
        if (at < 0 || lookupPlace(city)?.country !== trip.side) continue;
        const before = clean.slice(Math.max(0, at - 12), at);
        if (VENUE_CUE.test(before) && !AHEAD.test(before)) return { location: city, evidence: later.text };
      }
    }
    return { location: capital, evidence: s.text };
  }
  return null;
}

/**
 * The capital under its name on the event's day: Nur-Sultan from 23 March 2019 to 17 September 2022, Astana
 * before and after (a Chinese text may write either; the name of the day is what the reports of that day use).
 * Without a day, the name the text writes.
 */
export function capitalOnDay(city: string | null, date: string | null, text = ''): string | null {
  if (city !== 'Astana' && city !== 'Nur-Sultan') return city;
  // No day: the name the text itself writes.
  if (!date) return text.includes('努尔苏丹') && !text.includes('阿斯塔纳') ? 'Nur-Sultan' : city;
  return date >= '2019-03-23' && date < '2022-09-17' ? 'Nur-Sultan' : 'Astana';
}
