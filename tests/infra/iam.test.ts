import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import {
  actionsOf,
  arnOf,
  identityStatements,
  logicalId,
  resourcesOf,
  type Statement,
  synth,
} from './helpers.ts';

const { stack, template } = synth();
const statements = identityStatements(template);
const tableArn = arnOf(stack.table.table);
const tableIndexes = { 'Fn::Join': ['', [tableArn, '/index/*']] };

/** An SES ARN of this account and region, as CloudFormation renders it. */
function sesArn(resource: string, ref: string): unknown {
  return {
    'Fn::Join': [
      '',
      [
        'arn:',
        { Ref: 'AWS::Partition' },
        ':ses:',
        { Ref: 'AWS::Region' },
        ':',
        { Ref: 'AWS::AccountId' },
        `:${resource}/`,
        { Ref: ref },
      ],
    ],
  };
}

/** Statements of the policies attached to one role. */
function statementsOf(role: IConstruct | undefined): Statement[] {
  if (!role) throw new Error('construct has no role');
  const policies = template.findResources('AWS::IAM::Policy', {
    Properties: { Roles: [{ Ref: logicalId(role) }] },
  });
  return Object.values(policies).flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
}

/** All actions a role is allowed. */
function actionsAllowed(role: IConstruct | undefined): string[] {
  return statementsOf(role).flatMap(actionsOf);
}

describe('IAM scope', () => {
  it('grants nothing on Resource "*" when tracing is off', () => {
    const wildcard = statements.filter((s) => resourcesOf(s).includes('*'));
    expect(wildcard).toEqual([]);
  });

  it('uses Resource "*" only for X-Ray writes when tracing is on (X-Ray has no resource-level permissions)', () => {
    const traced = identityStatements(synth({ tracing: true }).template);
    const wildcardActions = traced.filter((s) => resourcesOf(s).includes('*')).flatMap(actionsOf);
    expect(wildcardActions.length).toBeGreaterThan(0);
    expect(new Set(wildcardActions)).toEqual(new Set(['xray:PutTraceSegments', 'xray:PutTelemetryRecords']));
  });

  it('never grants a wildcard action', () => {
    const wildcards = statements.flatMap(actionsOf).filter((a) => a.includes('*'));
    expect(wildcards).toEqual([]);
  });

  it('scopes every DynamoDB permission to the table and its indexes, without Scan', () => {
    const dynamo = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
    expect(dynamo.length).toBe(3);
    for (const s of dynamo) {
      expect(resourcesOf(s)).toEqual([tableArn, tableIndexes]);
      expect(actionsOf(s)).not.toContain('dynamodb:Scan');
    }
  });

  it('lets ingest and the API write the table, and the dispatcher not touch it', () => {
    expect(actionsAllowed(stack.ingestion.ingestFn.role)).toContain('dynamodb:PutItem');
    expect(actionsAllowed(stack.api.apiFn.role)).toContain('dynamodb:UpdateItem');
    expect(actionsAllowed(stack.ingestion.dispatchFn.role).filter((a) => a.startsWith('dynamodb:'))).toEqual(
      [],
    );
  });

  it('limits ses:SendEmail to the sender identity and the configuration set', () => {
    const ses = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('ses:')));
    expect(ses.length).toBe(3);
    for (const s of ses) {
      expect(actionsOf(s)).toEqual(['ses:SendEmail']);
      expect(resourcesOf(s)).toEqual([
        sesArn('identity', logicalId(stack.alerts.identity)),
        sesArn('configuration-set', logicalId(stack.alerts.configurationSet)),
      ]);
    }
    expect(actionsAllowed(stack.ingestion.dispatchFn.role)).not.toContain('ses:SendEmail');
  });

  it("adds only this account's SES identities in sandbox mode, where recipients are checked too", () => {
    const sandbox = synth({ sesSandbox: 'true' });
    const ses = identityStatements(sandbox.template).filter((s) => actionsOf(s).includes('ses:SendEmail'));
    expect(ses.length).toBe(3);
    for (const s of ses) {
      expect(resourcesOf(s)).toEqual([
        sesArn('identity', logicalId(sandbox.stack.alerts.identity)),
        sesArn('configuration-set', logicalId(sandbox.stack.alerts.configurationSet)),
        {
          'Fn::Join': [
            '',
            [
              'arn:',
              { Ref: 'AWS::Partition' },
              ':ses:',
              { Ref: 'AWS::Region' },
              ':',
              { Ref: 'AWS::AccountId' },
              ':identity/*',
            ],
          ],
        },
      ]);
    }
  });

  it('lets the dispatcher only send to the source queue', () => {
    const sqs = statementsOf(stack.ingestion.dispatchFn.role);
    expect(sqs.flatMap(actionsOf)).toContain('sqs:SendMessage');
    for (const s of sqs) expect(resourcesOf(s)).toEqual([arnOf(stack.ingestion.queue)]);
  });
});
