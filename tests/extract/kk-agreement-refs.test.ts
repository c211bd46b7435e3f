import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Sentences written for these tests (Kazakh agency style); real officials, invented documents. */
const agreements = (text: string) =>
  extractArticle({ id: 'k', lang: 'kk', published: '2025-03-12', text }).event?.agreements.map((a) => [
    a.docType,
    a.status,
  ]);

describe('Kazakh documents named before their noun', () => {
  it('gives «Ол құжатқа … қол қояды» the type of the document named in the sentence before', () => {
    expect(
      agreements(
        'Мәжіліс Төрағасы Ерлан Қошанов Бейжіңде қытайлық әріптестерімен кездесті. Тараптар екі парламент арасындағы әріптестік туралы меморандумның жобасын талқылады. Аталған құжатқа сапар соңында спикерлер қол қояды.',
      ),
    ).toEqual([['memorandum', 'planned']]);
  });

  it('keeps two documents of one type with different subjects («… туралы келісім» twice)', () => {
    expect(
      agreements(
        'Премьер-Министр Олжас Бектенов Астанада ҚХР вице-премьері Дин Сюэсянмен кездесті. Кездесу соңында су ресурстары туралы келісімге қол қойылды. Сондай-ақ көлік туралы келісімге қол қойылды.',
      ),
    ).toEqual([
      ['agreement', 'signed'],
      ['agreement', 'signed'],
    ]);
  });
});
