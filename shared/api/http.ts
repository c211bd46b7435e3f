import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/** The request as the API routes see it: an API Gateway HTTP API (payload 2.0) event. */
export type ApiRequest = APIGatewayProxyEventV2;
/** The response a route returns. */
export type ApiResponse = APIGatewayProxyStructuredResultV2 & {
  statusCode: number;
  headers: Record<string, string>;
};

/** Largest request body the API accepts (it only takes small JSON bodies); larger ones are answered 413. */
export const MAX_BODY = 64 * 1024;

/** The 413 answer, in the API's error shape. */
export function tooLargeResponse(): ApiResponse {
  return json(413, {
    error: { code: 'too_large', message: `body larger than ${MAX_BODY} bytes`, field: null },
  });
}

/** Headers every response carries: CORS for browsers, JSON by default, nothing cached unless a route says so. */
export const baseHeaders: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET,POST,OPTIONS',
  'access-control-allow-headers': 'content-type,if-none-match',
  'access-control-expose-headers': 'etag',
  'x-content-type-options': 'nosniff',
};

/** A JSON response. */
export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  return {
    statusCode,
    headers: { ...baseHeaders, 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** A non-JSON response (RSS, HTML confirmation pages). */
export function text(
  statusCode: number,
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
) {
  return {
    statusCode,
    headers: { ...baseHeaders, 'content-type': contentType, ...headers },
    body,
  } as ApiResponse;
}

/** Request headers, lower-cased (API Gateway v2 already lower-cases; the local server does too). */
export function header(req: ApiRequest, name: string): string | undefined {
  return req.headers?.[name.toLowerCase()];
}

/** The request's query parameters; repeated keys arrive comma-joined from API Gateway. */
export function queryOf(req: ApiRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.queryStringParameters ?? {})) if (v !== undefined) out[k] = v;
  return out;
}

/** The request body as text (API Gateway may base64-encode it). */
export function bodyText(req: ApiRequest): string {
  if (!req.body) return '';
  return req.isBase64Encoded ? Buffer.from(req.body, 'base64').toString('utf8') : req.body;
}
