import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the CLI exactly as the contract says (`npm run -s cli -- <command>`), feeding stdin. */
function cli(command: string, stdin: string) {
  const res = spawnSync('npm', ['run', '-s', 'cli', '--', command], {
    input: stdin,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = res.stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: res.status, lines, stderr: res.stderr };
}

const good = {
  id: 'ok1',
  url: 'https://qazinform.com/news/x',
  outlet: 'Kazinform',
  title: 'Kazakh, Chinese foreign ministers hold talks in Astana',
  published: '2025-06-17',
  lang: 'en',
  text: 'ASTANA. KAZINFORM – Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan Murat Nurtleu held talks with Chinese Foreign Minister Wang Yi in Astana today, June 17.\n\nThe sides discussed trade and transit cooperation.',
};

const badLines = [
  'this is not json',
  JSON.stringify({ id: 'no-body', title: 'no text or html' }),
  JSON.stringify({ id: 'both', text: 'a', html: '<p>a</p>' }),
  JSON.stringify({ title: 'no id', text: 'Kazakhstan and China' }),
  JSON.stringify({ id: 'bad-date', published: 'yesterday', text: 'Kazakhstan and China' }),
  JSON.stringify([1, 2, 3]),
];

describe('extract command', () => {
  it('answers every bad line with {id, error} in input order and goes on to the next line', () => {
    const input = [...badLines, JSON.stringify(good)].join('\n');
    const { status, lines } = cli('extract', `${input}\n`);
    expect(status).toBe(0);
    expect(lines).toHaveLength(badLines.length + 1);
    expect(lines.slice(0, badLines.length).map((l) => l.id)).toEqual([
      null,
      'no-body',
      'both',
      null,
      'bad-date',
      null,
    ]);
    for (const l of lines.slice(0, badLines.length)) expect(typeof l.error).toBe('string');
    expect(String(lines[1]?.error)).toMatch(/exactly one of "text" or "html"/);
    expect(String(lines[4]?.error)).toMatch(/published/);
    expect(lines.at(-1)?.id).toBe('ok1');
  });

  it('writes nothing but JSON lines on stdout, one per non-blank input line', () => {
    const { lines, status } = cli(
      'extract',
      `\n${JSON.stringify(good)}\n\n${JSON.stringify({ ...good, id: 'ok2' })}\n`,
    );
    expect(status).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['ok1', 'ok2']);
  });

  it('reads optional fields sent as null (an excerpt without a title or outlet) as absent', () => {
    const nulls = { ...good, id: 'nulls', title: null, outlet: null, url: null, lang: null };
    const { lines, status } = cli('extract', `${JSON.stringify(nulls)}\n`);
    expect(status).toBe(0);
    expect(lines[0]?.error).toBeUndefined();
    expect(lines[0]?.relevant).toBe(true);
  });
});

describe('cluster command', () => {
  it('keeps input order and reports bad lines as errors', () => {
    const { status, lines } = cli('cluster', [badLines[0], JSON.stringify(good), badLines[1]].join('\n'));
    expect(status).toBe(0);
    expect(lines.map((l) => l.id)).toEqual([null, 'ok1', 'no-body']);
    expect(lines[0]).toHaveProperty('error');
    expect(lines[2]).toHaveProperty('error');
  });
});

describe('command line', () => {
  it('rejects an unknown command with a one-line error and usage, exit code 2', () => {
    const res = spawnSync('npm', ['run', '-s', 'cli', '--', 'frobnicate'], { encoding: 'utf8' });
    expect(res.status).toBe(2);
    expect(res.stderr.split('\n')[0]).toBe('error: unknown command "frobnicate"');
    expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
