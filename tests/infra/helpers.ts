import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { readConfig } from '../../infra/config.ts';
import { MonitorStack } from '../../infra/stack.ts';

/** A synthesised test stack: the construct tree and its CloudFormation template. */
export interface Synthesised {
  app: App;
  stack: MonitorStack;
  template: Template;
}

/**
 * Builds the stack as `cdk synth` would, but without bundling (the `aws:cdk:bundling-stacks` context set
 * to no stacks) and without the built-in CloudFormation schema validation, so each build takes a second.
 */
export function buildApp(context: Record<string, unknown> = {}): { app: App; stack: MonitorStack } {
  const app = new App({
    context: { 'aws:cdk:bundling-stacks': [], ...context },
    builtinCloudFormationValidation: false,
  });
  const stack = new MonitorStack(app, 'Monitor', { config: readConfig(app.node) });
  return { app, stack };
}

/** buildApp plus the template. */
export function synth(context: Record<string, unknown> = {}): Synthesised {
  const { app, stack } = buildApp(context);
  return { app, stack, template: Template.fromStack(stack) };
}

/** Logical id of a construct's CloudFormation resource, to point assertions at one resource. */
export function logicalId(construct: IConstruct): string {
  return Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement);
}

/** `{ 'Fn::GetAtt': [id, 'Arn'] }` of a construct, as it appears in templates. */
export function arnOf(construct: IConstruct): unknown {
  return { 'Fn::GetAtt': [logicalId(construct), 'Arn'] };
}

/** One IAM statement as it appears in a synthesised template. */
export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

/** Every statement of every identity policy (AWS::IAM::Policy) in the template, with its policy's id. */
export function identityStatements(template: Template): Array<Statement & { policy: string }> {
  const policies = template.findResources('AWS::IAM::Policy') as Record<
    string,
    { Properties: { PolicyDocument: { Statement: Statement[] } } }
  >;
  return Object.entries(policies).flatMap(([policy, p]) =>
    p.Properties.PolicyDocument.Statement.map((s) => ({ ...s, policy })),
  );
}

/** A statement's actions as an array. */
export function actionsOf(s: Statement): string[] {
  return Array.isArray(s.Action) ? s.Action : [s.Action];
}

/** A statement's resources as an array. */
export function resourcesOf(s: Statement): unknown[] {
  return Array.isArray(s.Resource) ? s.Resource : [s.Resource];
}

/** The synthesised properties of a Lambda function that the tests look at. */
export interface FunctionProps {
  Runtime: string;
  Architectures: string[];
  Timeout: number;
  ReservedConcurrentExecutions?: number;
  Environment: { Variables: Record<string, unknown> };
  LoggingConfig: { LogGroup: { Ref: string } };
}

/** Properties of one function's AWS::Lambda::Function resource. */
export function functionProps(template: Template, fn: IConstruct): FunctionProps {
  return template.toJSON().Resources[logicalId(fn)].Properties as FunctionProps;
}
