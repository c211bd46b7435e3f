import { lookupKey, nameBlockingKeys, nameTokens } from './names.ts';
import { indexKeys } from './person-index.ts';
import type { Report } from './report.ts';

/**
 * What the pair features need of one report, computed once per report instead of once per compared pair:
 * day numbers (no date parsing per pair), name tokens of its people, its distinctive names without its own
 * people's stems, and the blocking keys the clusterer indexes it by.
 */
export interface Prepared {
  /** See `dayWindow`. */
  window: [number, number] | null;
  /** Day of the event date, else of the publication day. */
  anchor: number | null;
  /** `nameTokens` of each participant, in `people` order. */
  peopleTokens: string[][];
  /** `names` minus the report's own `personStems` (sorted, unique). */
  ownNames: string[];
  /** Blocking keys of its participants' names (`nameBlockingKeys`), unique. */
  personKeys: string[];
  /** Index keys of its participants' names (`indexKeys`). */
  indexKeys: string[];
  /** What `personKeys` find on the other side (`lookupKey` of each), as a set. */
  lookupKeys: ReadonlySet<string>;
}

/** Day numbers of the `YYYY-MM-DD` strings seen so far (bounded, cleared when full). */
const dayMemo = new Map<string, number>();

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, parsed once per distinct string. */
export function dayNumber(date: string): number {
  const known = dayMemo.get(date);
  if (known !== undefined) return known;
  if (dayMemo.size >= 100_000) dayMemo.clear();
  const d = Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
  dayMemo.set(date, d);
  return d;
}

/**
 * The days a report's event may fall on: its event date when read from the text; else its publication day
 * or up to two days before (relays run late, and a report rarely precedes its event); else null.
 */
export function dayWindow(r: Report): [number, number] | null {
  const inText = r.dateInText ?? (r.eventDate !== null && r.eventDate !== r.published);
  if (r.eventDate && inText) {
    const d = dayNumber(r.eventDate);
    // a day read one day after the page's own: a wire's or another time zone's calendar day, or a misread
    // relative day, as often as an announcement; the event may be on the publication day too
    const p = r.published ? dayNumber(r.published) : null;
    return p !== null && d - p === 1 ? [p, d] : [d, d];
  }
  const p = r.published ?? r.eventDate;
  if (!p) return null;
  const d = dayNumber(p);
  return [d - 2, d];
}

/** The report's best date as a day number: the event date, else the publication day. */
export function anchorDay(r: Report): number | null {
  const d = r.eventDate ?? r.published;
  return d ? dayNumber(d) : null;
}

/** Blocking keys per participant list (by names): the same principals recur in thousands of reports. */
type PersonKeys = Pick<Prepared, 'personKeys' | 'indexKeys' | 'lookupKeys'>;
const keysMemo = new Map<string, PersonKeys>();

/** The blocking and index keys of a report's participants, shared by every report naming the same people. */
function personKeysOf(r: Report, tokens: string[][]): PersonKeys {
  const id = r.people.map((p) => p.name).join('\u0000');
  const known = keysMemo.get(id);
  if (known) return known;
  if (keysMemo.size >= 20_000) keysMemo.clear();
  const personKeys = [...new Set(tokens.flatMap(nameBlockingKeys))];
  const keys = { personKeys, indexKeys: indexKeys(tokens), lookupKeys: new Set(personKeys.map(lookupKey)) };
  keysMemo.set(id, keys);
  return keys;
}

/** Reports are immutable once built: the memo lives as long as the report. */
const memo = new WeakMap<Report, Prepared>();

/** The prepared features of a report (computed on first use). */
export function prepared(r: Report): Prepared {
  let p = memo.get(r);
  if (p) return p;
  const peopleTokens = r.people.map((x) => nameTokens(x.name));
  const own = new Set(r.personStems);
  const ownNames = r.names.filter((t) => !own.has(t));
  p = {
    window: dayWindow(r),
    anchor: anchorDay(r),
    peopleTokens,
    ownNames: ownNames.length === r.names.length ? r.names : ownNames,
    ...personKeysOf(r, peopleTokens),
  };
  memo.set(r, p);
  return p;
}
