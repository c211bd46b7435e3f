import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_WINDOW_DAYS } from '../../shared/alerts/news.ts';
import { DEFAULT_SUBSCRIBE_LIMITS } from '../../shared/alerts/subscribe-limits.ts';
import { configTable, configuredSources, loadConfig, VARS } from '../../shared/config.ts';
import { DEFAULT_RUN_LIMITS } from '../../shared/pipeline/run-limits.ts';

/** The rows of the README's configuration table. */
function readmeTable(): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('| variable | default | meaning |');
  const end = readme.indexOf('\n\n', start);
  return readme.slice(start, end);
}

describe('one configuration', () => {
  it("the README's table is the schema's: same variables, defaults and meanings", () => {
    expect(readmeTable()).toBe(configTable());
  });

  it('a table that drifts from the schema fails the check', () => {
    const drifted = readmeTable().replace('| `PORT` | 3000 |', '| `PORT` | 8080 |');
    expect(drifted).not.toBe(configTable());
  });

  it('the same names in every mode, with per-mode defaults', () => {
    const local = loadConfig('local', {});
    const lambda = loadConfig('lambda', {});
    expect(local.operatorEmail).toBe('operator@kz-china-monitor.local');
    expect(lambda.operatorEmail).toBeNull();
    expect(local.tableName).toBe('kz-china-monitor');
    expect(lambda.tableName).toBeNull();
    expect(local.logLevel).toBeNull();
    expect(lambda.logLevel).toBe('INFO');
    expect(local.apiBaseUrl).toBe('http://localhost:3000');
    const set = { OPERATOR_EMAIL: 'ops@example.org', TABLE_NAME: 't1', RUN_TIME_BUDGET_SECONDS: '60' };
    for (const mode of ['local', 'lambda', 'test'] as const) {
      const c = loadConfig(mode, set);
      expect([c.operatorEmail, c.tableName, c.runLimits.timeBudgetMs]).toEqual([
        'ops@example.org',
        't1',
        60_000,
      ]);
    }
  });

  it("its defaults are the modules' own defaults", () => {
    for (const mode of ['local', 'lambda', 'test'] as const) {
      const c = loadConfig(mode, {});
      expect(c.runLimits).toEqual(DEFAULT_RUN_LIMITS);
      expect(c.subscribeLimits).toEqual(DEFAULT_SUBSCRIBE_LIMITS);
      expect(c.alertWindowDays).toBe(DEFAULT_ALERT_WINDOW_DAYS);
    }
  });

  it('bad values fail with one line naming the variable', () => {
    expect(() => loadConfig('local', { PORT: 'abc' })).toThrow(
      'environment variable PORT must be an integer, got "abc"',
    );
    expect(() => loadConfig('local', { SES_PORT: '70000' })).toThrow(
      'SES_PORT must be a port number 0-65535, got 70000',
    );
    expect(() => loadConfig('local', { DYNAMODB_ENDPOINT: 'nope' })).toThrow(
      /DYNAMODB_ENDPOINT must be an http\(s\) URL/,
    );
    expect(() => loadConfig('local', { LOG_LEVEL: 'LOUD' })).toThrow(/LOG_LEVEL/);
  });

  it('SOURCES_JSON and SOURCES_FILE are read the same way in every mode', () => {
    const defaults = configuredSources({ sourcesJson: null, sourcesFile: null });
    const one = JSON.stringify([{ ...defaults[0], id: 'only-one' }]);
    expect(() => configuredSources({ sourcesJson: '[', sourcesFile: null })).toThrow(
      /^SOURCES_JSON cannot be read as JSON/,
    );
    expect(() => configuredSources({ sourcesJson: null, sourcesFile: '/nonexistent.json' })).toThrow(
      /^SOURCES_FILE \/nonexistent.json cannot be read as JSON/,
    );
    expect(defaults.length).toBeGreaterThan(5);
    expect(configuredSources({ sourcesJson: one, sourcesFile: null }).map((s) => s.id)).toEqual(['only-one']);
  });

  it('every variable has a meaning and a default text', () => {
    for (const [name, v] of Object.entries(VARS)) {
      expect(v.doc.length, name).toBeGreaterThan(10);
      expect(v.defaultText.length, name).toBeGreaterThan(0);
    }
  });
});
