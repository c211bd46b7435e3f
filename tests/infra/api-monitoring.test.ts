import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { arnOf, logicalId, synth } from './helpers.ts';

const { stack, template } = synth({
  operatorEmail: 'ops@monitor.example.org',
  apiRateLimit: 15,
  apiBurstLimit: 30,
  corsOrigins: 'https://a.example.org, https://b.example.org',
});
const { httpApi, apiFn, accessLogs } = stack.api;

describe('HTTP API', () => {
  it('sends every route ($default) to the API function through a Lambda proxy integration', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      ApiId: { Ref: logicalId(httpApi) },
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: arnOf(apiFn),
      PayloadFormatVersion: '2.0',
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      ApiId: { Ref: logicalId(httpApi) },
      RouteKey: '$default',
    });
  });

  it('throttles the auto-deployed $default stage at the configured rate and burst', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Stage', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 15, ThrottlingBurstLimit: 30 },
    });
  });

  it('writes JSON access logs with the request id to their own log group', () => {
    const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0];
    const settings = stage?.Properties.AccessLogSettings;
    expect(settings.DestinationArn).toEqual(arnOf(accessLogs));
    const format = JSON.parse(settings.Format);
    expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
  });

  it('allows the configured CORS origins for GET and POST', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: Match.objectLike({
        AllowOrigins: ['https://a.example.org', 'https://b.example.org'],
        AllowMethods: Match.arrayWith(['GET', 'POST']),
      }),
    });
  });
});

describe('alarms', () => {
  const topicRef = { Ref: logicalId(stack.monitoring.topic) };

  it('raise when anything sits in the dead-letter queue', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [
        {
          Name: 'QueueName',
          Value: { 'Fn::GetAtt': [logicalId(stack.ingestion.deadLetterQueue), 'QueueName'] },
        },
      ],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      AlarmActions: [topicRef],
    });
  });

  it('raise on an ingest function error', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId(stack.ingestion.ingestFn) } }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [topicRef],
    });
  });

  it('raise on repeated source failures reported through the custom metric', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'KzChinaMonitor',
      MetricName: 'SourceFailures',
      Dimensions: [{ Name: 'service', Value: 'ingest' }],
      Statistic: 'Sum',
      AlarmActions: [topicRef],
    });
  });

  it('treat missing data as fine, since the system is idle between runs', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms.length).toBeGreaterThanOrEqual(3);
    for (const alarm of alarms) expect(alarm.Properties.TreatMissingData).toBe('notBreaching');
  });

  it('email the operator through an SNS topic that refuses plain HTTP', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@monitor.example.org',
      TopicArn: topicRef,
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

describe('email', () => {
  it('creates the SES identity of the sender with its configuration set', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'alerts@example.com',
      ConfigurationSetAttributes: {
        ConfigurationSetName: { Ref: logicalId(stack.alerts.configurationSet) },
      },
    });
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
  });
});

describe('outputs', () => {
  it('exports the API URL, table name, queue URL and dispatcher name', () => {
    template.hasOutput('ApiUrl', { Value: Match.anyValue() });
    template.hasOutput('TableName', { Value: { Ref: logicalId(stack.table.table) } });
    template.hasOutput('QueueUrl', { Value: { Ref: logicalId(stack.ingestion.queue) } });
    template.hasOutput('DispatchFunctionName', { Value: { Ref: logicalId(stack.ingestion.dispatchFn) } });
  });
});
