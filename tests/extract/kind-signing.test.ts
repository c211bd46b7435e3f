import { describe, expect, it } from 'vitest';
import { classifyKind } from '../../shared/extract/kind.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** A title and lead paragraphs, one sentence each (sentences written for these tests). */
const doc = (title: string | null, ...paras: string[]): Sentence[] => [
  ...(title ? [{ text: title, para: -1, zone: 'title' as const }] : []),
  ...paras.map((text, i) => ({ text, para: i, zone: (i < 2 ? 'lead' : 'body') as Sentence['zone'] })),
];

describe('a batch signing told first is the event', () => {
  it('takes "signed N documents during the visit" opening the lead as the signing, talks after it as its frame', () => {
    expect(
      classifyKind(
        doc(
          'Kazakhstan, China sign 11 documents',
          'Kazakhstan and China signed 11 documents in Beijing on Tuesday during the official visit of the Kazakh Prime Minister.',
          'The two premiers held talks before the ceremony.',
        ),
      ),
    ).toBe('agreement_signing');
    expect(
      classifyKind(
        doc(
          null,
          'Казахстан и Китай подписали 9 соглашений в ходе визита премьер-министра в Пекин.',
          'Премьеры провели переговоры.',
        ),
      ),
    ).toBe('agreement_signing');
  });

  it('reads "attended the signing of" as the signing', () => {
    expect(
      classifyKind(
        doc(
          null,
          'The two deputy premiers attended the signing of 14 agreements worth $3 billion in Astana on Monday.',
        ),
      ),
    ).toBe('agreement_signing');
  });

  it('keeps talks that open the lead, and one protocol signed on a visit, as before', () => {
    expect(
      classifyKind(
        doc(
          'Kazakhstan, China sign 11 documents',
          'The two premiers held talks in Beijing on Tuesday.',
          'After the talks, they signed 11 documents.',
        ),
      ),
    ).toBe('meeting');
    expect(
      classifyKind(
        doc(
          null,
          'The foreign ministers signed a protocol on a new subcommittee.',
          'The Chinese minister arrived in Astana on an official visit on Monday.',
        ),
      ),
    ).not.toBe('agreement_signing');
  });
});

describe('meetings inside summits and talks about visits to come', () => {
  it('takes the pair meeting on the sidelines of a multilateral summit as a meeting', () => {
    expect(
      classifyKind(
        doc(
          'Kazakh President attends CICA summit, meets Chinese leader',
          'The President attended the CICA summit on Thursday.',
          'On the sidelines of the summit, he met with the Chinese President.',
        ),
      ),
    ).toBe('meeting');
  });

  it('keeps a bilateral forum a forum', () => {
    expect(
      classifyKind(doc(null, 'The Kazakhstan–China Business Council held its session in Almaty on Friday.')),
    ).toBe('forum');
  });

  it('takes a visit announced at a meeting as the meeting, a visit announced by a ministry as the visit', () => {
    expect(
      classifyKind(
        doc(
          'Chinese leader to visit Kazakhstan, envoy says',
          'The Chinese President plans to pay a state visit to Kazakhstan in the autumn, the ambassador said at a meeting with the Kazakh deputy foreign minister on Tuesday.',
        ),
      ),
    ).toBe('meeting');
    expect(
      classifyKind(
        doc(
          'Chinese leader to visit Kazakhstan',
          'The Chinese President will pay a state visit to Kazakhstan on October 2-3, the foreign ministry said.',
        ),
      ),
    ).toBe('visit');
  });
});
