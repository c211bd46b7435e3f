import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { handle } from 'hono/aws-lambda';
import { createApp } from '../shared/api/app.ts';
import type { ApiDeps } from '../shared/api/deps.ts';
import type { LambdaResult } from '../shared/api/lambda.ts';
import {
  productionConfig,
  productionMailer,
  productionSettings,
  productionSources,
  productionStore,
} from '../shared/aws.ts';
import { mountWeb } from '../shared/web/index.ts';

/** The adapted app, built once per container on first use (env is read then: a missing var fails clearly). */
let run: ReturnType<typeof handle> | undefined;

/**
 * API Gateway HTTP API (payload 2.0) → the web-standard app through `hono/aws-lambda`. All routing, validation
 * and error mapping is in shared/api; this file only wires the production adapters.
 */
export const handler = async (event: APIGatewayProxyEventV2, context?: Context): Promise<LambdaResult> => {
  if (!run) {
    const deps: ApiDeps = {
      store: productionStore(),
      sources: productionSources(),
      apiBaseUrl: productionSettings().apiBaseUrl,
      mailer: productionMailer(),
      subscribeLimits: productionConfig().subscribeLimits,
    };
    // the web pages are served by the same Lambda as the JSON API (one route, one bundle)
    run = handle(createApp(deps, [(app) => mountWeb(app, deps)]));
  }
  // hono types the event with `body: string | null`; API Gateway's own type says `string | undefined`.
  return (await run(event as unknown as Parameters<typeof run>[0], context)) as LambdaResult;
};
