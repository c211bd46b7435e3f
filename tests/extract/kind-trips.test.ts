import { describe, expect, it } from 'vitest';
import { classifyKind } from '../../shared/extract/kind.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** A title and lead paragraphs (sentences written for these tests). */
const doc = (title: string, ...lead: string[]): Sentence[] => [
  { text: title, para: -1, zone: 'title' },
  ...lead.map((text, i) => ({ text, para: i, zone: 'lead' as const })),
];

describe('trips whose meetings are the news', () => {
  it("reads a delegation's arrival where it was received as a meeting", () => {
    expect(
      classifyKind(
        doc(
          'Shaanxi delegation in Kostanay',
          'A delegation of Shaanxi province led by Vice Governor Wang Xiao arrived in Kostanay and was received by akim Kumar Aksakalov.',
        ),
      ),
    ).toBe('meeting');
    expect(
      classifyKind(
        doc(
          'Делегация Ганьсу в Кызылорде',
          'Делегация провинции Ганьсу прибыла в Кызылорду, где ее принял аким области Нурлыбек Налибаев.',
        ),
      ),
    ).toBe('meeting');
  });

  it('keeps a state visit with talks a visit', () => {
    expect(
      classifyKind(
        doc(
          'Xi arrives in Astana',
          'Chinese President Xi Jinping arrived in Astana on a state visit and was received by President Kassym-Jomart Tokayev.',
        ),
      ),
    ).toBe('visit');
  });
});

describe('working trips told with their meetings', () => {
  it("reads an akim's working trip to a province, then his meeting, as a meeting", () => {
    expect(
      classifyKind(
        doc(
          'Kostanay region akim pays working visit to Heilongjiang',
          'Kostanay region akim Kumar Aksakalov is on a working visit to Heilongjiang province.',
          'During the trip, he met with Party Secretary of Heilongjiang Xu Qin and discussed grain supplies.',
        ),
      ),
    ).toBe('meeting');
    expect(
      classifyKind(
        doc(
          'Делегация Ганьсу прибыла в Актобе',
          'Делегация провинции Ганьсу прибыла в Актобе.',
          'Гостей принял аким области Асхат Шахаров.',
        ),
      ),
    ).toBe('meeting');
  });

  it("keeps a minister's visit to the country as a whole a visit", () => {
    expect(
      classifyKind(
        doc(
          'Chinese Commerce Minister visits Kazakhstan',
          'Chinese Commerce Minister Wang Wentao paid a three-day visit to Kazakhstan.',
          'Wang met Prime Minister Olzhas Bektenov and Trade Minister Arman Shakkaliyev.',
        ),
      ),
    ).toBe('visit');
  });
});
