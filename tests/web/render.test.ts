/**
 * The pages' logic without a browser: escaping of source text, en/ru/kk search (the index terms), trade values that disagree kept
 * apart, planned documents linked to their signing, and dates in Almaty time across its 2024 offset change.
 */
import { describe, expect, it } from 'vitest';
import type { Event } from '../../shared/domain/index.ts';
import { hasFacets, requiredFacets } from '../../shared/store/event-facets.ts';
import type { FigurePoint } from '../../shared/store/port.ts';
import { formatInstant, formatValue, personSlug, textLang } from '../../shared/web/format.ts';
import { html, raw } from '../../shared/web/html.ts';
import { dotChart } from '../../shared/web/pages/chart.ts';
import { documentRows } from '../../shared/web/pages/documents-data.ts';
import { eventPage } from '../../shared/web/pages/event.ts';
import { disagreements, fromSeries } from '../../shared/web/pages/trade-data.ts';

/** A stored event with the fields a test names, the rest plain. */
function ev(id: string, over: Partial<Event> = {}): Event {
  return {
    id,
    kind: 'meeting',
    eventDate: '2025-05-10',
    location: 'Astana',
    participants: [
      { name: 'Wang Yi', role: 'Minister of Foreign Affairs', country: 'CN' },
      { name: 'Murat Nurtleu', role: 'Minister of Foreign Affairs', country: 'KZ' },
    ],
    mentioned: [],
    agreements: [],
    figures: [],
    frameworks: [],
    topics: [],
    title: 'Foreign ministers discuss grain corridor',
    summary: 'The two ministers talked about wheat shipments through Khorgos.',
    sources: [
      {
        articleId: `ar_${id.slice(3)}`,
        url: `https://example.kz/${id}`,
        outlet: 'Example Daily',
        title: 'Ministers meet',
        published: '2025-05-10T12:00:00+05:00',
        lang: 'en',
      },
    ],
    createdAt: '2025-05-10T08:00:00Z',
    updatedAt: '2025-05-10T08:00:00Z',
    version: 0,
    ...over,
  };
}

describe('templates', () => {
  it('escape source text and never link a javascript: URL', () => {
    const e = ev('ev_x1', {
      title: '<script>alert(1)</script> talks',
      sources: [
        {
          ...ev('ev_x1').sources[0],
          url: 'javascript:alert(1)',
          title: '"><img src=x>',
        } as Event['sources'][0],
      ],
    });
    const page = eventPage(e);
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; talks');
    expect(page).not.toContain('href="javascript:');
    expect(page).not.toContain('<img src=x>');
    expect(html`<p>${'a&b'}${raw('<br>')}</p>`.value).toBe('<p>a&amp;b<br></p>');
  });
});

/** Whether the timeline's search (the store's index terms) finds `e` for `q`. */
const matchesQuery = (e: Event, q: string) => hasFacets(e, requiredFacets({ q }));

describe('search in English and Russian (the index terms)', () => {
  const english = ev('ev_en1');
  const russian = ev('ev_ru1', {
    title: 'Ван И провел переговоры в Астане',
    summary: 'Министры обсудили поставки пшеницы.',
    sources: [{ ...english.sources[0], lang: 'ru', outlet: 'Пример' } as Event['sources'][0]],
  });
  it('finds an official by either spelling in either language', () => {
    for (const e of [english, russian]) {
      expect(matchesQuery(e, 'Wang Yi')).toBe(true);
      expect(matchesQuery(e, 'Ван И')).toBe(true);
    }
    expect(matchesQuery(english, 'Ли Цян')).toBe(false);
  });
  it('finds topic words across languages', () => {
    expect(matchesQuery(english, 'пшеница')).toBe(true);
    expect(matchesQuery(russian, 'wheat')).toBe(true);
    expect(matchesQuery(english, 'uranium')).toBe(false);
    expect(matchesQuery(english, 'Пшеница Хоргос')).toBe(true);
    expect(matchesQuery(russian, 'бидай')).toBe(true);
  });
});

