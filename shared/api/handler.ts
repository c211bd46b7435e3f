import type { ApiDeps } from './deps.ts';
import { errorResponse } from './errors.ts';
import { type ApiRequest, type ApiResponse, MAX_BODY, tooLargeResponse } from './http.ts';
import { route } from './router.ts';

/** Size of the request body in bytes (base64 bodies decoded in size only). */
function bodyBytes(req: ApiRequest): number {
  if (!req.body) return 0;
  return req.isBase64Encoded ? Math.floor((req.body.length * 3) / 4) : Buffer.byteLength(req.body);
}

/**
 * The API: an API Gateway HTTP API (payload 2.0) handler. The Lambda (functions/api.ts) and the local server
 * (`npm start`, port 3000) both call this, so local behaviour is production behaviour.
 */
export function createApiHandler(deps: ApiDeps): (req: ApiRequest) => Promise<ApiResponse> {
  return async (req) => {
    try {
      // API Gateway lets bodies up to 10 MB through; the API's limit is the local server's.
      if (bodyBytes(req) > MAX_BODY) return tooLargeResponse();
      const res = await route(req, deps);
      return req.requestContext?.http?.method === 'HEAD' ? { ...res, body: '' } : res;
    } catch (err) {
      return errorResponse(err, req.requestContext?.requestId);
    }
  };
}
