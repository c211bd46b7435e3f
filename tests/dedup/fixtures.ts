import { readFileSync } from 'node:fs';
import type { ClusterInput } from '../../shared/dedup/index.ts';
import type { Event, ExtractedEvent, Person } from '../../shared/domain/index.ts';

/** Test fixtures of the dedup area (tests/fixtures/dedup), read relative to the repository root. */
const DIR = new URL('../fixtures/dedup/', import.meta.url);

/** A fixture file's text. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(name, DIR), 'utf8');
}

/** The seed text of a seed number (`000`…`004`). */
export function seedText(n: string): string {
  const file: Record<string, string> = {
    '000': '000_69b3db5f65915465.txt',
    '001': '001_c3bfb3e0e1445077.txt',
    '002': '002_fd3b26c682193b6e.txt',
    '003': '003_3bfb323d08df5942.txt',
    '004': '004_5c5e3bc40e4dff0d.txt',
  };
  return fixtureText(`seeds/${file[n]}`);
}

/** The five seeds with extraction results built by hand from their gold labels. */
export function seedItems(): Array<ClusterInput & { cluster: string }> {
  return JSON.parse(fixtureText('seed-events.json')) as Array<ClusterInput & { cluster: string }>;
}

/** A person with role and country. */
export function person(name: string, role: string | null = null, country: string | null = null): Person {
  return { name, role, country };
}

/** An extracted event with defaults for the fields a test does not care about. */
export function extracted(over: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    kind: 'meeting',
    eventDate: null,
    location: null,
    participants: [],
    mentioned: [],
    agreements: [],
    figures: [],
    frameworks: [],
    topics: [],
    ...over,
  };
}

/** A stored event from an extracted one and one source. */
export function storedEvent(e: ExtractedEvent, url: string, over: Partial<Event> = {}): Event {
  return {
    ...e,
    id: 'ev_test1',
    title: 'Kazakh and Chinese ministers meet',
    summary: 'The ministers met.',
    sources: [
      {
        articleId: 'ar_first',
        url,
        outlet: 'Kazinform',
        title: 'First report',
        published: e.eventDate,
        lang: 'en',
      },
    ],
    createdAt: '2025-02-26T10:00:00.000Z',
    updatedAt: '2025-02-26T10:00:00.000Z',
    version: 0,
    ...over,
  };
}
