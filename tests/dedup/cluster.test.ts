import { describe, expect, it } from 'vitest';
import { type ClusterInput, clusterArticles, nearDupSimilarity } from '../../shared/dedup/index.ts';
import type { ExtractedEvent } from '../../shared/domain/index.ts';
import { extracted, fixtureText, person, seedItems } from './fixtures.ts';

const saparov = person('Aidarbek Saparov', 'Minister of Agriculture', 'KZ');
const ma = person('Ma Youxiang', 'Vice Minister of Agriculture and Rural Affairs', 'CN');
const mou = {
  docType: 'memorandum' as const,
  status: 'signed' as const,
  title: 'Memorandum of Understanding on cooperation in agricultural science and technology',
};

/** The English and the Russian Kazinform report of one meeting, extracted by hand. */
function meetingPair(): ClusterInput[] {
  const event = (over: Partial<ExtractedEvent>) =>
    extracted({
      kind: 'meeting',
      eventDate: '2025-02-26',
      location: 'Astana',
      participants: [saparov, ma],
      agreements: [mou],
      ...over,
    });
  return [
    {
      input: {
        id: 'agri-en',
        url: 'https://qazinform.com/news/kazakh-agriculture-minister-meets-chinese-vice-minister-3f9a12',
        outlet: 'Kazinform',
        title: 'Kazakh Agriculture Minister meets Chinese Vice Minister',
        published: '2025-02-26',
        lang: 'en',
        text: fixtureText('meeting-en.txt'),
      },
      result: { relevant: true, event: event({}) },
    },
    {
      input: {
        id: 'agri-ru',
        url: 'https://www.inform.kz/ru/saparov-vstretilsya-s-zamministra-selskogo-hozyaystva-knr-8c41d7',
        outlet: 'Kazinform',
        title: 'Сапаров встретился с замминистра сельского хозяйства КНР',
        published: '2025-02-26T16:40:00+05:00',
        lang: 'ru',
        text: fixtureText('meeting-ru.txt'),
      },
      // another outlet's extraction: surname only, other kind of the same family, no place
      result: {
        relevant: true,
        event: event({
          kind: 'agreement_signing',
          location: null,
          participants: [person('Saparov', 'Minister', 'KZ'), ma],
        }),
      },
    },
  ];
}

/** Same minister, two days later, a different Chinese counterpart: a different event. */
const otherMeeting: ClusterInput = {
  input: {
    id: 'agri-other',
    url: 'https://qazinform.com/news/saparov-meets-cofco-chairman-5e0b77',
    outlet: 'Kazinform',
    title: 'Saparov meets COFCO chairman',
    published: '2025-02-28',
    lang: 'en',
    text: 'Minister of Agriculture Aidarbek Saparov met with COFCO chairman Lyu Jun in Astana on Friday. According to Saparov, agricultural exports from Kazakhstan to China reached 1.4 billion US dollars in 2024, growing by 25% year-on-year.',
  },
  result: {
    relevant: true,
    event: extracted({
      eventDate: '2025-02-28',
      location: 'Astana',
      participants: [saparov, person('Lyu Jun', 'Chairman of COFCO', 'CN')],
    }),
  },
};

const irrelevant: ClusterInput = {
  input: {
    id: 'weather',
    outlet: 'Kazinform',
    title: 'Snow expected in Astana',
    published: '2025-02-26',
    lang: 'en',
    text: 'Snow and strong wind are expected in Astana on Thursday, forecasters say.',
  },
  result: { relevant: false, event: null },
};

/** A deterministic shuffle (seeded LCG). */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('clusterArticles', () => {
  it('gives the five seeds five distinct events', () => {
    const ids = clusterArticles(seedItems());
    expect(ids.every((id) => id !== null && /^ev_[0-9a-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(5);
  });

  it('joins an English and a Russian report of the same meeting', () => {
    const [en, ru] = clusterArticles(meetingPair());
    expect(en).not.toBeNull();
    expect(ru).toBe(en);
  });

  it('keeps apart the same minister meeting a different counterpart two days later, despite a shared sentence', () => {
    const ids = clusterArticles([...meetingPair(), otherMeeting]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(ids[0]).toBe(ids[1]);
  });

  it('gives irrelevant articles a null event id', () => {
    expect(clusterArticles([irrelevant, ...meetingPair()])[0]).toBeNull();
  });

  it('joins a re-posted copy of an undated article to the original through its text', () => {
    const seed = seedItems()[0] as ClusterInput;
    const copy: ClusterInput = {
      input: {
        ...seed.input,
        id: 'repost',
        url: 'https://example.kz/en/nurtleu-liu-jianchao-discuss-cooperation',
        text: fixtureText('repost-000.txt'),
      },
      result: seed.result,
    };
    const [a, b] = clusterArticles([seed, copy]);
    expect(a).toBe(b);
  });

  it('keeps apart two receptions written from one press-release template, with different guests', () => {
    const release = (guest: string) =>
      `Head of State Kassym-Jomart Tokayev received ${guest}, the press service of Akorda reports.\n\nThe President noted that China is Kazakhstan's largest trade partner and a reliable friend and neighbour.\n\nThe sides discussed the implementation of agreements reached during the state visit, as well as cooperation in trade, energy, transport and logistics.\n\nThe Head of State stressed the importance of expanding non-resource exports to China and of attracting investment into manufacturing.\n\nFollowing the meeting, the parties agreed to continue close cooperation.`;
    const item = (id: string, guest: string, name: string, published: string): ClusterInput => ({
      input: {
        id,
        url: `https://akorda.kz/en/${id}`,
        outlet: 'Akorda',
        published,
        lang: 'en',
        text: release(guest),
      },
      result: {
        relevant: true,
        event: extracted({
          participants: [person('Kassym-Jomart Tokayev', 'President', 'KZ'), person(name, null, 'CN')],
        }),
      },
    });
    const a = item('reception-1', 'Chairman of CNPC Dai Houliang', 'Dai Houliang', '2025-02-11');
    const b = item('reception-2', 'Ambassador of China Han Chun', 'Han Chun', '2025-02-11');
    expect(nearDupSimilarity(a.input.text as string, b.input.text as string)).toBeGreaterThanOrEqual(0.5);
    const [x, y] = clusterArticles([a, b]);
    expect(x).not.toBe(y);
  });

  it('returns the same event ids whatever the input order', () => {
    const items = [...seedItems(), ...meetingPair(), otherMeeting, irrelevant];
    const reference = new Map(items.map((it, i) => [it.input.id, clusterArticles(items)[i]]));
    for (const seed of [1, 7, 42, 1234]) {
      const order = shuffled(items, seed);
      const ids = clusterArticles(order);
      for (const [i, it] of order.entries()) expect(ids[i], it.input.id).toBe(reference.get(it.input.id));
    }
  });
});
