import { describe, expect, it } from 'vitest';
import { relayed } from '../../shared/extract/relay.ts';

// Sentences written for these tests.
describe('relay markers: an outlet cited under another of its names is its own story', () => {
  it('knows one outlet across scripts and rebranding (lexicon/kk/sources.ts SAME_OUTLET)', () => {
    expect(relayed('Министр встретился с послом КНР, передает Казинформ.', 'Kazinform')).toBe(false);
    expect(relayed('Министр Қытай елшісін қабылдады, деп хабарлайды ҚазАқпарат.', 'Kazinform (kaz)')).toBe(
      false,
    );
    expect(relayed('The minister met the Chinese envoy, Kazinform reports.', 'Qazinform')).toBe(false);
  });

  it('still finds a relay of another agency, in Kazakh too', () => {
    expect(relayed('Министр Қытай елшісін қабылдады, деп хабарлайды ҚазАқпарат.', 'Орал өңірі')).toBe(true);
    expect(
      relayed(
        'Министр Қытай елшісін қабылдады. Синьхуа агенттігінің хабарлауынша, тараптар келісті.',
        'Kazinform',
      ),
    ).toBe(true);
    expect(relayed('The minister met the Chinese envoy, Xinhua reports.', 'Qazinform')).toBe(true);
  });
});
