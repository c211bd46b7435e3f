import type { Event } from '../../shared/domain/index.ts';

/** Deterministic pseudo-random numbers, so generated stores are the same on every run. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const people = [
  { name: 'Murat Nurtleu', role: 'Deputy Prime Minister – Minister of Foreign Affairs', country: 'KZ' },
  { name: 'Wang Yi', role: 'Minister of Foreign Affairs', country: 'CN' },
  { name: 'Kassym-Jomart Tokayev', role: 'President', country: 'KZ' },
  { name: 'Xi Jinping', role: 'President', country: 'CN' },
  { name: 'Olzhas Bektenov', role: 'Prime Minister', country: 'KZ' },
  { name: 'Li Qiang', role: 'Premier of the State Council', country: 'CN' },
  { name: 'Han Chun', role: 'Ambassador of China to Kazakhstan', country: 'CN' },
];
const kinds = ['meeting', 'visit', 'phone_call', 'agreement_signing', 'forum', 'statement'] as const;
const docTypes = ['memorandum', 'agreement', 'protocol', 'roadmap', 'joint_statement'] as const;
const outlets = [
  { outlet: 'Kazinform', host: 'qazinform.com', lang: 'en' },
  { outlet: 'Казинформ', host: 'www.inform.kz', lang: 'ru' },
  { outlet: 'The Astana Times', host: 'astanatimes.com', lang: 'en' },
  { outlet: 'MFA of Kazakhstan', host: 'www.gov.kz', lang: 'en' },
];

/**
 * A realistic stored event for API and store tests: `n` picks its date (spread over `days` days back from
 * 2026-06-30), kind, people, documents and sources.
 */
export function makeEvent(n: number, opts: { days?: number; seed?: number } = {}): Event {
  const r = rng((opts.seed ?? 7) * 100_003 + n);
  const date = new Date(Date.UTC(2026, 5, 30) - Math.floor(r() * (opts.days ?? 150)) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const kz = people.filter((p) => p.country === 'KZ')[Math.floor(r() * 3)] ?? people[0];
  const cn = people.filter((p) => p.country === 'CN')[Math.floor(r() * 4)] ?? people[1];
  const kind = kinds[n % kinds.length] ?? 'meeting';
  const withDoc = n % 3 === 0;
  const src = outlets[n % outlets.length] as (typeof outlets)[number];
  const sources = [src, outlets[(n + 1) % outlets.length] ?? src].slice(0, 1 + (n % 2)).map((o, k) => ({
    articleId: `ar_${n.toString(36)}x${k}`,
    url: `https://${o.host}/news/event-${n}-${k}`,
    outlet: o.outlet,
    title: `${kz?.name} and ${cn?.name}: ${kind.replace('_', ' ')} number ${n}`,
    published: `${date}T10:00:00+05:00`,
    lang: o.lang,
  }));
  return {
    id: `ev_${n.toString(36).padStart(6, '0')}`,
    kind,
    eventDate: date,
    location: ['Astana', 'Beijing', 'Almaty', null][n % 4] ?? null,
    participants: [kz, cn].filter((p): p is (typeof people)[number] => Boolean(p)),
    mentioned: n % 5 === 0 ? [people[2] as (typeof people)[number]] : [],
    agreements: withDoc
      ? [
          {
            docType: docTypes[n % docTypes.length] ?? 'memorandum',
            status: n % 2 === 0 ? 'signed' : 'planned',
            title: `Memorandum on cooperation in transport and logistics no. ${n}`,
          },
        ]
      : [],
    figures:
      n % 4 === 0
        ? [
            {
              metric: 'trade_turnover',
              value: 43_800_000_000,
              unit: 'USD',
              year: 2024,
              text: 'trade reached 43.8 billion US dollars',
            },
          ]
        : [],
    frameworks: n % 2 === 0 ? ['SCO'] : ['Belt and Road'],
    topics: ['trade'],
    title: sources[0]?.title ?? `Event ${n}`,
    summary: `${kz?.name} and ${cn?.name} discussed trade, transit and energy cooperation (event ${n}).`,
    sources,
    createdAt: `${date}T12:00:00.000Z`,
    updatedAt: `${date}T12:00:00.000Z`,
    version: 0,
  };
}