describe('trade figures', () => {
  /** A point of the store's figure series, as one outlet reported it. */
  const point = (value: number, outlet: string, eventId: string): FigurePoint => ({
    metric: 'trade_turnover',
    year: 2024,
    value,
    unit: 'USD',
    text: `trade reached ${value}`,
    eventCount: 1,
    eventIds: [eventId],
    sources: [{ outlet, url: `https://example.org/${eventId}`, reportDate: '2025-01-20', eventId }],
  });
  it('keeps disagreeing values apart, labelled, never averaged', () => {
    const values = fromSeries([
      point(43.8e9, 'Kazakh Statistics Daily', 'ev_t1'),
      point(44.32e9, 'China Customs Weekly', 'ev_t2'),
      point(43.8e9 + 1e6, 'Another Daily', 'ev_t3'),
    ]);
    expect(values.map((v) => v.value)).toEqual([43.8e9, 44.32e9]);
    expect(values[0]?.eventIds).toEqual(['ev_t1', 'ev_t3']);
    expect(values[0]?.eventCount).toBe(2);
    expect(disagreements(values)).toEqual(new Set(['trade_turnover|USD|2024']));
    const svg = dotChart('Trade turnover', values, 'c')?.value ?? '';
    expect(svg.match(/class="point"/g)).toHaveLength(2);
    expect(svg).toContain('China Customs Weekly');
    expect(svg).not.toContain('44.06');
  });
  it('words values with their unit', () => {
    expect(formatValue(43.8e9, 'USD')).toBe('43.8 billion USD');
    expect(formatValue(224, 'projects')).toBe('224 projects');
  });
});

describe('documents', () => {
  it('links a planned document to its later signing, not to an unrelated one', () => {
    const planned = ev('ev_d1', {
      eventDate: '2025-03-01',
      agreements: [
        { docType: 'agreement', status: 'planned', title: 'Agreement on mutual visa exemption for citizens' },
      ],
    });
    const signed = ev('ev_d2', {
      eventDate: '2025-06-01',
      agreements: [
        {
          docType: 'agreement',
          status: 'signed',
          title: 'Agreement on visa exemption for citizens of both countries',
        },
        { docType: 'agreement', status: 'signed', title: 'Agreement on railway freight tariffs' },
      ],
    });
    const rows = documentRows([signed, planned]);
    const p = rows.find((r) => r.doc.status === 'planned');
    expect(p?.signedAs?.doc.title).toMatch(/visa/);
    expect(rows.find((r) => /railway/.test(r.doc.title))?.announcedAs).toBeUndefined();
  });
});

describe('dates in Almaty time', () => {
  it('use UTC+6 before 1 March 2024 and UTC+5 after', () => {
    expect(formatInstant('2024-02-28T18:30:00Z')).toBe('29 Feb 2024, 00:30');
    expect(formatInstant('2024-03-05T18:30:00Z')).toBe('5 Mar 2024, 23:30');
    expect(formatInstant('2025-04-26T23:30:00+08:00')).toBe('26 Apr 2025, 20:30');
  });
  it('give person pages ASCII ids', () =>
    expect(personSlug('Kassym-Jomart Tokayev')).toBe('kassym-jomart-tokayev'));
  it('mark Russian and Kazakh titles with their language', () => {
    expect(textLang('Министры встретились в Астане')).toBe('ru');
    expect(textLang('Қазақстан мен Қытай келісімге қол қойды')).toBe('kk');
    expect(textLang('Ministers met in Astana')).toBe('en');
    expect(eventPage(ev('ev_l1', { title: 'Министры встретились' }))).toContain('<h1 lang="ru">');
  });
  it('name each source language on the event page, Kazakh and Chinese too', () => {
    const base = ev('ev_l2').sources[0] as Event['sources'][0];
    const page = eventPage(
      ev('ev_l2', {
        sources: [
          base,
          { ...base, articleId: 'ar_l2k', outlet: 'Kazinform', lang: 'kk' },
          { ...base, articleId: 'ar_l2z', outlet: 'MFA China', lang: 'zh' },
        ],
      }),
    );
    for (const name of ['English', 'Kazakh', 'Chinese']) expect(page).toContain(`>${name}</span>`);
  });
});
