import { describe, expect, it } from 'vitest';
import { findBareSurnames } from '../../shared/extract/people-bare.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

const sentence = (text: string): Sentence => ({ text, zone: 'body', para: 0 }) as Sentence;
const person = { name: 'Aidar Temirbekov', country: 'KZ', cyrTokens: ['айдар', 'темирбеков'] };

function spans(texts: string[]): Array<[number, number, number]> {
  const sentences = texts.map(sentence);
  return findBareSurnames(
    sentences,
    sentences.map(() => []),
    [person],
  ).map((m) => [m.sentence, m.start, m.end]);
}

describe('bare surnames of people named before', () => {
  it('finds a Latin surname only as a whole word', () => {
    expect(spans(['Temirbekov and Liu Fang opened the fair.'])).toEqual([[0, 0, 10]]);
    expect(spans(['The Temirbekova prize and pre-Temirbekov times.'])).toEqual([]);
    expect(spans(['Temirbekov met Temirbekov.'])).toEqual([
      [0, 0, 10],
      [0, 15, 25],
    ]);
  });

  it('takes a Russian case ending, the first one after which no letter follows', () => {
    // «Темирбековым»: «ы» alone is followed by a letter, «ым» is the ending.
    expect(spans(['Встреча с Темирбековым прошла в Алматы.'])).toEqual([[0, 10, 22]]);
    expect(spans(['Темирбеков и Лю Фан открыли ярмарку.'])).toEqual([[0, 0, 10]]);
    expect(spans(['Пресс-служба Темирбековых сообщила.'])).toEqual([[0, 13, 25]]);
    // No capital, no name; a longer word is no ending.
    expect(spans(['темирбеков', 'Темирбековский район'])).toEqual([]);
  });

  it('leaves spans already covered and Chinese people alone', () => {
    const sentences = [sentence('Temirbekov spoke.')];
    expect(findBareSurnames(sentences, [[[0, 10]]], [person])).toEqual([]);
    expect(findBareSurnames(sentences, [[]], [{ ...person, country: 'CN' }])).toEqual([]);
  });
});
