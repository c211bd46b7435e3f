import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { handle } from 'hono/aws-lambda';
import { createSesMailer } from '../shared/alerts/ses-mailer.ts';
import { createApp } from '../shared/api/app.ts';
import type { ApiDeps } from '../shared/api/deps.ts';
import type { LambdaResult } from '../shared/api/lambda.ts';
import { configuredSources, loadConfig, required } from '../shared/config.ts';
import { createStore } from '../shared/store/dynamo-store.ts';
import { mountWeb } from '../shared/web/index.ts';

/** The adapted app, built once per container on first use (env is read then: a missing var fails clearly). */
let run: ReturnType<typeof handle> | undefined;

/**
 * The app with the production adapters. Wired here rather than through shared/aws.ts, which also holds the
 * dispatcher's SQS client: the API must not load SQS at all, and loads SES only when a subscription route
 * sends mail (the SES mailer imports its SDK on the first send).
 */
function build(): ReturnType<typeof handle> {
  const config = loadConfig('lambda');
  const deps: ApiDeps = {
    store: createStore({ tableName: required(config.tableName, 'TABLE_NAME') }),
    sources: configuredSources(config),
    apiBaseUrl: config.apiBaseUrl,
    mailer: config.senderEmail
      ? createSesMailer({
          from: config.senderEmail,
          configurationSet: config.sesConfigurationSet ?? undefined,
        })
      : undefined,
    subscribeLimits: config.subscribeLimits,
    listCacheMs: config.apiListCacheMs,
  };
  // the web pages are served by the same Lambda as the JSON API (one route, one bundle)
  return handle(createApp(deps, [(app) => mountWeb(app, deps)]));
}

/**
 * API Gateway HTTP API (payload 2.0) → the web-standard app through `hono/aws-lambda`. All routing, validation
 * and error mapping is in shared/api; this file only wires the production adapters.
 */
export const handler = async (event: APIGatewayProxyEventV2, context?: Context): Promise<LambdaResult> => {
  run ??= build();
  // hono types the event with `body: string | null`; API Gateway's own type says `string | undefined`.
  return (await run(event as unknown as Parameters<typeof run>[0], context)) as LambdaResult;
};
