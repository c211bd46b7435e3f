import { Match } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../infra/config.ts';
import { tableDefinition } from '../../shared/store/table.ts';
import { arnOf, buildApp, functionProps, logicalId, synth } from './helpers.ts';

const { stack, template } = synth({
  senderEmail: 'alerts@monitor.example.org',
  operatorEmail: 'ops@monitor.example.org',
});
const { table } = stack.table;
const { queue, deadLetterQueue, ingestFn, dispatchFn } = stack.ingestion;
const { apiFn } = stack.api;

/** The synthesised properties of one function of the default stack. */
const fnProps = (fn: IConstruct) => functionProps(template, fn);

describe('table', () => {
  it('is on-demand with point-in-time recovery, TTL on expiresAt and the PK/SK + GSI1 key schema', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      KeySchema: [
        { AttributeName: 'PK', KeyType: 'HASH' },
        { AttributeName: 'SK', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: Match.arrayWith([
        Match.objectLike({
          IndexName: 'GSI1',
          KeySchema: [
            { AttributeName: 'GSI1PK', KeyType: 'HASH' },
            { AttributeName: 'GSI1SK', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        }),
      ]),
    });
  });

  it('survives stack deletion and replacement (Retain)', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });
});

describe('schedule', () => {
  it('invokes the dispatcher daily at 07:00 Almaty time by default', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 7 * * ? *)',
      ScheduleExpressionTimezone: 'Asia/Almaty',
      State: 'ENABLED',
      Target: Match.objectLike({ Arn: arnOf(dispatchFn) }),
    });
  });

  it('takes the expression from the scheduleExpression context (e.g. twice daily)', () => {
    const twice = synth({ scheduleExpression: 'cron(0 7,19 * * ? *)' });
    twice.template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 7,19 * * ? *)',
      ScheduleExpressionTimezone: 'Asia/Almaty',
    });
  });

  it('sends the daily digest at 08:00 Almaty time through its own function, with table and SES access', () => {
    template.resourceCountIs('AWS::Scheduler::Schedule', 2);
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 8 * * ? *)',
      ScheduleExpressionTimezone: 'Asia/Almaty',
      Target: Match.objectLike({ Arn: arnOf(stack.ingestion.digestFn) }),
    });
    const env = functionProps(template, stack.ingestion.digestFn).Environment.Variables;
    expect(Object.keys(env)).toEqual(expect.arrayContaining(['TABLE_NAME', 'SENDER_EMAIL', 'API_BASE_URL']));
  });

  it('rejects a schedule expression that is neither cron() nor rate()', () => {
    expect(() => buildApp({ scheduleExpression: '0 7 * * *' })).toThrow(/scheduleExpression/);
  });
});

describe('source queue', () => {
  it('feeds the ingest function one message at a time, reporting per-item failures', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: arnOf(queue),
      FunctionName: { Ref: logicalId(ingestFn) },
      BatchSize: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it('moves a message to the dead-letter queue after 3 receives', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: { deadLetterTargetArn: arnOf(deadLetterQueue), maxReceiveCount: 3 },
    });
  });

  it('hides a message for at least six times the ingest timeout', () => {
    const queueProps = template.toJSON().Resources[logicalId(queue)].Properties;
    const timeout = fnProps(ingestFn).Timeout as number;
    expect(queueProps.VisibilityTimeout).toBeGreaterThanOrEqual(6 * timeout);
  });

  it('denies non-TLS access to both the queue and its dead-letter queue', () => {
    for (const q of [queue, deadLetterQueue]) {
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: logicalId(q) }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    }
  });
});

describe('functions', () => {
  it('run Node.js 22 on ARM64 with source maps, named by handler as Powertools service', () => {
    const byName = { api: apiFn, ingest: ingestFn, dispatch: dispatchFn };
    for (const [name, fn] of Object.entries(byName)) {
      const props = fnProps(fn);
      expect(props.Runtime).toBe('nodejs22.x');
      expect(props.Architectures).toEqual(['arm64']);
      expect(props.Environment.Variables).toMatchObject({
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: name,
        POWERTOOLS_METRICS_NAMESPACE: 'KzChinaMonitor',
      });
      // Each writes to its own log group, which has a retention (never "keep forever").
      const logGroupId = props.LoggingConfig.LogGroup.Ref as string;
      expect(template.toJSON().Resources[logGroupId]).toMatchObject({
        Type: 'AWS::Logs::LogGroup',
        Properties: { RetentionInDays: 30 },
      });
    }
  });

  it('give ingest and the API the table, email and base-URL settings', () => {
    for (const fn of [ingestFn, apiFn]) {
      expect(fnProps(fn).Environment.Variables).toMatchObject({
        TABLE_NAME: { Ref: logicalId(table) },
        SENDER_EMAIL: 'alerts@monitor.example.org',
        OPERATOR_EMAIL: 'ops@monitor.example.org',
        SES_CONFIGURATION_SET: { Ref: logicalId(stack.alerts.configurationSet) },
        API_BASE_URL: expect.anything(),
      });
    }
  });

  it('give the dispatcher the queue URL and nothing of the table', () => {
    const env = fnProps(dispatchFn).Environment.Variables;
    expect(env.QUEUE_URL).toEqual({ Ref: logicalId(queue) });
    expect(env.TABLE_NAME).toBeUndefined();
  });

  it('point email links at apiBaseUrl when given, without a trailing slash', () => {
    const custom = synth({ apiBaseUrl: 'https://kz-china.example.org/' });
    const env = functionProps(custom.template, custom.stack.ingestion.ingestFn).Environment.Variables;
    expect(env.API_BASE_URL).toBe('https://kz-china.example.org');
  });

  it('reserve ingest concurrency by default and none when ingestReservedConcurrency is 0', () => {
    expect(fnProps(ingestFn).ReservedConcurrentExecutions).toBe(2);
    const none = synth({ ingestReservedConcurrency: '0' });
    const props = functionProps(none.template, none.stack.ingestion.ingestFn);
    expect(props.ReservedConcurrentExecutions).toBeUndefined();
  });
});

describe('configuration', () => {
  it('falls back to placeholder addresses so that synth works with no context', () => {
    const { app } = buildApp();
    expect(readConfig(app.node)).toMatchObject({
      senderEmail: 'alerts@example.com',
      scheduleExpression: 'cron(0 7 * * ? *)',
      tracing: false,
    });
  });

  it('rejects a malformed sender address, naming the key', () => {
    expect(() => buildApp({ senderEmail: 'not-an-address' })).toThrow(/senderEmail/);
  });

  it('accepts string flags from the command line', () => {
    const { app } = buildApp({ tracing: 'true', apiRateLimit: '5' });
    expect(readConfig(app.node)).toMatchObject({ tracing: true, apiRateLimit: 5 });
  });
});

describe('table and store adapter', () => {
  it('declare the same keys, attributes and index as the adapter’s CreateTable request', () => {
    const cfn = Object.values(template.findResources('AWS::DynamoDB::Table'))[0]?.Properties;
    const sdk = tableDefinition('t');
    const byName = (a: { AttributeName?: string }, b: { AttributeName?: string }) =>
      String(a.AttributeName).localeCompare(String(b.AttributeName));
    expect([...cfn.AttributeDefinitions].sort(byName)).toEqual(
      [...(sdk.AttributeDefinitions ?? [])].sort(byName),
    );
    expect(cfn.KeySchema).toEqual(sdk.KeySchema);
    expect(cfn.BillingMode).toBe(sdk.BillingMode);
    expect(cfn.GlobalSecondaryIndexes).toEqual(sdk.GlobalSecondaryIndexes);
  });
});
