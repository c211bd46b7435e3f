import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Sentences written for these tests (Kazakh agency style); real officials, invented occasions. */
const extract = (text: string, title?: string) =>
  extractArticle({ id: 'k', lang: 'kk', published: '2025-03-12', text, ...(title ? { title } : {}) });
const names = (r: ReturnType<typeof extract>) => r.event?.participants.map((p) => p.name).sort();

describe('Kazakh touring together and commenting', () => {
  it('makes those who toured a site together («… бірге … аралап көрді») participants', () => {
    const r = extract(
      'Премьер-Министр Олжас Бектенов Шыңжаң төрағасы Эркин Тунияздың бірге Қорғас шекара өткелін аралап көрді.',
    );
    expect(names(r)).toEqual(['Erkin Tuniyaz', 'Olzhas Bektenov']);
  });

  it('reads a comment on a visit («… сапарына байланысты пікір білдірді») as a statement, not the visit', () => {
    const r = extract(
      'Сыртқы істер министрлігінің ресми өкілі Айбек Смадияров ҚХР Төрағасы Си Цзиньпиннің сапарына байланысты пікір білдірді.\n\nҚХР Төрағасы Си Цзиньпин Астанаға мемлекеттік сапармен келді. Тараптар Ақордада келіссөздер жүргізді.',
      'Айбек Смадияров сапар туралы пікір білдірді',
    );
    expect(r.event?.kind).toBe('statement');
  });
});
