import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { MonitorConfig } from './config.ts';
import { Alerts } from './constructs/alerts.ts';
import { Api } from './constructs/api.ts';
import { Ingestion } from './constructs/ingestion.ts';
import { Monitoring } from './constructs/monitoring.ts';
import { grantTable, MonitorTable } from './constructs/table.ts';

/** Stack properties: the validated deployment configuration. */
export interface MonitorStackProps extends StackProps {
  config: MonitorConfig;
}

/**
 * The whole system in one environment-agnostic stack: table, scheduled ingestion through SQS, public HTTP
 * API, SES email and CloudWatch alarms.
 */
export class MonitorStack extends Stack {
  readonly table: MonitorTable;
  readonly ingestion: Ingestion;
  readonly api: Api;
  readonly alerts: Alerts;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: MonitorStackProps) {
    super(scope, id, props);
    const { config } = props;
    const logRetention = config.logRetentionDays;

    this.table = new MonitorTable(this, 'Store');
    this.ingestion = new Ingestion(this, 'Ingestion', {
      table: this.table.table,
      scheduleExpression: config.scheduleExpression,
      logRetention,
      tracing: config.tracing,
      ingestReservedConcurrency: config.ingestReservedConcurrency,
    });
    this.api = new Api(this, 'Api', {
      logRetention,
      tracing: config.tracing,
      rateLimit: config.apiRateLimit,
      burstLimit: config.apiBurstLimit,
      corsOrigins: config.corsOrigins,
    });
    this.alerts = new Alerts(this, 'Alerts', {
      senderEmail: config.senderEmail,
      operatorEmail: config.operatorEmail,
      sesSandbox: config.sesSandbox,
    });
    this.monitoring = new Monitoring(this, 'Monitoring', {
      operatorEmail: config.operatorEmail,
      deadLetterQueue: this.ingestion.deadLetterQueue,
      ingestFn: this.ingestion.ingestFn,
      dispatchFn: this.ingestion.dispatchFn,
    });

    // The API writes subscriptions and rate-limit counters and mails confirmation links, so it gets
    // read-write access and SES like the ingest function; links in both point at the public base URL.
    const apiBaseUrl = config.apiBaseUrl ?? this.api.httpApi.apiEndpoint;
    grantTable(this.api.apiFn, this.table.table, 'readwrite');
    for (const fn of [this.api.apiFn, this.ingestion.ingestFn, this.ingestion.digestFn]) {
      this.alerts.grantSendEmail(fn);
      fn.addEnvironment('API_BASE_URL', apiBaseUrl);
    }

    new CfnOutput(this, 'ApiUrl', { value: this.api.stage.url, description: 'Public API base URL' });
    new CfnOutput(this, 'TableName', { value: this.table.table.tableName });
    new CfnOutput(this, 'QueueUrl', { value: this.ingestion.queue.queueUrl });
    new CfnOutput(this, 'DispatchFunctionName', {
      value: this.ingestion.dispatchFn.functionName,
      description: 'Invoke it to start an ingestion run now',
    });
  }
}
