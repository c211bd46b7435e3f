import { describe, expect, it } from 'vitest';
import { resolveLocation, resolveLocationWithEvidence } from '../../shared/extract/location.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';
import { placeHits } from '../../shared/extract/venues.ts';

/** Lead paragraphs, one sentence each (sentences written for these tests). */
const lead = (...texts: string[]): Sentence[] =>
  texts.map((text, i) => ({ text, para: i, zone: i < 2 ? 'lead' : 'body' }));

describe('venue by clause', () => {
  it('reads the venue of the event clause, in English, Russian and Kazakh', () => {
    expect(resolveLocation(lead('The foreign ministers held talks in Tianjin on Monday.'), 'meeting')).toBe(
      'Tianjin',
    );
    expect(resolveLocation(lead('Министры провели переговоры в Пекине.'), 'meeting')).toBe('Beijing');
    expect(resolveLocation(lead('Министрлер Бейжіңде кездесті.'), 'meeting')).toBe('Beijing');
    expect(
      resolveLocation(lead('Xi received the Kazakh speaker at the Great Hall of the People.'), 'meeting'),
    ).toBe('Beijing');
    expect(
      resolveLocation(lead('Shymkent hosted the third session of the trade subcommittee.'), 'forum'),
    ).toBe('Shymkent');
  });

  it('does not take a dateline, an official post, a facility or a guessed capital', () => {
    expect(
      resolveLocation(lead('ASTANA – The minister received the Chinese ambassador.'), 'meeting'),
    ).toBeNull();
    expect(
      resolveLocation(
        lead('The Consul General in Almaty met the head of the chamber of commerce.'),
        'meeting',
      ),
    ).toBeNull();
    expect(
      resolveLocation(
        lead('The sides discussed building a copper plant in Balkhash and other plans.'),
        'meeting',
      ),
    ).toBeNull();
    expect(
      resolveLocation(lead('The Chinese vice premier landed in Kazakhstan for a three-day trip.'), 'visit'),
    ).toBeNull();
  });

  it('tells a post from a venue and a region from its city', () => {
    expect(resolveLocation(lead('Аким области встретился с послом КНР в Туркестане.'), 'meeting')).toBe(
      'Turkestan',
    );
    expect(
      resolveLocation(lead('The ministers held talks in the Almaty region on Friday.'), 'meeting'),
    ).toBeNull();
  });

  it('takes the dateline only when the agency says its correspondent was there', () => {
    const s = lead(
      'ТАРАЗ. КАЗИНФОРМ – Аким области встретился с делегацией провинции Ганьсу, передает корреспондент агентства.',
    );
    expect(resolveLocation(s, 'meeting')).toBe('Taraz');
  });

  it('keeps calls and video talks placeless, and a statement placeless unless made at a briefing', () => {
    expect(resolveLocation(lead('BEIJING – The ministers held talks by video link.'), 'meeting')).toBeNull();
    expect(resolveLocation(lead('The president sent a telegram to Beijing.'), 'statement')).toBeNull();
    expect(
      resolveLocation(
        lead('The spokesman said at a briefing in Astana that the talks went well.'),
        'statement',
      ),
    ).toBe('Astana');
  });

  it('ignores places of earlier happenings and names that merely start with a city', () => {
    expect(
      resolveLocation(lead('They first met in Dushanbe in 2019 and now held talks again.'), 'meeting'),
    ).toBeNull();
    expect(placeHits('He joined the Shanghai Cooperation Organisation summit.')).toEqual([]);
  });

  it('returns the sentence the venue came from', () => {
    const s = lead('The delegation arrived on Monday.', 'Talks were held in Urumqi.');
    expect(resolveLocationWithEvidence(s, 'meeting')).toEqual({ location: 'Urumqi', evidence: s[1]?.text });
  });
});

describe('envoys met in the regions', () => {
  it('takes the place after an envoy and his name as the venue, not as his post', () => {
    expect(
      resolveLocation(
        lead('The akim of Zhambyl region met Chinese Ambassador Zhou Ming in Taraz on Friday.'),
        'meeting',
      ),
    ).toBe('Taraz');
    expect(resolveLocation(lead('Аким области принял посла КНР Чжоу Мина в Таразе.'), 'meeting')).toBe(
      'Taraz',
    );
    expect(placeHits('The Chinese Consul General in Almaty met the akim.')[0]?.role).toBe('other');
  });

  it('does not put an envoy received by an akim or governor in the capital', () => {
    expect(
      resolveLocation(
        lead('The akim of Pavlodar region received the Ambassador of China to Kazakhstan Zhou Ming.'),
        'meeting',
      ),
    ).toBeNull();
    expect(
      resolveLocation(
        lead('The Foreign Minister received the Ambassador of China to Kazakhstan Zhou Ming.'),
        'meeting',
      ),
    ).toBe('Astana');
  });
});
