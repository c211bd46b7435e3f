import { describe, expect, it } from 'vitest';
import { buildDoc, headSentences } from '../../shared/extract/sentences.ts';

const leadOf = (title: string | null, body: string) =>
  headSentences(buildDoc(title, body).sentences).lead.map((s) => s.text);

describe('the head of an article', () => {
  it('skips menus and a repeat of the title in any case or spacing, and keeps the prose', () => {
    const title = 'Kazakh and Chinese ministers discuss new rail links in Urumqi';
    const body = [
      'News Politics Economy World Sport Video',
      'KAZAKH  AND CHINESE MINISTERS discuss new rail links in Urumqi',
      'The transport ministers of the two countries met on Monday to review the freight corridor.',
      'They agreed to open a second border crossing for container trains next year.',
    ].join('\n');
    expect(leadOf(title, body)).toEqual([
      'The transport ministers of the two countries met on Monday to review the freight corridor.',
      'They agreed to open a second border crossing for container trains next year.',
    ]);
  });

  it('compares Cyrillic and other scripts with the title as lower case does', () => {
    const title = 'Министр встретился с послом Китая в столице страны';
    const body = [
      'МИНИСТР ВСТРЕТИЛСЯ С ПОСЛОМ КИТАЯ В СТОЛИЦЕ СТРАНЫ',
      'Стороны обсудили подготовку визита и новые проекты в сфере логистики.',
    ].join('\n');
    expect(leadOf(title, body)).toEqual([
      'Стороны обсудили подготовку визита и новые проекты в сфере логистики.',
    ]);
    // Greek capitals lower by context (final sigma): the line is compared as its lower case, not letter by letter.
    const greek = 'ΟΙ ΥΠΟΥΡΓΟΙ ΣΥΝΑΝΤΗΘΗΚΑΝ ΣΤΗΝ ΑΣΤΑΝΑ χθες το πρωί';
    expect(
      leadOf(greek.toLowerCase(), `${greek}\nThe two ministers met in the capital yesterday morning.`),
    ).toEqual(['The two ministers met in the capital yesterday morning.']);
  });

  it('keeps a long line ending as prose and drops one of capitalised words without a full stop', () => {
    const long = `The delegation ${'visited the new logistics hub and '.repeat(20)}returned home.`;
    const menu = 'Home About Contact Tenders Careers Media Gallery Archive Search Login';
    expect(leadOf(null, `${menu}\n${long}`)).toEqual([long]);
  });
});
