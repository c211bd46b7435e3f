import * as z from 'zod';
import { Event } from '../domain/index.ts';
import type { RouteDef, RouteResponse } from './route-def.ts';
import {
  AgreementsPage,
  ErrorBody,
  EventsPage,
  FiguresResponse,
  HealthResponse,
  SourcesResponse,
  SubscriptionAccepted,
  SubscriptionStatus,
} from './schemas.ts';

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) of a zod schema. */
export function jsonSchema(s: z.ZodType, io: 'input' | 'output' = 'output'): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

/** The named response bodies routes refer to (`json: 'EventsPage'`). */
export const components: Record<string, z.ZodType> = {
  Error: ErrorBody,
  Event,
  EventsPage,
  AgreementsPage,
  Figures: FiguresResponse,
  Sources: SourcesResponse,
  Health: HealthResponse,
  SubscriptionAccepted,
  SubscriptionStatus,
};

/** A route's path in OpenAPI syntax: `/events/:id` → `/events/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z_]\w*)/g, '{$1}');
}

/** The query parameters of a zod object schema, required where `undefined` does not parse. */
export function queryParams(s: z.ZodType | undefined) {
  const shape = (s as z.ZodObject | undefined)?.shape ?? {};
  return Object.entries(shape).map(([name, field]) => ({
    name,
    in: 'query' as const,
    required: !(field as z.ZodType).safeParse(undefined).success,
    description: (field as z.ZodType).description,
    schema: jsonSchema(field as z.ZodType, 'input'),
  }));
}

/** OpenAPI content of one documented response. */
function content(r: RouteResponse) {
  const out: Record<string, unknown> = {};
  if (r.json) out['application/json'] = { schema: { $ref: `#/components/schemas/${r.json}` } };
  if (r.contentType) out[r.contentType.split(';')[0] ?? r.contentType] = { schema: { type: 'string' } };
  return Object.keys(out).length > 0 ? { content: out } : {};
}

/** One operation object. */
function operation(r: RouteDef) {
  const params = [
    ...Object.entries(r.params ?? {}).map(([name, s]) => ({
      name,
      in: 'path' as const,
      required: true,
      schema: jsonSchema(s, 'input'),
    })),
    ...queryParams(r.query),
  ];
  const body = r.body && {
    required: true,
    content: Object.fromEntries(
      Object.entries(r.body).map(([type, s]) => [type, { schema: jsonSchema(s as z.ZodType, 'input') }]),
    ),
  };
  return {
    operationId: r.operationId,
    tags: [r.tag],
    summary: r.summary,
    ...(r.description ? { description: r.description } : {}),
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: Object.fromEntries(
      Object.entries(r.responses).map(([status, res]) => [
        status,
        { description: res.description, ...content(res) },
      ]),
    ),
  };
}

/** The OpenAPI 3.1 document of the API, generated from the route list and the zod schemas it validates with. */
export function openApiDocument(routes: RouteDef[], serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = openApiPath(r.path);
    paths[path] = { ...paths[path], [r.method.toLowerCase()]: operation(r) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'kz-china-monitor API',
      version: '0.1.0',
      description: 'Kazakhstan–China events (meetings, visits, agreements, figures) extracted from the news.',
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(components).map(([name, s]) => [name, jsonSchema(s)])),
    },
  };
}
