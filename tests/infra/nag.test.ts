import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../infra/config.ts';
import { MonitorStack } from '../../infra/stack.ts';

const outdirs: string[] = [];
afterAll(() => {
  for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * Synthesises the stack with the AwsSolutions pack registered as infra/app.ts does. cdk-nag 3 is a
 * policy-validation plugin: an unacknowledged error makes synth throw ValidationFailed with the findings.
 * `tamper` may add constructs before synthesis.
 */
function synthWithNag(context: Record<string, unknown>, tamper?: (stack: MonitorStack) => void): void {
  const outdir = mkdtempSync(join(tmpdir(), 'nag-'));
  outdirs.push(outdir);
  const app = new App({
    outdir,
    context: { 'aws:cdk:bundling-stacks': [], ...context },
    builtinCloudFormationValidation: false,
  });
  const stack = new MonitorStack(app, 'Monitor', { config: readConfig(app.node) });
  tamper?.(stack);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  app.synth();
}

describe('cdk-nag AwsSolutions', () => {
  it('finds no unacknowledged error in the default stack', () => {
    expect(() => synthWithNag({})).not.toThrow();
  });

  it('finds no unacknowledged error with tracing on (X-Ray wildcard acknowledged)', () => {
    expect(() => synthWithNag({ tracing: 'true', ingestReservedConcurrency: 0 })).not.toThrow();
  });

  it('finds no unacknowledged error in SES sandbox mode (recipient identities acknowledged)', () => {
    expect(() => synthWithNag({ sesSandbox: 'true' })).not.toThrow();
  });

  it('fails the synth on a finding nobody acknowledged (the check is live)', () => {
    // A queue with neither TLS enforcement nor a dead-letter queue breaks SQS3/SQS4.
    expect(() => synthWithNag({}, (stack) => new Queue(stack, 'Careless'))).toThrow(/AwsSolutions-SQS4/);
  });
});
