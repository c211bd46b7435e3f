import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { handle } from 'hono/aws-lambda';
import { createApp, type Mount } from './app.ts';
import type { ApiDeps } from './deps.ts';

/** An API Gateway HTTP API (payload 2.0) event. */
export type LambdaEvent = APIGatewayProxyEventV2;
/** What the Lambda answers API Gateway. */
export interface LambdaResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: boolean;
  cookies?: string[];
}

/** The app behind the Lambda adapter (`hono/aws-lambda`): API Gateway event in, proxy result out. */
export function createLambdaHandler(
  deps: ApiDeps,
  mounts: Mount[] = [],
): (event: LambdaEvent) => Promise<LambdaResult> {
  const run = handle(createApp(deps, mounts));
  return async (event) => (await run(event as unknown as Parameters<typeof run>[0])) as LambdaResult;
}
