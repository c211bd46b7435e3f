/** The word-start scanner: the matches of one big word-list pattern, found by trying each list at few words. */
import { describe, expect, it } from 'vitest';
import { execAll } from '../../shared/extract/exec-all.ts';
import { alternation, WB_END, WB_START } from '../../shared/extract/lexicon/build.ts';
import { wordListScanner } from '../../shared/extract/word-starts.ts';

const LISTS = [
  [
    'on behalf of',
    'will visit',
    'передал*',
    '/(?:message|greetings?)\\s+(?:\\w+\\s+)?(?:from|of)/',
    '/(?<!делегаци\\p{L}*\\s+)под\\s+руководством/',
    '/conveyed(?!\\s+to\\b)/',
  ],
  ['also met', 'также встретил*'],
  ['in the presence of', 'attended', '/(?:during|at) the (?:meeting|talks)(?!\\s+with)/', 'в ходе визита'],
  ['met', 'visit', 'talks', 'co-chair*', 'переговор*', 'қол қойды', 'дал* старт'],
];
const one = new RegExp(`${WB_START}(?:${LISTS.map((l) => `(${alternation(l)})`).join('|')})${WB_END}`, 'giu');
const scan = wordListScanner(LISTS);
/** What the one pattern finds, as the scanner reports it. */
const expected = (text: string) =>
  execAll(one, text).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    list: m.slice(1).findIndex((g) => g !== undefined),
  }));

const TEXTS = [
  'On behalf of the President, Ms Lin conveyed greetings from Beijing and will visit Almaty.',
  'Greeting  from the mayor: the envoy ALSO MET the governor, who attended the forum.',
  'In the presence of both leaders, the ministers co-chaired the talks at the meeting.',
  'At the talks with the delegation nobody met; during the meeting\u00a0the sides talked.',
  'Министр передала послание; стороны также встретились и дали старт переговорам.',
  'Делегация под руководством министра прибыла; под  руководством посла прошли переговоры в ходе визита.',
  'Екі тарап қол қойды. Visits, visitors and a revisit are no visit words; metals neither.',
  'The Kelvin sign \u212A and met: a text with an odd letter is read by the one pattern.',
  'in the presenceless hall they met-up at the meetings',
  '',
];

describe('wordListScanner', () => {
  it('finds what the one pattern finds, with the list of each match', () => {
    for (const text of TEXTS) expect(scan(text), text).toEqual(expected(text));
  });

  it('reads cues in any case and across any white space', () => {
    expect(scan('IN THE PRESENCE OF the guests').map((m) => m.list)).toEqual([2]);
    expect(scan('Стороны ТАКЖЕ\u00a0ВСТРЕТИЛИСЬ')).toEqual([{ start: 8, end: 25, list: 1 }]);
  });

  it('takes the first list that matches at a word, and no match inside another', () => {
    // "also met" (list 1) wins over "met" (list 3) further on; "will visit" (list 0) over "visit" (list 3).
    expect(scan('She also met him and will visit')).toEqual([
      { start: 4, end: 12, list: 1 },
      { start: 21, end: 31, list: 0 },
    ]);
  });

  it('leaves out words that only start like a cue', () => {
    expect(scan('Visitors saw the metro and the meetings.')).toEqual([]);
  });

  it('runs the one pattern for a list whose cue starts unsure', () => {
    const unsure = wordListScanner([['/(?:a|b)c|met/'], ['visit']]);
    expect(unsure('They met to visit')).toEqual([
      { start: 5, end: 8, list: 0 },
      { start: 12, end: 17, list: 1 },
    ]);
  });
});
