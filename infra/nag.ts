import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges one cdk-nag (v3, policy-validation) finding on a construct and everything under it. Every
 * call site states why the finding does not apply; acknowledging a rule wholesale is not possible in v3,
 * so each wildcard is named exactly.
 */
export function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}

/** How cdk-nag spells a CloudFormation `Fn::GetAtt <resource>.Arn` in finding ids: `<LogicalId.Arn>`. */
export function nagArnOf(resource: IConstruct): string {
  const element = resource.node.defaultChild as CfnElement;
  return `<${Stack.of(resource).getLogicalId(element)}.Arn>`;
}
