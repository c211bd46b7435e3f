import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE } from './function.ts';

/** What is watched, and who is told. */
export interface MonitoringProps {
  operatorEmail: string;
  deadLetterQueue: IQueue;
  ingestFn: IFunction;
  dispatchFn: IFunction;
}

/** Name of the custom metric the ingest code emits (Powertools metrics, EMF) once per failed source run. */
export const SOURCE_FAILURES_METRIC = 'SourceFailures';
/** Failed source runs within SOURCE_FAILURE_PERIOD that raise the alarm: a quarter of a dozen sources. */
export const SOURCE_FAILURE_THRESHOLD = 3;
export const SOURCE_FAILURE_PERIOD = Duration.hours(6);

/**
 * CloudWatch alarms, all notifying one SNS topic with an email subscription to the operator (SNS mails a
 * confirmation link first). Missing data is "not breaching": the system is idle most of the day.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.topic = new Topic(this, 'AlarmTopic', {
      displayName: 'kz-china-monitor alarms',
      enforceSSL: true,
    });
    this.topic.addSubscription(new EmailSubscription(props.operatorEmail));

    this.add(
      'DeadLetterQueueAlarm',
      'A source message failed ingestion 3 times and sits in the dead-letter queue',
      props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
      0,
      ComparisonOperator.GREATER_THAN_THRESHOLD,
    );
    this.add(
      'IngestErrorsAlarm',
      'The ingest function failed (uncaught error or timeout)',
      props.ingestFn.metricErrors({ period: Duration.hours(1), statistic: 'Sum' }),
      1,
    );
    this.add(
      'DispatchErrorsAlarm',
      'The dispatcher failed: no ingestion run was started',
      props.dispatchFn.metricErrors({ period: Duration.hours(1), statistic: 'Sum' }),
      1,
    );
    this.add(
      'SourceFailuresAlarm',
      `At least ${SOURCE_FAILURE_THRESHOLD} source runs failed within ${SOURCE_FAILURE_PERIOD.toHours()} h`,
      new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: SOURCE_FAILURES_METRIC,
        // Powertools metrics adds the service as a dimension: the ingest handler's is `ingest`.
        dimensionsMap: { service: 'ingest' },
        period: SOURCE_FAILURE_PERIOD,
        statistic: 'Sum',
      }),
      SOURCE_FAILURE_THRESHOLD,
    );
  }

  /** One alarm on one metric, evaluated over a single period, notifying the topic. */
  private add(
    id: string,
    description: string,
    metric: Metric,
    threshold: number,
    comparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
  ): void {
    const alarm = new Alarm(this, id, {
      alarmDescription: description,
      metric,
      threshold,
      comparisonOperator,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
