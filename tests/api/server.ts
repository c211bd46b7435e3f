import { createApp } from '../../shared/api/app.ts';
import type { Event, Source } from '../../shared/domain/index.ts';
import type { Store } from '../../shared/store/port.ts';
import { startTestStore } from '../helpers/store.ts';

/** Sources shown by `GET /sources` in the API tests. */
export const testSources: Source[] = [
  {
    id: 'kazinform-en',
    kind: 'rss',
    outlet: 'Kazinform',
    lang: 'en',
    url: 'https://qazinform.com/rss/en.xml',
    enabled: true,
    headers: {},
    bodySelectors: [],
    maxPageBack: 5,
  },
  {
    id: 'timesca',
    kind: 'rss',
    outlet: 'The Times of Central Asia',
    lang: 'en',
    url: 'https://timesca.com/feed/',
    enabled: true,
    headers: {},
    bodySelectors: [],
    maxPageBack: 5,
  },
  {
    id: 'akorda',
    kind: 'html',
    outlet: 'Akorda',
    lang: 'en',
    url: 'https://www.akorda.kz/en/events',
    linkSelector: 'div.list-block-title a',
    enabled: false,
    headers: {},
    bodySelectors: [],
    maxPageBack: 5,
  },
];

/** A store holding `events`, served by the real app, called in-process (web-standard Request → Response). */
export async function startApi(events: Event[]): Promise<{
  store: Store;
  get(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}> {
  const db = await startTestStore();
  for (const e of events) await db.store.createEvent(e);
  const app = createApp({ store: db.store, sources: testSources, apiBaseUrl: 'http://api.test' });
  return {
    store: db.store,
    get: async (path, init) => app.request(path, init),
    close: () => db.close(),
  };
}
