import { describe, expect, it } from 'vitest';
import { classifyKind, classifyKindWithEvidence } from '../../shared/extract/kind.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** A title and lead paragraphs, one sentence each (sentences written for these tests). */
const doc = (title: string | null, ...paras: string[]): Sentence[] => [
  ...(title ? [{ text: title, para: -1, zone: 'title' as const }] : []),
  ...paras.map((text, i) => ({ text, para: i, zone: (i < 2 ? 'lead' : 'body') as Sentence['zone'] })),
];

describe('kind from the main clause', () => {
  it('takes talks during a visit as a meeting, and a visit told as a whole as a visit', () => {
    expect(
      classifyKind(
        doc(
          'Kazakh Prime Minister meets Chinese Vice Premier in Urumqi',
          'The Prime Minister, who is in China on a working visit, met the Vice Premier on Monday.',
        ),
      ),
    ).toBe('meeting');
    expect(
      classifyKind(doc(null, 'Premier Zhao paid an official visit to Kazakhstan from 3 to 5 May.')),
    ).toBe('visit');
    expect(classifyKind(doc('Вице-премьер КНР прибыл в Алматы', 'Визит продлится два дня.'))).toBe('visit');
  });

  it('does not take the kind from a keyword in a subordinate clause, a quote or a future plan', () => {
    // "forum" only in the future and in a quote; the verb of the main clause is "received".
    const s = doc(
      'Senator to attend the Silk Road forum',
      'The Senate Speaker received the Chinese ambassador, who had arrived on a visit last week.',
      '"We will meet again at the forum," the Speaker said.',
    );
    expect(classifyKind(s)).toBe('meeting');
    expect(
      classifyKind(doc(null, 'The foreign minister will visit Beijing next month, the ministry said.')),
    ).toBe('visit');
  });

  it('reads committee sessions and business forums as forums, whatever verb carries them', () => {
    expect(
      classifyKind(
        doc(null, 'Ministers co-chaired the 9th meeting of the Kazakh–Chinese Subcommittee on Transport.'),
      ),
    ).toBe('forum');
    expect(
      classifyKind(doc('Taraz hosted a business forum with Gansu province', 'Some 40 companies came.')),
    ).toBe('forum');
    expect(
      classifyKind(doc(null, 'В Шымкенте состоялось заседание казахстанско-китайского делового совета.')),
    ).toBe('forum');
  });

  it('keeps a signing the event only when no meeting or forum it belonged to is named', () => {
    expect(
      classifyKind(
        doc('Rail operators sign a terminal deal', 'The two companies signed the deal in Lanzhou.'),
      ),
    ).toBe('agreement_signing');
    expect(
      classifyKind(
        doc(
          'Regions sign 12 contracts',
          'The regions signed 12 contracts during the investment forum in Aktobe.',
        ),
      ),
    ).toBe('forum');
  });

  it('classifies telegrams, articles and comments as statements and an award as other', () => {
    expect(
      classifyKind(doc('Президент направил телеграмму соболезнования Председателю КНР', 'Текст телеграммы.')),
    ).toBe('statement');
    expect(
      classifyKind(
        doc(null, 'A Chinese newspaper published an article by the Kazakh foreign minister on Friday.'),
      ),
    ).toBe('statement');
    expect(
      classifyKind(
        doc('Chinese leader awards the First President with a state order', 'The ceremony was short.'),
      ),
    ).toBe('other');
  });

  it('reads a signed op-ed as a statement whatever visits it recounts', () => {
    const s = doc(
      'Общие цели',
      'Общие цели Ли ВЭЙМИН, Чрезвычайный и Полномочный Посол КНР в РК',
      'Министр иностранных дел Казахстана совершил официальный визит в КНР с 2 по 4 июня.',
    );
    expect(classifyKind(s)).toBe('statement');
    expect(
      classifyKind(
        doc(
          'Good neighbours',
          'By Li Weiming, Ambassador of China to Kazakhstan',
          'The minister paid a visit to Beijing.',
        ),
      ),
    ).toBe('statement');
    // A name in capitals without a role after it is no byline.
    expect(classifyKind(doc(null, 'Министр Ли ВЭЙМИН, прибыл в Астану с визитом.'))).toBe('visit');
  });

  it('takes a speech at a forum as the forum', () => {
    expect(classifyKind(doc(null, 'Министр выступил на пленарном заседании форума в Чэнду.'))).toBe('forum');
  });

  it('takes phone and video formats', () => {
    expect(classifyKind(doc(null, 'Министры провели телефонный разговор.'))).toBe('phone_call');
    expect(classifyKind(doc(null, 'The two ministers held talks via video link on Tuesday.'))).toBe(
      'meeting',
    );
  });

  it('returns the sentence that decided', () => {
    const s = doc(null, 'Astana, 3 May – The Deputy Prime Minister received a CNPC delegation.');
    expect(classifyKindWithEvidence(s)).toEqual({ kind: 'meeting', evidence: s[0]?.text });
  });
});

