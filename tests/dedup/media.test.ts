import { describe, expect, it } from 'vitest';
import { EventClusterer, reportOf } from '../../shared/dedup/index.ts';
import { piecesOutlets } from '../../shared/dedup/media.ts';
import { extracted, person } from './fixtures.ts';

describe('the outlet of an interview or a signed article', () => {
  it('is read next to an interview or article word, across scripts', () => {
    expect(piecesOutlets('In an interview with Xinhua, the president spoke of rail freight.')).toEqual([
      'xinhua',
    ]);
    expect(piecesOutlets('Президент дал интервью агентству Синьхуа.')).toEqual(['xinhua']);
    expect(piecesOutlets('总统接受新华社专访。')).toEqual(['xinhua']);
    expect(piecesOutlets('Его статья вышла в газете «Жэньминь жибао».')).toEqual(['peoplesdaily']);
  });

  it('is not a relaying agency far from any interview word', () => {
    const text = `ASTANA, Kazinform. ${'The two sides discussed rail freight and grain exports at length. '.repeat(2)}The president gave an interview to China Daily.`;
    expect(piecesOutlets(text)).toEqual(['chinadaily']);
    expect(piecesOutlets('Kazinform reports that the ministers met.')).toEqual([]);
  });
});

describe('two interviews of one leader on one day', () => {
  const leader = person('Aidar Temirkhanov', 'President', 'KZ');
  const ev = extracted({
    kind: 'statement',
    eventDate: '2026-05-20',
    location: null,
    participants: [leader],
  });
  const said =
    'President Aidar Temirkhanov said trade with China would keep growing and praised the rail corridor';
  const to = (key: string, text: string, lang = 'en') =>
    reportOf(ev, { key, published: '2026-05-20', lang, text });

  it('are kept apart when they name different outlets', () => {
    const a = to('a', `${said} in an interview with Xinhua.`);
    const b = to('b', `${said} in an interview with the Global Times.`);
    expect(new EventClusterer().decide(b, [{ id: 'A', reports: [a] }]).target).toBeNull();
  });

  it('may join when they name the same outlet, or one names none', () => {
    const a = to('a', `${said} in an interview with Xinhua.`);
    const b = to('b', `${said} in an interview with Xinhua news agency.`);
    const c = to('c', `${said}.`);
    const clusterer = new EventClusterer();
    expect(clusterer.decide(b, [{ id: 'A', reports: [a] }]).target?.id).toBe('A');
    expect(clusterer.decide(c, [{ id: 'A', reports: [a] }]).target?.id).toBe('A');
  });
});
