import { Duration, TimeZone } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge, nagArnOf } from '../nag.ts';
import { monitorFunction } from './function.ts';
import { grantTable } from './table.ts';

/** Settings of the ingestion path. */
export interface IngestionProps {
  table: ITable;
  scheduleExpression: string;
  logRetention: RetentionDays;
  tracing: boolean;
  /** 0 reserves nothing. */
  ingestReservedConcurrency: number;
  /** When the daily digest goes out (Asia/Almaty). */
  digestScheduleExpression?: string;
}

/** Default digest time: 08:00 Almaty, covering the previous day. */
export const DEFAULT_DIGEST_SCHEDULE = 'cron(0 8 * * ? *)';

/** Ingest timeout: one source, its page-back and article fetches, with polite delays between requests. */
export const INGEST_TIMEOUT = Duration.minutes(5);
/** Deliveries of a source message before it goes to the dead-letter queue. */
export const MAX_RECEIVE_COUNT = 3;
/** At most this many sources are ingested at once: politeness to the sites and to the table. */
export const INGEST_MAX_CONCURRENCY = 2;

/**
 * Scheduler → dispatch Lambda → one SQS message per enabled source → ingest Lambda (one source per
 * invocation). A source that keeps failing lands in the dead-letter queue without holding the others back.
 */
export class Ingestion extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly dispatchFn: NodejsFunction;
  readonly ingestFn: NodejsFunction;
  readonly schedule: Schedule;
  readonly digestFn: NodejsFunction;
  readonly digestSchedule: Schedule;

  constructor(scope: Construct, id: string, props: IngestionProps) {
    super(scope, id);

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, 'SourceQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS guidance: at least six times the consumer's timeout, so retries by the poller never overlap.
      visibilityTimeout: Duration.seconds(INGEST_TIMEOUT.toSeconds() * 6),
      retentionPeriod: Duration.days(1),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    });

    this.dispatchFn = monitorFunction(this, 'DispatchFunction', {
      name: 'dispatch',
      description: 'Sends one SQS message per enabled source',
      memorySize: 256,
      timeout: Duration.seconds(30),
      logRetention: props.logRetention,
      tracing: props.tracing,
    });
    // The dispatcher reads only its code-configured source list: no table access.
    this.dispatchFn.addEnvironment('QUEUE_URL', this.queue.queueUrl);
    this.queue.grantSendMessages(this.dispatchFn);

    this.ingestFn = monitorFunction(this, 'IngestFunction', {
      name: 'ingest',
      description: 'Fetches one source, extracts and stores events, sends alerts',
      // Parsing pages (DOM, Readability) is CPU-bound; Lambda CPU scales with memory.
      memorySize: 1024,
      timeout: INGEST_TIMEOUT,
      logRetention: props.logRetention,
      tracing: props.tracing,
      reservedConcurrentExecutions:
        props.ingestReservedConcurrency > 0 ? props.ingestReservedConcurrency : undefined,
    });
    grantTable(this.ingestFn, props.table, 'readwrite');
    this.ingestFn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 1,
        reportBatchItemFailures: true,
        maxConcurrency: INGEST_MAX_CONCURRENCY,
      }),
    );

    // An explicit role (rather than the one LambdaInvoke would create at stack level) keeps the grant and
    // its justification here.
    const schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com'),
      description: 'Lets EventBridge Scheduler invoke the dispatcher',
    });
    acknowledge(
      schedulerRole,
      `AwsSolutions-IAM5[Resource::${nagArnOf(this.dispatchFn)}:*]`,
      'lambda:InvokeFunction on the dispatcher and its versions/aliases (ARN:*), added by grantInvoke; ' +
        'no other function is reachable.',
    );
    this.schedule = new Schedule(this, 'DailySchedule', {
      description: 'Starts an ingestion run (Asia/Almaty time)',
      schedule: ScheduleExpression.expression(props.scheduleExpression, TimeZone.ASIA_ALMATY),
      target: new LambdaInvoke(this.dispatchFn, {
        role: schedulerRole,
        retryAttempts: 2,
        maxEventAge: Duration.hours(1),
      }),
    });

    // The daily digest for `daily` subscribers: reads events and writes delivery records (SES is granted by
    // the stack, with the other mail senders).
    this.digestFn = monitorFunction(this, 'DigestFunction', {
      name: 'digest',
      description: 'Mails the daily digest of agreements to daily subscribers',
      memorySize: 256,
      timeout: Duration.minutes(2),
      logRetention: props.logRetention,
      tracing: props.tracing,
    });
    grantTable(this.digestFn, props.table, 'readwrite');
    acknowledge(
      schedulerRole,
      `AwsSolutions-IAM5[Resource::${nagArnOf(this.digestFn)}:*]`,
      'lambda:InvokeFunction on the digest function and its versions/aliases (ARN:*), added by grantInvoke.',
    );
    this.digestSchedule = new Schedule(this, 'DigestSchedule', {
      description: 'Sends the daily digest of the previous day (Asia/Almaty time)',
      schedule: ScheduleExpression.expression(
        props.digestScheduleExpression ?? DEFAULT_DIGEST_SCHEDULE,
        TimeZone.ASIA_ALMATY,
      ),
      target: new LambdaInvoke(this.digestFn, {
        role: schedulerRole,
        retryAttempts: 2,
        maxEventAge: Duration.hours(6),
      }),
    });
  }
}