describe('kind from the subject of the main verb', () => {
  it('takes a standing body holding its session as a forum, a person holding a meeting as a meeting', () => {
    expect(
      classifyKind(
        doc('Kazakh-Chinese commission on border rivers holds meeting in Almaty', 'Water use was discussed.'),
      ),
    ).toBe('forum');
    expect(
      classifyKind(
        doc(
          null,
          'The 14th meeting of the Kazakh-Chinese Subcommittee on Energy and Mineral Cooperation was held in Beijing on 3 March.',
        ),
      ),
    ).toBe('forum');
    expect(
      classifyKind(
        doc(
          'Казахстанско-китайский подкомитет по транспорту провел заседание в Урумчи',
          'Обсуждены перевозки.',
        ),
      ),
    ).toBe('forum');
    expect(
      classifyKind(
        doc(
          'Secretary of the regional Party Committee holds meeting with Kazakh akim',
          'They discussed trade.',
        ),
      ),
    ).toBe('meeting');
  });

  it('does not take the arrival of a train or cargo for a visit', () => {
    expect(
      classifyKind(
        doc('First grain train from Kostanay arrives in Lianyungang', 'It carried 3,000 tonnes of wheat.'),
      ),
    ).not.toBe('visit');
    expect(
      classifyKind(doc(null, 'Первый контейнерный поезд из Чунцина прибыл на станцию Алтынколь.')),
    ).not.toBe('visit');
    expect(
      classifyKind(doc('Chinese trade delegation arrives in Shymkent', 'The visit will last two days.')),
    ).toBe('visit');
  });
});

describe('a headline visit and the meeting the lead reports', () => {
  it('takes the meeting the lead opens with over the visit the headline names', () => {
    expect(
      classifyKind(
        doc(
          'Governor of Hubei visits Kazakhstan',
          'The akim of Karaganda region received a delegation led by the Governor of Hubei Province on Monday.',
        ),
      ),
    ).toBe('meeting');
  });

  it('keeps the visit when the lead tells an arrival, a welcome or the trip as a whole', () => {
    expect(
      classifyKind(
        doc(
          'Chinese Vice Premier visits Kazakhstan',
          'The Vice Premier was met at the Almaty airport by the Deputy Prime Minister.',
        ),
      ),
    ).toBe('visit');
    expect(
      classifyKind(
        doc(
          'Chinese Vice Premier visits Kazakhstan',
          'The Vice Premier arrived in Astana on a three-day official visit on Sunday.',
        ),
      ),
    ).toBe('visit');
  });
});

describe('an outcome told with only its setting', () => {
  it('takes the talks an agreement was reached at as the event when no verb names one', () => {
    expect(
      classifyKind(
        doc(
          'Kazakhstan, China agree to expand grain trade',
          'The two countries agreed to expand grain trade during talks between the trade ministers in Urumqi on 3 May.',
        ),
      ),
    ).toBe('meeting');
    expect(
      classifyKind(
        doc(
          'Kazakhstan and China to open new air routes',
          'Four new routes will connect Astana and Chinese cities.',
        ),
      ),
    ).not.toBe('meeting');
  });
});
