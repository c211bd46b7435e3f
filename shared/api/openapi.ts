import * as z from 'zod';
import { Event } from '../domain/index.ts';
import {
  AgreementsPage,
  AgreementsQuery,
  ErrorBody,
  EventsPage,
  EventsQuery,
  FeedQuery,
  FiguresQuery,
  FiguresResponse,
  HealthResponse,
  SourcesResponse,
} from './schemas.ts';

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) of a zod schema. */
function schema(s: z.ZodType, io: 'input' | 'output' = 'output'): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

/** OpenAPI query parameters from a zod object's shape: the same schemas that validate requests. */
function queryParams(obj: z.ZodObject) {
  return Object.entries(obj.shape).map(([name, s]) => ({
    name,
    in: 'query',
    required: !(s as z.ZodType).safeParse(undefined).success,
    schema: schema(s as z.ZodType, 'input'),
  }));
}

const errors = {
  '400': {
    description: 'Invalid parameter',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  },
  '404': {
    description: 'Not found',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  },
};

/** A JSON 200 response referring to a component schema. */
function ok(name: string, description: string) {
  return {
    '200': {
      description,
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
    },
    ...errors,
  };
}

/** The OpenAPI 3.1 document of the API, generated from the zod schemas the handlers validate with. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'kz-china-monitor API',
      version: '0.1.0',
      description: 'Kazakhstan–China events (meetings, visits, agreements, figures) extracted from the news.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/health': { get: { operationId: 'health', responses: ok('Health', 'Service health') } },
      '/events': {
        get: {
          operationId: 'listEvents',
          parameters: queryParams(EventsQuery),
          responses: ok('EventsPage', 'Recent events, newest first'),
        },
      },
      '/events/{id}': {
        get: {
          operationId: 'getEvent',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: '^ev_[0-9a-z]{1,64}$' },
            },
          ],
          responses: ok('Event', 'One event'),
        },
      },
      '/events.rss': {
        get: {
          operationId: 'eventsFeed',
          parameters: queryParams(FeedQuery),
          responses: {
            '200': {
              description: 'RSS 2.0 feed',
              content: { 'application/rss+xml': { schema: { type: 'string' } } },
            },
          },
        },
      },
      '/agreements': {
        get: {
          operationId: 'listAgreements',
          parameters: queryParams(AgreementsQuery),
          responses: ok('AgreementsPage', 'Documents, one row each'),
        },
      },
      '/figures': {
        get: {
          operationId: 'listFigures',
          parameters: queryParams(FiguresQuery),
          responses: ok('Figures', 'A time series of one metric'),
        },
      },
      '/sources': { get: { operationId: 'listSources', responses: ok('Sources', 'Health of each source') } },
    },
    components: {
      schemas: {
        Error: schema(ErrorBody),
        Event: schema(Event),
        EventsPage: schema(EventsPage),
        AgreementsPage: schema(AgreementsPage),
        Figures: schema(FiguresResponse),
        Sources: schema(SourcesResponse),
        Health: schema(HealthResponse),
      },
    },
  };
}
