import type { ApiDeps } from './deps.ts';
import { errorResponse } from './errors.ts';
import type { ApiRequest, ApiResponse } from './http.ts';
import { route } from './router.ts';

/**
 * The API: an API Gateway HTTP API (payload 2.0) handler. The Lambda (functions/api.ts) and the local server
 * (`npm start`, port 3000) both call this, so local behaviour is production behaviour.
 */
export function createApiHandler(deps: ApiDeps): (req: ApiRequest) => Promise<ApiResponse> {
  return async (req) => {
    try {
      const res = await route(req, deps);
      return req.requestContext?.http?.method === 'HEAD' ? { ...res, body: '' } : res;
    } catch (err) {
      return errorResponse(err, req.requestContext?.requestId);
    }
  };
}
