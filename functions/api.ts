import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { createApiHandler } from '../shared/api/handler.ts';
import type { ApiResponse } from '../shared/api/http.ts';
import {
  productionConfig,
  productionMailer,
  productionSettings,
  productionSources,
  productionStore,
} from '../shared/aws.ts';

/** The API handler, built once per container on first use (env is read then: a missing var fails clearly). */
let api: ((req: APIGatewayProxyEventV2) => Promise<ApiResponse>) | undefined;

/** API Gateway HTTP API (payload 2.0) → the shared API. All routing, validation and error mapping is in shared/api. */
export const handler = async (event: APIGatewayProxyEventV2): Promise<ApiResponse> => {
  api ??= createApiHandler({
    store: productionStore(),
    sources: productionSources(),
    apiBaseUrl: productionSettings().apiBaseUrl,
    mailer: productionMailer(),
    subscribeLimits: productionConfig().subscribeLimits,
  });
  return api(event);
};
