import type * as z from 'zod';
import type { ApiCtx } from './http.ts';

/** One documented response of a route: a JSON body by component name, or another media type. */
export interface RouteResponse {
  description: string;
  /** Name of a JSON component schema (see `components` in openapi.ts). */
  json?: string;
  /** A non-JSON media type (feeds, CSV, HTML). */
  contentType?: string;
}

/**
 * A route, declared once: the app registers it from this, `/openapi.json` and `/docs` describe it from this.
 * The query schema is the one that validates requests, so the documents cannot drift from the behaviour.
 */
export interface RouteDef<Q extends z.ZodType = z.ZodType> {
  method: 'GET' | 'POST';
  /** Path in Hono syntax (`/events/:id`); the documents print it as OpenAPI (`/events/{id}`). */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  query?: Q;
  /** Path parameters and their schemas, for the documents (handlers validate their own ids). */
  params?: Record<string, z.ZodType>;
  /** Request bodies by media type, for the documents (the alerts module validates them). */
  body?: Partial<Record<'application/json' | 'application/x-www-form-urlencoded', z.ZodType>>;
  responses: Record<string, RouteResponse>;
  /**
   * A list response kept by the list cache (list-cache.ts) while the store's list version is unchanged: only for
   * routes whose 200 depends on nothing but the query and what list-changing writes announce.
   */
  listCache?: boolean;
  handler: (ctx: ApiCtx<z.output<Q>>) => Promise<Response> | Response;
}

/** Declares a route with its handler typed by its query schema. */
export function defineRoute<Q extends z.ZodType = z.ZodType<Record<string, string>>>(
  def: RouteDef<Q>,
): RouteDef {
  return def as unknown as RouteDef;
}

/** The 400/404 answers every route may give, in the error shape. */
export const clientErrors: Record<string, RouteResponse> = {
  '400': { description: 'Invalid parameter', json: 'Error' },
  '404': { description: 'Not found', json: 'Error' },
};

/** A 200 JSON answer plus the client errors. */
export function okJson(component: string, description: string): Record<string, RouteResponse> {
  return { '200': { description, json: component }, ...clientErrors };
}

/** A 200 answer of another media type plus the client errors. */
export function okOf(contentType: string, description: string): Record<string, RouteResponse> {
  return { '200': { description, contentType }, ...clientErrors };
}
