import { Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { ConfigurationSet, EmailIdentity, Identity, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';

/** Who sends and who receives operator mail. */
export interface AlertsProps {
  senderEmail: string;
  operatorEmail: string;
  /** See MonitorConfig.sesSandbox. */
  sesSandbox: boolean;
}

/**
 * Email through SES v2: the sender's email identity (CloudFormation creates it and SES mails a verification
 * link to the address) and a configuration set that tracks reputation and suppresses bounces/complaints.
 */
export class Alerts extends Construct {
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;
  /** ARN of the configuration set (SES authorises SendEmail against it as well as the identity). */
  readonly configurationSetArn: string;

  constructor(
    scope: Construct,
    id: string,
    private readonly props: AlertsProps,
  ) {
    super(scope, id);
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      sendingEnabled: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.identity = new EmailIdentity(this, 'SenderIdentity', {
      identity: Identity.email(props.senderEmail),
      configurationSet: this.configurationSet,
    });
    this.configurationSetArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
  }

  /**
   * The one way email settings reach a function: sets SENDER_EMAIL, OPERATOR_EMAIL and SES_CONFIGURATION_SET,
   * and allows ses:SendEmail from the sender identity through the configuration set only.
   */
  grantSendEmail(fn: LambdaFunction): void {
    fn.addEnvironment('SENDER_EMAIL', this.props.senderEmail);
    fn.addEnvironment('OPERATOR_EMAIL', this.props.operatorEmail);
    fn.addEnvironment('SES_CONFIGURATION_SET', this.configurationSet.configurationSetName);
    const resources = [this.identity.emailIdentityArn, this.configurationSetArn];
    if (this.props.sesSandbox) {
      // In the sandbox every recipient must be a verified identity of this account, and SES checks the
      // caller's permission on it as well: allow this account's identities, nothing outside it.
      resources.push(Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: '*' }));
      acknowledge(
        fn,
        'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>:identity/*]',
        'Only with sesSandbox=true: SES sandbox sending is authorised against each recipient identity, ' +
          'and recipients can only be verified identities of this same account.',
      );
    }
    fn.addToRolePolicy(new PolicyStatement({ actions: ['ses:SendEmail'], resources }));
  }
}
