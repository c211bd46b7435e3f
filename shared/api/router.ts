import { NotFoundError, ValidationError } from '../errors.ts';
import type { ApiDeps } from './deps.ts';
import { type ApiRequest, type ApiResponse, baseHeaders, json } from './http.ts';
import { openApiDocument } from './openapi.ts';
import { listAgreements, listFigures } from './routes/agreements.ts';
import { getEvent, listEvents } from './routes/events.ts';
import { eventsFeed } from './routes/feed.ts';
import { health, listSources } from './routes/meta.ts';
import {
  getConfirm,
  getSubscribe,
  getUnsubscribe,
  postConfirm,
  postSubscription,
  postUnsubscribe,
} from './routes/subscriptions.ts';
import { getManage, postManage } from './routes/subscriptions-manage.ts';

type Handler = (req: ApiRequest, deps: ApiDeps, params: string[]) => Promise<ApiResponse> | ApiResponse;

/** The route table: method, path pattern (groups become params), handler. */
const routes: Array<[string, RegExp, Handler]> = [
  ['GET', /^\/health$/, (_r, d) => health(d)],
  ['GET', /^\/events$/, listEvents],
  ['GET', /^\/events\.rss$/, eventsFeed],
  ['GET', /^\/events\/([^/]+)$/, (_r, d, [id]) => getEvent(id ?? '', d)],
  ['GET', /^\/agreements$/, listAgreements],
  ['GET', /^\/figures$/, listFigures],
  ['GET', /^\/sources$/, (_r, d) => listSources(d)],
  [
    'GET',
    /^\/openapi\.json$/,
    (_r, d) => json(200, openApiDocument(d.apiBaseUrl), { 'cache-control': 'public, max-age=3600' }),
  ],
  ['GET', /^\/subscribe$/, getSubscribe],
  ['POST', /^\/subscriptions$/, postSubscription],
  ['GET', /^\/subscriptions\/confirm$/, getConfirm],
  ['POST', /^\/subscriptions\/confirm$/, postConfirm],
  ['GET', /^\/subscriptions\/manage$/, getManage],
  ['POST', /^\/subscriptions\/manage$/, postManage],
  ['GET', /^\/unsubscribe$/, getUnsubscribe],
  ['POST', /^\/unsubscribe$/, postUnsubscribe],
];

/** A path segment, percent-decoded; a malformed escape (`%ZZ`, a lone `%E0`) is the client's mistake. */
function decodeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch (err) {
    throw new ValidationError('malformed percent-escape in the path', 'path', { cause: err });
  }
}

/** Finds and runs the route for a request; unknown paths are 404, a known path with another method 405. */
export async function route(req: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  const method = req.requestContext?.http?.method?.toUpperCase() ?? 'GET';
  const path = req.rawPath || '/';
  if (method === 'OPTIONS')
    return { statusCode: 204, headers: { ...baseHeaders, 'access-control-max-age': '86400' }, body: '' };
  const onPath = routes.filter(([, re]) => re.test(path));
  if (onPath.length === 0) throw new NotFoundError(`no route ${path}`);
  const found = onPath.find(([m]) => m === method || (m === 'GET' && method === 'HEAD'));
  if (!found) {
    return json(
      405,
      { error: { code: 'method_not_allowed', message: `${method} is not allowed on ${path}`, field: null } },
      {
        allow: onPath.map(([m]) => m).join(', '),
      },
    );
  }
  const params = (found[1].exec(path) ?? []).slice(1).map(decodeParam);
  return found[2](req, deps, params);
}
