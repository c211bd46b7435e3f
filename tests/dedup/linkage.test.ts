import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL, linkScore, namesMatch, type Report, reportOf } from '../../shared/dedup/index.ts';
import type { ExtractedEvent } from '../../shared/domain/index.ts';
import { extracted, person, seedItems } from './fixtures.ts';

let n = 0;
/** The report of a hand-made extraction; the date counts as read from the text unless `dateInText` says not. */
function rep(
  e: Partial<ExtractedEvent>,
  published: string | null = null,
  text: string | null = null,
  dateInText = true,
): Report {
  const ev = extracted(e);
  const evidence = { kind: null, eventDate: dateInText && ev.eventDate ? 'x' : null, location: null };
  return reportOf({ ...ev, evidence }, { key: `k${n++}`, published, lang: 'en', title: 't', text });
}
/** Whether two reports link: the pair's log-odds clear the committed model's join threshold. */
const links = (a: Report, b: Report) => linkScore(a, b) >= DEFAULT_MODEL.threshold;

const pair = [
  person('Yermek Kosherbayev', 'Minister of Foreign Affairs', 'KZ'),
  person('Wang Yi', 'Minister of Foreign Affairs', 'CN'),
];

describe('record linkage of two reports', () => {
  it('tells seeds 000 and 003 apart: one shared minister, a different counterpart', () => {
    const [s0, , , s3] = seedItems();
    const r = (s: typeof s0, key: string) =>
      reportOf(s?.result.event as ExtractedEvent, {
        key,
        published: '2025-04-26',
        lang: 'en',
        text: s?.input.text,
      });
    expect(linkScore(r(s0, 'u0'), r(s3, 'u3'))).toBeLessThan(DEFAULT_MODEL.veto);
  });

  it('links the same two-side principals on the same day in the same city', () => {
    const a = rep({ kind: 'meeting', eventDate: '2025-12-02', location: 'Beijing', participants: pair });
    expect(
      links(a, rep({ kind: 'meeting', eventDate: '2025-12-02', location: 'Beijing', participants: pair })),
    ).toBe(true);
  });

  it('keeps a visit as a whole and one of its meetings on the same day apart', () => {
    const visit = rep({ kind: 'visit', eventDate: '2025-12-02', location: 'Beijing', participants: pair });
    const talks = rep({ kind: 'meeting', eventDate: '2025-12-02', location: 'Beijing', participants: pair });
    expect(links(visit, talks)).toBe(false);
  });

  it('keeps two meetings of one visit on one day apart: the guest with two different hosts', () => {
    const guest = person('Yermek Kosherbayev', 'Minister of Foreign Affairs', 'KZ');
    const a = rep({
      kind: 'meeting',
      eventDate: '2025-12-02',
      location: 'Beijing',
      participants: [guest, person('Wang Yi', 'Minister of Foreign Affairs', 'CN')],
    });
    const b = rep({
      kind: 'meeting',
      eventDate: '2025-12-02',
      location: 'Beijing',
      participants: [guest, person('Li Qiang', 'Premier', 'CN')],
    });
    expect(linkScore(a, b)).toBeLessThan(DEFAULT_MODEL.veto);
  });

  it('never links a phone call and an in-person meeting, even of the same people on the same day', () => {
    const call = rep({ kind: 'phone_call', eventDate: '2025-10-14', participants: pair });
    expect(
      linkScore(call, rep({ kind: 'meeting', eventDate: '2025-10-14', participants: pair })),
    ).toBeLessThan(DEFAULT_MODEL.veto);
  });

  it('keeps dates read from the text two days apart apart; a fallback publication day may be late', () => {
    const a = rep({ kind: 'meeting', eventDate: '2025-12-02', location: 'Beijing', participants: pair });
    const later = rep({ kind: 'meeting', eventDate: '2025-12-04', location: 'Beijing', participants: pair });
    expect(links(a, later)).toBe(false);
    // the same day as a publication-day fallback two days later: a relay, not a contradiction
    const relay = rep(
      { kind: 'meeting', eventDate: '2025-12-04', location: 'Beijing', participants: pair },
      '2025-12-04',
      null,
      false,
    );
    expect(links(a, relay)).toBe(true);
  });

  it('matches transliteration variants, but not two different Wangs', () => {
    expect(namesMatch('Yermek Kosherbayev', 'Ermek Kosherbaev')).toBe(true);
    expect(namesMatch('Wang Yi', 'Wang Wentao')).toBe(false);
    const a = rep({
      eventDate: '2025-03-17',
      participants: [person('Arman Shakkaliyev', null, 'KZ'), person('Wang Wentao', null, 'CN')],
    });
    const b = rep({
      eventDate: '2025-03-17',
      participants: [person('Arman Shakkaliev', null, 'KZ'), person('Wang Yi', null, 'CN')],
    });
    expect(links(a, b)).toBe(false);
  });

  it('scores a closer match higher', () => {
    const a = rep({ kind: 'meeting', eventDate: '2025-12-02', location: 'Beijing', participants: pair });
    const close = rep({ kind: 'meeting', eventDate: '2025-12-02', location: 'Beijing', participants: pair });
    const loose = rep({ kind: 'meeting', eventDate: '2025-12-02', participants: [person('Kosherbayev')] });
    expect(linkScore(a, close)).toBeGreaterThan(linkScore(a, loose));
  });
});

describe('undated reports', () => {
  const text = (host: string) =>
    `Foreign Minister Yermek Kosherbayev held talks with ${host} in Lanzhou on the Zhongkai Logistics Park, ` +
    'the Dostyk–Alashankou crossing and a 1,240-kilometre pipeline section; the Qazaqgaz and Sinopec teams met too.';
  it('join their event when participants, place and content agree', () => {
    const dated = rep(
      { kind: 'meeting', eventDate: '2025-08-12', location: 'Lanzhou', participants: pair },
      '2025-08-12',
      text('Wang Yi'),
    );
    const undated = rep(
      { kind: 'meeting', eventDate: null, location: 'Lanzhou', participants: pair },
      null,
      `Kazakhstan's top diplomat ${text('his Chinese counterpart Wang Yi')}`,
    );
    expect(links(dated, undated)).toBe(true);
  });

  it('do not join a dated event of the same principals on the principals alone', () => {
    const dated = rep(
      { kind: 'meeting', eventDate: '2025-08-12', location: 'Lanzhou', participants: pair },
      '2025-08-12',
    );
    const other = rep(
      { kind: 'meeting', eventDate: null, location: 'Astana', participants: pair },
      null,
      'The ministers reviewed the 2031 programme of the Astana International Financial Centre.',
    );
    expect(links(dated, other)).toBe(false);
  });
});
