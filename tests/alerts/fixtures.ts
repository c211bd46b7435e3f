import { hashToken } from '../../shared/alerts/tokens.ts';
import type { Agreement, Event, Subscriber } from '../../shared/domain/index.ts';
import { Event as EventSchema, SubscriberFilters } from '../../shared/domain/index.ts';

/* Events shaped like the pipeline stores them for real coverage of Kazakhstan–China relations. */

const STATE_VISIT_SOURCES = [
  {
    articleId: 'ar_k1x9q2',
    url: 'https://en.inform.kz/news/kazakhstan-china-sign-treaty-on-eternal-good-neighborliness-friendship-and-cooperation-6f1a2b/',
    outlet: 'Kazinform',
    title: 'Kazakhstan, China sign Treaty on Eternal Good-Neighborliness, Friendship and Cooperation',
    published: '2025-06-17T15:42:00+05:00',
    lang: 'en',
  },
  {
    articleId: 'ar_x7c3m1',
    url: 'https://english.news.cn/20250617/3c5d1e2f9a8b4c7d/c.html',
    outlet: 'Xinhua',
    title: 'Xi, Tokayev hold talks in Astana, sign treaty on permanent good-neighborliness',
    published: '2025-06-17T21:10:00+08:00',
    lang: 'en',
  },
];

/** Xi Jinping's state visit to Astana with the treaty and the joint statement. */
export function stateVisit(overrides: Partial<Event> = {}): Event {
  return EventSchema.parse({
    id: 'ev_20250617astana',
    kind: 'visit',
    eventDate: '2025-06-17',
    location: 'Astana',
    participants: [
      { name: 'Kassym-Jomart Tokayev', role: 'President', country: 'KZ' },
      { name: 'Xi Jinping', role: 'President', country: 'CN' },
    ],
    mentioned: [],
    agreements: [TREATY, JOINT_STATEMENT],
    figures: [
      {
        metric: 'trade_turnover',
        value: 43_800_000_000,
        unit: 'USD',
        year: 2024,
        text: '$43.8 billion in 2024',
      },
    ],
    frameworks: ['Belt and Road', 'SCO'],
    topics: ['trade', 'transport'],
    title: 'Tokayev and Xi Jinping hold talks in Astana',
    summary: 'President Kassym-Jomart Tokayev held talks with President Xi Jinping of China in the Akorda.',
    sources: STATE_VISIT_SOURCES,
    createdAt: '2025-06-17T11:00:00.000Z',
    updatedAt: '2025-06-17T14:00:00.000Z',
    version: 1,
    ...overrides,
  });
}

export const TREATY: Agreement = {
  docType: 'agreement',
  status: 'signed',
  title: 'Treaty on Eternal Good-Neighborliness, Friendship and Cooperation',
};
export const JOINT_STATEMENT: Agreement = {
  docType: 'joint_statement',
  status: 'signed',
  title: 'Joint Statement of the Republic of Kazakhstan and the People’s Republic of China',
};
export const AI_MEMORANDUM: Agreement = {
  docType: 'memorandum',
  status: 'signed',
  title: 'Memorandum of Understanding on cooperation in the field of artificial intelligence',
};
export const RAILWAY_PLANNED: Agreement = {
  docType: 'agreement',
  status: 'planned',
  title: 'Intergovernmental agreement on the Ayagoz–Tacheng railway border crossing',
};

/** Foreign ministers' talks in Beijing, reported in Russian, with a signed memorandum. */
export function ministersTalks(overrides: Partial<Event> = {}): Event {
  return EventSchema.parse({
    id: 'ev_20241202beijing',
    kind: 'meeting',
    eventDate: '2024-12-02',
    location: 'Beijing',
    participants: [
      { name: 'Murat Nurtleu', role: 'Minister of Foreign Affairs', country: 'KZ' },
      { name: 'Wang Yi', role: 'Minister of Foreign Affairs', country: 'CN' },
    ],
    mentioned: [{ name: 'Kassym-Jomart Tokayev', role: 'President', country: 'KZ' }],
    agreements: [
      {
        docType: 'memorandum',
        status: 'signed',
        title: 'Меморандум о сотрудничестве между министерствами иностранных дел',
      },
    ],
    figures: [],
    frameworks: [],
    topics: ['diplomacy'],
    title: 'Мурат Нуртлеу провел переговоры с Ван И в Пекине',
    summary:
      'Заместитель Премьер-министра – министр иностранных дел Мурат Нуртлеу провел переговоры с Ван И.',
    sources: [
      {
        articleId: 'ar_m4f8d0',
        url: 'https://www.gov.kz/memleket/entities/mfa/press/news/details/912345?lang=ru',
        outlet: 'MFA of Kazakhstan',
        title: 'Мурат Нуртлеу провел переговоры с Ван И в Пекине',
        published: '2024-12-02T18:00:00+05:00',
        lang: 'ru',
      },
    ],
    createdAt: '2024-12-02T13:00:00.000Z',
    updatedAt: '2024-12-02T13:00:00.000Z',
    version: 0,
    ...overrides,
  });
}

let counter = 0;

/** A subscriber in the given state; the token is returned alongside since only its hash is stored. */
export function subscriber(
  email: string,
  opts: {
    status?: Subscriber['status'];
    mode?: Subscriber['mode'];
    filters?: Partial<SubscriberFilters>;
  } = {},
): { sub: Subscriber; token: string } {
  counter += 1;
  const token = `test-token-${counter}-${email}`.padEnd(43, 'x');
  return {
    token,
    sub: {
      id: `sub_t${counter}${Date.now().toString(36)}`,
      email,
      filters: SubscriberFilters.parse(opts.filters ?? {}),
      mode: opts.mode ?? 'instant',
      status: opts.status ?? 'confirmed',
      tokenHash: hashToken(token),
      createdAt: '2025-06-01T00:00:00.000Z',
      confirmedAt: opts.status === 'pending' ? null : '2025-06-01T00:05:00.000Z',
    },
  };
}
