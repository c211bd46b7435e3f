import { fileURLToPath } from 'node:url';
import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { BUNDLE_OPTIONS, FUNCTION_ENTRIES, type FunctionName } from '../bundling.ts';
import { acknowledge } from '../nag.ts';

/** Repository root: entries and the lock file are resolved from it, whatever the working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Namespace of the custom metrics (Powertools metrics, EMF). */
export const METRICS_NAMESPACE = 'KzChinaMonitor';

/** Per-function settings; everything else is shared by all handlers. */
export interface MonitorFunctionProps {
  name: FunctionName;
  description: string;
  memorySize: number;
  timeout: Duration;
  logRetention: RetentionDays;
  tracing: boolean;
  reservedConcurrentExecutions?: number;
}

/**
 * A handler from functions/*.ts as an ARM64 Node.js 22 Lambda, bundled locally by esbuild as minified ESM
 * with the AWS SDK left to the runtime, logging to its own log group with a fixed retention.
 */
export function monitorFunction(scope: Construct, id: string, props: MonitorFunctionProps): NodejsFunction {
  // An explicit log group (rather than `logRetention`) avoids the custom-resource Lambda CDK would add.
  const logGroup = new LogGroup(scope, `${id}Logs`, {
    retention: props.logRetention,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  const fn = new NodejsFunction(scope, id, {
    entry: `${REPO_ROOT}${FUNCTION_ENTRIES[props.name]}`,
    handler: 'handler',
    projectRoot: REPO_ROOT,
    depsLockFilePath: `${REPO_ROOT}package-lock.json`,
    description: props.description,
    runtime: Runtime.NODEJS_22_X,
    architecture: Architecture.ARM_64,
    memorySize: props.memorySize,
    timeout: props.timeout,
    logGroup,
    tracing: props.tracing ? Tracing.ACTIVE : undefined,
    reservedConcurrentExecutions: props.reservedConcurrentExecutions,
    environment: {
      // The handler's short name: Powertools metrics put it in the `service` dimension the alarms select.
      POWERTOOLS_SERVICE_NAME: props.name,
      POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      NODE_OPTIONS: '--enable-source-maps',
    },
    bundling: {
      format: OutputFormat.ESM,
      platform: BUNDLE_OPTIONS.platform,
      target: BUNDLE_OPTIONS.target,
      minify: BUNDLE_OPTIONS.minify,
      // Passed as a raw esbuild flag: this aws-cdk-lib declares `charset` but never puts it on esbuild's command line.
      esbuildArgs: { '--charset': BUNDLE_OPTIONS.charset },
      sourceMap: BUNDLE_OPTIONS.sourcemap,
      externalModules: [...BUNDLE_OPTIONS.external],
      mainFields: [...BUNDLE_OPTIONS.mainFields],
      banner: BUNDLE_OPTIONS.banner,
    },
  });
  acknowledge(
    fn,
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    'AWSLambdaBasicExecutionRole only allows writing to CloudWatch Logs (CreateLogGroup/CreateLogStream/' +
      'PutLogEvents); it is the AWS-maintained minimum every Lambda needs for its logs.',
  );
  acknowledge(
    fn,
    'AwsSolutions-L1',
    'Pinned to Node.js 22 on purpose: the bundles target node22 and the code is tested on that line; ' +
      'moving to a newer runtime is a deliberate, tested change rather than an automatic one.',
  );
  if (props.tracing) {
    acknowledge(
      fn,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray PutTraceSegments/PutTelemetryRecords do not support resource-level permissions: AWS requires "*".',
    );
  }
  return fn;
}
