import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { groupDative } from '../../shared/extract/kk-group-case.ts';

/** Sentences written for these tests (Kazakh agency style); names of real officials, invented occasions. */
const extract = (text: string, title: string) =>
  extractArticle({ id: 'k', lang: 'kk', published: '2025-03-12', text, title });

describe('Kazakh group inflection: the dative of «X мен Y-ға» sits on Y', () => {
  it('makes a leader named first in an addressed group of a condolence message mentioned, not a participant', () => {
    const r = extract(
      'Мемлекет басшысы Қытай басшысына көңіл айту жеделхатын жолдады. Президент Қасым-Жомарт Тоқаев ҚХР Төрағасы Си Цзиньпин мен су тасқынынан зардап шеккен отбасыларға көңіл айтты.',
      'Тоқаев көңіл айтты',
    );
    expect(r.event?.participants.map((p) => p.name)).toEqual(['Kassym-Jomart Tokayev']);
    expect(r.event?.mentioned.map((p) => p.name)).toEqual(['Xi Jinping']);
  });

  it('leaves a pair in the nominative (the subjects of talks) alone', () => {
    const r = extract(
      'Астанада Қасым-Жомарт Тоқаев пен Си Цзиньпин келіссөз жүргізді. Тараптар сауда мәселелерін талқылады.',
      'Тоқаев пен Си Цзиньпин кездесті',
    );
    expect(r.event?.participants.map((p) => p.name).sort()).toEqual(['Kassym-Jomart Tokayev', 'Xi Jinping']);
    expect(groupDative(' мен Ли Цяң келіссөз жүргізді')).toBe(false);
    expect(groupDative(' мен қытай халқына көңіл айтты')).toBe(true);
  });
});
