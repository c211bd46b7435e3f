import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  type HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';
import { monitorFunction } from './function.ts';

/** Settings of the public API. */
export interface ApiProps {
  logRetention: RetentionDays;
  tracing: boolean;
  rateLimit: number;
  burstLimit: number;
  corsOrigins: string[];
}

/** One JSON line per request; HTTP API context variables only (REST-only ones would be rejected). */
const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
  requestTime: '$context.requestTime',
  method: '$context.httpMethod',
  path: '$context.path',
  status: '$context.status',
  responseLength: '$context.responseLength',
  latencyMs: '$context.responseLatency',
  integrationError: '$context.integrationErrorMessage',
});

/**
 * The public HTTP API: every route goes to the API Lambda ($default), which does its own routing and
 * validation. The stage is throttled and access-logged.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly apiFn: NodejsFunction;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.apiFn = monitorFunction(this, 'ApiFunction', {
      name: 'api',
      description: 'Public HTTP API: events, agreements, figures, feeds, CSV exports, docs, subscriptions',
      memorySize: 512,
      timeout: Duration.seconds(10),
      logRetention: props.logRetention,
      tracing: props.tracing,
    });
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'kz-china-monitor public API',
      defaultIntegration: new HttpLambdaIntegration('ApiIntegration', this.apiFn),
      // The stage is added below so that it can carry throttling and access logs.
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: props.corsOrigins,
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
        // The app's own list (shared/api/http.ts): If-None-Match lets browsers revalidate pages by ETag.
        allowHeaders: ['content-type', 'if-none-match'],
        maxAge: Duration.days(1),
      },
    });
    acknowledge(
      this.httpApi,
      'AwsSolutions-APIG4',
      'The API is public by design: read endpoints serve published news events, and the subscription ' +
        'endpoints use double opt-in email tokens plus per-address rate limits instead of caller identity. ' +
        'The stage is throttled.',
    );
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit, burstLimit: props.burstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(ACCESS_LOG_FORMAT),
      },
    });
  }
}
