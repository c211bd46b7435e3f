import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readConfig } from './config.ts';
import { MonitorStack } from './stack.ts';

/**
 * CDK entry point (`npx cdk synth|deploy`, see cdk.json). The stack is environment-agnostic: it synthesises
 * offline without credentials, and the account/region come from the CLI profile at deploy time.
 */
const app = new App();
const config = readConfig(app.node);
new MonitorStack(app, 'KzChinaMonitor', {
  config,
  description: 'kz-china-monitor: news on Kazakhstan–China relations, events API and agreement alerts',
});
// cdk-nag 3 runs as a policy-validation plugin: findings fail the synth and land in
// cdk.out/policy-validation-report.json; acknowledgements (with reasons) are in infra/nag.ts.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
