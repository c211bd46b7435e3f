import { describe, expect, it } from 'vitest';
import { clauseAround, clauseReader, mainClause, pastIn, pastReader } from '../../shared/extract/clauses.ts';
import { keyedFinder, keyedMatcher, longKeys } from '../../shared/extract/keyed-finder.ts';
import { hintedFinder, literalHint } from '../../shared/extract/literal-hint.ts';
import { phraseFinder } from '../../shared/extract/phrases.ts';

const ENTRIES = ['held talks', 'met', 'visit*', 'в ходе', 'прибыл*', 'сенбі', 'phone call'];
const TEXTS = [
  'The minister met his counterpart and held  talks on Tuesday.',
  'MET with officials; Visited Urumqi, revisited nothing.',
  'Делегация прибыла в Астану, в ходе визита прошла встреча.',
  'Metal prices held steady; a phone-call was not a phone call.',
  'ſenbі? Met. «met» (met) met',
  '',
  'emoji 😀met 😀 met',
];

describe('keyedFinder', () => {
  it('finds what the scanning finder finds, in order', () => {
    const scan = phraseFinder(ENTRIES);
    const keyed = keyedFinder(ENTRIES);
    for (const t of TEXTS) expect(keyed(t)).toEqual(scan(t));
    expect(keyed(TEXTS[0] as string).map((m) => m.text)).toEqual(['met', 'held  talks']);
  });

  it('takes a case-ending tail like the scanning finder', () => {
    const scan = phraseFinder(['пекин', 'астан'], { tail: '\\p{L}{0,4}' });
    const keyed = keyedFinder(['пекин', 'астан'], { tail: '\\p{L}{0,4}' });
    const t = 'в пекине и астане, но не в супекине';
    expect(keyed(t)).toEqual(scan(t));
    expect(keyed(t).map((m) => m.text)).toEqual(['пекине', 'астане']);
  });

  it('scans whole texts when an entry has no known first letters', () => {
    const entries = ['/\\S+мен\\s+кездесті/', 'met'];
    const t = 'Ол министрмен кездесті, then met.';
    expect(keyedFinder(entries)(t)).toEqual(phraseFinder(entries)(t));
  });
});

describe('longKeys', () => {
  it('keys a plain entry by its whole first run of letters, a stem by its letters, a pattern by word-keys', () => {
    expect([...(longKeys(['Kazan', 'st. petersburg', 'пекин*', "xi'an"]) ?? [])]).toEqual([
      'kazan',
      'st',
      'пекин',
      'xi',
    ]);
    expect([...(longKeys(['/(?:talks|meeting)s?\\s+with/']) ?? [])]).toEqual(['tal', 'mee']);
    expect(longKeys(['/\\S+мен/'])).toBeNull();
  });

  it('tries the pattern only where a whole key fits, and misses no match', () => {
    const entries = ['kazan', 'chimkent', 'astana*'];
    const t = 'Kazakhstan and China: KAZAN, Chimkent and Astana’s Astanada, not kazakh or chimney.';
    const keyed = keyedFinder(entries);
    expect(keyed(t)).toEqual(phraseFinder(entries)(t));
    expect(keyed(t).map((m) => m.text)).toEqual(['KAZAN', 'Chimkent', 'Astana', 'Astanada']);
    // A source wider than its entries shows where it is tried: "kazakhstan" starts as "kaz" but is no "kazan".
    const tried = keyedMatcher('(?<![a-z])ka\\p{L}+', 'iu', ['kazan'])(t).map((m) => m[0]);
    expect(tried).toEqual(['KAZAN']);
  });

  it('reads letters past every key letter, and signs that fold to a key letter, as the pattern does', () => {
    // The Kelvin sign is no word character but folds to "k"; a Han sign is beyond every key letter's code; a Greek
    // letter is a letter, so no word starts after it.
    const entries = ['kazan', 'kaz*', 'каспий'];
    const t = '\u212Aazan 中kazan, Kazakh; kaz中 Ωkaz каспийск, КАСПИЙ, kaza';
    const keyed = keyedFinder(entries)(t);
    expect(keyed).toEqual(phraseFinder(entries)(t));
    expect(keyed.map((m) => m.text)).toEqual(['\u212Aazan', 'kazan', 'Kazakh', 'kaz', 'КАСПИЙ', 'kaza']);
  });
});

describe('literalHint', () => {
  it('is implied by every entry and null for pattern entries', () => {
    const hint = literalHint(['the day before yesterday', 'последн* недел*']) as RegExp;
    expect(hint.test('THE DAY BEFORE YESTERDAY')).toBe(true);
    expect(hint.test('на последней неделе')).toBe(true);
    expect(hint.test('the day before')).toBe(false);
    expect(literalHint(['/\\d+ days/'])).toBeNull();
  });

  it('gives the same matches as the scanning finder', () => {
    const entries = ['today', 'this morning', 'накануне'];
    for (const t of ['Today and this  morning', 'накануне визита', 'nothing here'])
      expect(hintedFinder(entries)(t)).toEqual(phraseFinder(entries)(t));
  });
});

describe('keyedMatcher', () => {
  it('gives the global scan’s matches with their groups', () => {
    const source = '(?<![a-z])(march|apr)\\.?\\s+(\\d{1,2})';
    const keyed = keyedMatcher(source, 'iu', ['march', 'apr']);
    const t = 'On March 9 and Apr. 12, not Smarch 3 or april 4.';
    const global = [...t.matchAll(new RegExp(source, 'giu'))].map((m) => [m.index, ...m]);
    expect(keyed(t).map((m) => [m.index, ...m])).toEqual(global);
    expect(global.length).toBe(2);
  });
});

describe('pastReader', () => {
  it('answers as pastIn for every span', () => {
    const t = 'Earlier, the sides met in Astana, and since then trade grew; they will meet again.';
    const read = pastReader(t);
    for (const [from, to] of [
      [0, 10],
      [10, 40],
      [40, t.length],
      [10, 40],
    ] as [number, number][])
      expect(read(from, to)).toBe(pastIn(t, from, to));
    const u = 'The sides met in Astana, and since then trade grew.';
    expect(pastReader(u)(0, 24)).toBe(false);
    expect(pastReader(u)(24, u.length)).toBe(true);
  });
});

describe('clauseReader', () => {
  it('answers as clauseAround for every offset, whatever the boundary pattern read before', () => {
    const t =
      'The envoy, who arrived on Monday, met the akim; they discussed trade (and transit) – and more.';
    mainClause(t);
    const read = clauseReader(t);
    for (let at = 0; at <= t.length; at += 7) expect(read(at)).toEqual(clauseAround(t, at));
  });
});
