import { describe, expect, it } from 'vitest';
import { resolveLocation } from '../../shared/extract/location.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';
import { placeHits } from '../../shared/extract/venues.ts';

/** Lead paragraphs, one sentence each (sentences written for these tests). */
const lead = (...texts: string[]): Sentence[] =>
  texts.map((text, i) => ({ text, para: i, zone: i < 2 ? 'lead' : 'body' }));

describe('the site of an opening ceremony', () => {
  it('takes the city of a consulate or plant that was opened as the venue', () => {
    const en = lead('The Kazakh foreign minister opened the Consulate General of Kazakhstan in Chengdu.');
    expect(resolveLocation(en, 'other', { outlet: 'Example' })).toBe('Chengdu');
    const ru = lead(
      'Премьер-министр принял участие в церемонии открытия представительства Казахстана в городе Урумчи.',
    );
    expect(resolveLocation(ru, 'other', { outlet: 'Example' })).toBe('Urumqi');
    const plant = lead('В Павлодаре открылся завод, построенный с китайской компанией.');
    expect(resolveLocation(plant, 'other', { outlet: 'Example' })).toBe('Pavlodar');
  });

  it('keeps a post or a facility that is only talked about out of the venue', () => {
    expect(placeHits('The ministers discussed opening a consulate in Chengdu.')[0]?.role).toBe('other');
    expect(placeHits('The Consul General in Almaty opened the exhibition.')[0]?.role).toBe('other');
    expect(placeHits('Стороны обсудили работу генконсульства в Урумчи.')[0]?.role).toBe('other');
  });

  it('keeps an earlier opening recalled in the background out of the venue', () => {
    const hits = placeHits('They recalled the agreements reached when the consulate in Chengdu was opened.');
    expect(hits.every((h) => h.role !== 'venue')).toBe(true);
  });
});
