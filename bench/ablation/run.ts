/**
 * Rule ablation (issue 12: "the list of rules that no fold needed"). Every rule the extractor and clusterer read
 * from data — each list or table under the language packs, the gazetteer files and the exported rule tables of
 * the code (enumerate.ts, modules.ts) — is emptied in a fresh process (child.ts) and the real dev set is scored
 * per event fold with the project's scorer. Rules are tried per file first; a file whose removal changes any
 * figure is drilled into export by export, then key by key: a full dev run took 32 min
 * (525 processes) on the shared two-core machine.
 *
 *   npx tsx bench/ablation/run.ts [--only PATTERN] [--real FILE]… [--no-dev] [--pipe] [--no-drill] [--per-export]
 *                                 [--out FILE]
 *                                 [--max-fanout N] [--save FILE] [--render FILE] [--recheck FILE]
 *                                 [--resume SAVED.json]
 *
 * `--only` keeps the rules whose id (`file#EXPORT.key`) contains PATTERN (a regular expression); `--real` adds a
 * real gold set to dev (`--no-dev`: instead of it); `--pipe` also scores the pipeline's clustering (slow);
 * `--out` writes the markdown there;
 * `--save FILE` keeps the raw results as JSON and `--render FILE` rewrites the markdown from them, without runs;
 * `--per-export` tries each export alone instead of whole files first (slower; checks "by its group" verdicts);
 * `--recheck SAVED.json` tries again only the rules a saved run found no fold needed (e.g. with `--real` sets);
 * `--resume SAVED.json` takes over a cut run's baseline and trials.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import type { ChildOutput, ChildSpec } from './child.ts';
import type { RuleNode } from './enumerate.ts';
import { type ChildScores, losses, summarise } from './fields.ts';
import { allRules, ROOT } from './modules.ts';
import { type Options, parseArgs } from './options.ts';
import { markdown, noFoldNeeded, type ReportInput, type Trial } from './report.ts';

/** Runs one child (never two at once: the machine's two cores are shared) and reads its last line. */
function runChild(spec: ChildSpec): Promise<ChildOutput> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'bench/ablation/child.ts', JSON.stringify(spec)],
      {
        cwd: ROOT,
        env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('ABLATION '));
      if (code === 0 && line) done(JSON.parse(line.slice('ABLATION '.length)) as ChildOutput);
      else {
        // The thrown error's own line, not Node's trailer after it.
        const lines = err.trim().split('\n');
        const why = lines.find((l) => /^\w*Error\b/.test(l.trim())) ?? lines.at(-1);
        fail(new Error(`child exited ${code}: ${why?.trim()}`));
      }
    });
  });
}

/** Items per language of a real set (only the `lang` field is read). */
function languages(path: string): Record<string, number> {
  const by: Record<string, number> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const lang = (JSON.parse(line) as { lang?: string }).lang ?? 'en';
    by[lang] = (by[lang] ?? 0) + 1;
  }
  return by;
}

/** The rules directly under the node at `path` of `file`. */
function childrenOf(rules: RuleNode[], file: string, path: string[]): RuleNode[] {
  return rules.filter(
    (r) => r.file === file && r.path.length === path.length + 1 && path.every((k, i) => r.path[i] === k),
  );
}

function emit(opts: Options, input: ReportInput): void {
  const md = markdown(input);
  if (opts.out) writeFileSync(opts.out, md);
  process.stdout.write(md);
}

