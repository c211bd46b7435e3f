import { describe, expect, it } from 'vitest';
import { alternation, WB_END, WB_START } from '../../shared/extract/lexicon/build.ts';
import { eachMatch, keyed, matches } from '../../shared/extract/relevance-keys.ts';

/** A list pattern as relevance builds one, registered for the word walk. */
function list(entries: string[], lowerCase: boolean, suffix = false): RegExp {
  const tail = suffix ? '\\p{L}{0,3}' : '';
  const re = new RegExp(`${WB_START}${alternation(entries)}${tail}${WB_END}`, 'gu');
  keyed(re, entries, { lowerCase, suffix });
  return re;
}

/** What the global pattern itself finds: [index, text] of each match. */
function scanned(re: RegExp, text: string): Array<[number, string]> {
  const copy = new RegExp(re.source, re.flags);
  return [...text.matchAll(copy)].map((m) => [m.index, m[0]]);
}

function walked(re: RegExp, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  eachMatch(re, text, (m) => {
    out.push([m.index, m[0]]);
    return false;
  });
  return out;
}

const TEXTS = [
  'the ministers of kazakhstan and china met in astana; kazakhstani firms and chinese banks signed deals.',
  'sino-kazakh trade grew while the sinologist spoke of china’s plans and china-kazakhstan routes.',
  'делегация казахстана и китая обсудила транзит; казахстанские компании и кнр подписали меморандум.',
  'kazakh2025 is not a stem match, but kazakh is; xinjiang is not xi, xi jinping is.',
  'central asia–china summit, central asian states and china central asian formats, c+c5 and 5+1 talks.',
  'met with reporters after he met the press and met with the media.',
  '',
  '—kazakhstan,china;kazakhstan.china',
];

describe('the word walk finds exactly the matches of the global scan', () => {
  const lower = list(
    [
      'kazakhstan*',
      'kazakh*',
      'china',
      "china's",
      'chinese',
      'sino-*',
      'xi jinping',
      'казахстан*',
      'кита*',
      'кнр',
      'глав* государств*',
      '/central asia(?:n)?[-–\\s]+china/',
      'central asian states',
      'c+c5',
      '5+1',
      '/met (?:with )?(?:the )?(?:press|media|reporters)/',
    ],
    true,
  );
  for (const text of TEXTS) {
    it(`lower case: ${text.slice(0, 40) || '(empty)'}`, () => {
      expect(walked(lower, text)).toEqual(scanned(lower, text));
      expect(matches(lower, text)).toBe(scanned(lower, text).length > 0);
    });
  }

  it('finds matches in the text as written for a case-sensitive list, and none that differ in case', () => {
    const exact = list(['KTZ', 'CNPC', "/Xi(?!['’]an|\\s+Jinping)/", 'Silk Road Fund'], false);
    const text =
      'KTZ and CNPC met; ktz and cnpc did not. Xi met Tokayev in Xi’an, Xi Jinping too; the Silk Road Fund paid.';
    expect(walked(exact, text)).toEqual(scanned(exact, text));
    expect(walked(exact, text).map(([, m]) => m)).toEqual(['KTZ', 'CNPC', 'Xi', 'Silk Road Fund']);
  });

  it('lets a name take a short case ending when the pattern allows one', () => {
    const names = list(['ван и', 'токаев'], true, true);
    const text = 'токаевым и ван и встретились; ван ина не было, токаевский стиль.';
    expect(walked(names, text)).toEqual(scanned(names, text));
  });

  it('finds the same matches when the pattern itself scans from the places found (no sticky copy)', () => {
    const re = new RegExp(
      `${WB_START}${alternation(['ли цян', 'ван и', 'wang yi'])}\\p{L}{0,3}${WB_END}`,
      'gu',
    );
    keyed(re, ['ли цян', 'ван и', 'wang yi'], { lowerCase: true, suffix: true, sticky: false });
    const text = 'вчера ли цяном и ван и, затем wang yi и ван ином; лишь ван, ли и wang.';
    expect(walked(re, text)).toEqual(scanned(re, text));
    expect(walked(re, text)).toHaveLength(4);
    expect(matches(re, 'ни одного имени')).toBe(false);
  });

  it('scans the whole text for a pattern whose entry may start anywhere', () => {
    const anywhere = list(['/(?:kazakh|china)\\b/', 'china'], true);
    const text = 'china and kazakhstan';
    expect(walked(anywhere, text)).toEqual(scanned(anywhere, text));
  });

  it('stops at the first match when asked to', () => {
    const re = list(['china'], true);
    expect(eachMatch(re, 'china, china and china', () => true)).toBe(1);
    expect(eachMatch(re, 'china, china and china')).toBe(3);
  });
});
