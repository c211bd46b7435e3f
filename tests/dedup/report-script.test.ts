import { describe, expect, it } from 'vitest';
import { reportOf } from '../../shared/dedup/index.ts';
import { FEATURES, pairFeatures } from '../../shared/dedup/pair.ts';
import { KK_ARABIC } from '../../shared/extract/lexicon/kk/scripts.ts';
import { extracted, person } from './fixtures.ts';

/** One Kazakh paragraph written for this test, in Cyrillic and in the 2018 Latin alphabet. */
const CYRILLIC =
  'Мемлекет басшысы Қасым-Жомарт Тоқаев Қытайдың телеарнасына сұхбат берді. Президент Қазақстан мен Қытай арасындағы ынтымақтастық және сауда туралы айтты.';
const LATIN =
  'Memleket basshysy Qasym-Jomart Toqaev Qytaıdyń telearnasyna suhbat berdi. Prezıdent Qazaqstan men Qytaı arasyndaǵy yntymaqtastyq jáne saýda týraly aıtty.';

const rep = (key: string, lang: string, text: string) =>
  reportOf(
    extracted({
      kind: 'statement',
      eventDate: null,
      participants: [person('Kassym-Jomart Tokayev', 'President', 'KZ')],
    }),
    { key, published: null, lang, title: '', text },
  );

describe('report fingerprints: one script per language', () => {
  const cyr = rep('a', 'kk', CYRILLIC);
  const lat = rep('b', 'kk', LATIN);

  it('reads Kazakh in Latin letters as the Cyrillic it transliterates', () => {
    expect(lat.names).toEqual(cyr.names);
    expect(lat.stems).toEqual(cyr.stems);
    expect(lat.shingles).toEqual(cyr.shingles);
  });

  it('reads Kazakh in the Arabic script (töte) as Cyrillic too', () => {
    // a sentence of letters töte writes one way each, spelt in töte by the pack's own table read backwards
    const plain =
      'Қазақстан мен Қытай арасындағы сауда жоспары талқыланды. Тараптар жаңа жобалар туралы ортақ шарт жасады. Бұл шара Астанада болды.';
    const back = new Map(Object.entries(KK_ARABIC).map(([ar, cy]) => [cy, ar]));
    const tote = [...plain.toLowerCase()].map((c) => back.get(c) ?? c).join('');
    expect(rep('d', 'kk', tote).stems).toEqual(rep('e', 'kk', plain).stems);
  });

  it('so the same text in two scripts is one text to the pair features', () => {
    const f = pairFeatures(cyr, lat);
    expect(f[FEATURES.indexOf('stemsSameLang')]).toBe(1);
    expect(f[FEATURES.indexOf('shingles')]).toBe(1);
  });

  it('leaves other languages as written: English with a «q» is not Kazakh', () => {
    const en = rep('c', 'en', LATIN);
    expect(en.names).not.toEqual(cyr.names);
  });
});