/** The nodes none of whose ancestors is in the list (with `--only`, a key can be chosen without its table). */
function topmost(nodes: RuleNode[]): RuleNode[] {
  const ids = new Set(nodes.map((r) => r.id));
  return nodes.filter(
    (r) => !r.path.some((_, d) => d > 0 && ids.has(`${r.file}#${r.path.slice(0, d).join('.')}`)),
  );
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.render) {
    emit(opts, JSON.parse(readFileSync(opts.render, 'utf8')) as ReportInput);
    return;
  }
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const all = await allRules();
  let rules = opts.only ? all.filter((r) => opts.only?.test(r.id)) : all;
  if (opts.recheck) {
    const saved = JSON.parse(readFileSync(opts.recheck, 'utf8')) as ReportInput;
    const keep = noFoldNeeded(saved.rules, saved.trials).map((n) => n.rule.id);
    // A listed table brings its keys along, so a change can still be drilled down to one of them.
    rules = rules.filter((r) => keep.some((id) => r.id === id || r.id.startsWith(`${id}.`)));
  }
  // An already empty list has nothing to take out (the report lists it apart).
  const ablatable = rules.filter((r) => !r.notAblatable && !(r.shape === 'leaf' && r.size === 0));
  const trials: Trial[] = [];
  let n = 0;
  const log = (s: string) => process.stderr.write(`${s}\n`);

  const resumed = opts.resume ? (JSON.parse(readFileSync(opts.resume, 'utf8')) as ReportInput) : null;
  const done = new Map((resumed?.trials ?? []).map((t) => [t.id, t]));
  const baseScores: ChildScores =
    resumed?.base ?? (await runChild({ rules: [], sets: opts.sets, pipe: opts.pipe })).scores;

  // Wall minutes of this run plus those of a resumed one, so the report states what a whole run costs.
  const elapsed = () => (resumed?.minutes ?? 0) + (performance.now() - started) / 60_000;
  const reportInput = (minutes: number): ReportInput => ({
    trials,
    rules,
    base: baseScores,
    sets: opts.sets,
    minutes,
    date: startedAt,
    langs: Object.fromEntries(opts.sets.map((set) => [set, languages(set)])),
    command: `npx tsx bench/ablation/run.ts ${process.argv.slice(2).join(' ')}`.trim(),
    machine: `${availableParallelism()} cores, load ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} at the end`,
  });

  const trial = async (id: string, level: Trial['level'], ruleIds: string[], members: number) => {
    const t0 = performance.now();
    let t: Trial;
    const before = done.get(id);
    if (before) t = before;
    else
      try {
        const r = await runChild({ rules: ruleIds, sets: opts.sets, pipe: opts.pipe });
        const l = losses(baseScores, r.scores);
        t = { id, level, members, losses: l, ...summarise(l) };
      } catch (e) {
        t = { id, level, members, losses: {}, lowered: 0, raised: 0, changed: true, error: String(e) };
      }
    trials.push(t);
    n++;
    // Kept as it goes: a long run cut short still leaves its results to --render.
    if (opts.save) writeFileSync(opts.save, JSON.stringify(reportInput(elapsed())));
    const what = t.error
      ? `ERROR ${t.error}`
      : t.changed
        ? `lowered ${t.lowered} raised ${t.raised}`
        : 'no change';
    log(`[${n}] ${id} (${members}) ${((performance.now() - t0) / 1000).toFixed(1)} s: ${what}`);
    return t;
  };

  // Drill into a node whose removal changed anything (up or down: a group may hide a rule that helps under one
  // that hurts), unless it fans out into more members than are worth a process each.
  const drill = async (file: string, path: string[]) => {
    const kids = childrenOf(ablatable, file, path);
    if (!opts.drill || kids.length === 0 || kids.length > opts.maxFanout) return;
    for (const k of kids) {
      const t = await trial(k.id, 'rule', [k.id], k.size);
      if (t.changed && k.shape === 'group') await drill(file, k.path);
    }
  };

  const tryAlone = async (file: string, roots: RuleNode[]) => {
    for (const r of roots) {
      const t = await trial(r.id, 'rule', [r.id], r.size);
      if (t.changed && r.shape === 'group') await drill(file, r.path);
    }
  };

  for (const file of [...new Set(ablatable.map((r) => r.file))]) {
    const roots = topmost(ablatable.filter((r) => r.file === file));
    if (roots.length === 1 || opts.perExport) {
      await tryAlone(file, roots);
      continue;
    }
    const ids = roots.map((r) => r.id);
    const t = await trial(file, 'file', ids, roots.length);
    if (t.changed && opts.drill) await tryAlone(file, roots);
  }

  const minutes = elapsed();
  const input = reportInput(minutes);
  if (opts.save) writeFileSync(opts.save, JSON.stringify(input));
  emit(opts, input);
  log(`${n + 1} children, ${minutes.toFixed(1)} min`);
}

await main();
