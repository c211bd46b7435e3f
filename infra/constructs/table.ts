import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, type ITable, Table } from 'aws-cdk-lib/aws-dynamodb';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { TABLE_SCHEMA } from '../../shared/store/table.ts';
import { acknowledge, nagArnOf } from '../nag.ts';

/**
 * Attribute and index names of the single-table design, from the store adapter itself, so that the stack
 * builds exactly the table the adapter queries.
 */
export { TABLE_SCHEMA };

/** How much of the table a function may touch. */
export type TableAccess = 'read' | 'readwrite';

/**
 * Data-plane actions the store adapter uses (GetItem, Query, BatchGet, conditional writes). Narrower than
 * CDK's grantReadData/grantReadWriteData: no Scan (the store never scans), no DescribeTable, no streams.
 */
export const TABLE_ACTIONS: Record<TableAccess, readonly string[]> = {
  read: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'],
  // Exactly what the adapter calls: no ConditionCheckItem or BatchWriteItem (it uses neither).
  readwrite: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
  ],
};

/**
 * The project's DynamoDB table: on-demand, point-in-time recovery, TTL, the GSIs of TABLE_SCHEMA, and
 * retained when the stack is deleted (it holds the history, which cannot be re-fetched once feeds roll).
 */
export class MonitorTable extends Construct {
  /** The table itself. */
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_SCHEMA.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_SCHEMA.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE_SCHEMA.ttlAttribute,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of TABLE_SCHEMA.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      });
    }
  }
}

/**
 * The one way the table reaches a function: sets TABLE_NAME and grants data access to the table and its
 * indexes (`…/index/*`), nothing more (no control-plane actions, no other tables).
 */
export function grantTable(fn: LambdaFunction, table: ITable, mode: TableAccess): void {
  fn.addEnvironment('TABLE_NAME', table.tableName);
  // Table.grant covers the table ARN and, since the table has GSIs, `<table ARN>/index/*`.
  table.grant(fn, ...TABLE_ACTIONS[mode]);
  acknowledge(
    fn,
    `AwsSolutions-IAM5[Resource::${nagArnOf(table)}/index/*]`,
    'Queries go through the GSIs of this one table; index/* covers exactly the indexes of this table ' +
      'and nothing else.',
  );
}
