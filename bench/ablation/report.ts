/**
 * The ablation's markdown: baseline per fold, the rules whose removal lowers a figure (sorted by how much), those
 * that only changed figures upwards, the list issue 12 asks for (rules no fold needed), and the rules that could
 * not be ablated. Figures only: no article text ever reaches this file.
 */
import type { RuleNode } from './enumerate.ts';
import { type ChildScores, FIELDS, type Field } from './fields.ts';

/** One child's result against the baseline. */
export interface Trial {
  /** A rule id, or a file path for a whole-file group. */
  id: string;
  level: 'file' | 'rule';
  /** Entries of the rule, or roots of the file. */
  members: number;
  /** Per set, per fold, per field: positive = the ablation made that figure worse. */
  losses: Record<string, Array<Record<string, number>>>;
  lowered: number;
  raised: number;
  changed: boolean;
  error?: string;
}

/** What the report is made of. */
export interface ReportInput {
  trials: Trial[];
  rules: RuleNode[];
  base: ChildScores;
  sets: string[];
  minutes: number;
  command: string;
  machine: string;
  /** When the run started (ISO; absent in results saved before it was kept). */
  date?: string;
  /** Items per language of each set: a pack whose language a set lacks cannot show a need there. */
  langs?: Record<string, Record<string, number>>;
}

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '–' : x.toFixed(3));

/** A change as the figure moved: `-.056` lower, `+.021` higher; traps as whole counts. */
function moved(field: Field, loss: number): string {
  if (loss === 0) return '·';
  const change = field === 'traps' ? loss : -loss;
  const abs = field === 'traps' ? String(Math.abs(change)) : Math.abs(change).toFixed(3).replace(/^0/, '');
  return `${change < 0 ? '−' : '+'}${abs}`;
}

function fieldsOf(base: ChildScores): Field[] {
  const first = Object.values(base)[0]?.[0] ?? {};
  return FIELDS.filter((f) => f in first);
}

function trialTable(trials: Trial[], sets: string[], fields: Field[]): string[] {
  const head = `| rule | level | entries | lowered | raised | ${fields.join(' | ')} |`;
  const lines = [head, `|${' --- |'.repeat(5 + fields.length)}`];
  for (const t of trials) {
    const cells = fields.map((f) =>
      sets
        .map((s) => {
          const folds = t.losses[s] ?? [];
          if (folds.every((r) => (r[f] ?? 0) === 0)) return '';
          return folds.map((r) => moved(f, r[f] ?? 0)).join(' ');
        })
        .filter((c) => c !== '')
        .join(' / '),
    );
    lines.push(
      `| \`${t.id}\` | ${t.level} | ${t.members} | ${t.lowered} | ${t.raised} | ${cells.join(' | ')} |`,
    );
  }
  return lines;
}

/** The nearest tried trial for a rule: itself, else its closest tried ancestor, else its file's group. */
function nearestTrial(r: RuleNode, tried: Map<string, Trial>): Trial | undefined {
  for (let d = r.path.length; d >= 1; d--) {
    const t = tried.get(`${r.file}#${r.path.slice(0, d).join('.')}`);
    if (t) return t;
  }
  return tried.get(r.file);
}

/** A rule no fold needed, and how that is known. */
export interface NoFoldRule {
  rule: RuleNode;
  how: 'alone' | 'raised' | 'group';
}

/**
 * Rules whose removal lowers no field in any fold, each at the highest level where that is known: a rule tried
 * alone, or the members of a file or table whose removal changed nothing at all (not repeated under it).
 */
export function noFoldNeeded(rules: RuleNode[], trials: Trial[]): NoFoldRule[] {
  const tried = new Map(trials.map((t) => [t.id, t]));
  const out: NoFoldRule[] = [];
  for (const r of rules) {
    if (r.notAblatable || (r.shape === 'leaf' && r.size === 0)) continue;
    const t = nearestTrial(r, tried);
    if (!t || t.error || t.lowered > 0) continue;
    const parent = r.path.length > 1 ? nearestTrial({ ...r, path: r.path.slice(0, -1) }, tried) : undefined;
    if (r.path.length > 1 && parent === t) continue;
    if (r.path.length > 1 && parent && !parent.error && parent.lowered === 0) continue;
    out.push({ rule: r, how: t.id !== r.id ? 'group' : t.raised > 0 ? 'raised' : 'alone' });
  }
  return out;
}

const HOW = { alone: '', raised: ' (raised a figure when removed)', group: ' (by its group)' };

/** The no-fold list as markdown lines, one per file. */
function noFoldLines(list: NoFoldRule[]): string[] {
  const byFile = new Map<string, string[]>();
  for (const { rule, how } of list) {
    const names = byFile.get(rule.file) ?? [];
    names.push(`\`${rule.path.join('.')}\`${HOW[how]}`);
    byFile.set(rule.file, names);
  }
  return [...byFile].map(([file, names]) => `- \`${file}\`: ${names.join(', ')}`);
}

/** The whole markdown report. */
export function markdown(input: ReportInput): string {
  const { trials, rules, base, sets } = input;
  const fields = fieldsOf(base);
  const out: string[] = [
    '# Rule ablation (issue 12)',
    '',
    `Produced by \`${input.command}\` on ${(input.date ?? new Date().toISOString()).slice(0, 16)} UTC (${input.machine}).`,
    `${rules.length} rules enumerated from the modules' exports (${rules.filter((r) => r.notAblatable).length} not ablatable, keys included); ` +
      `${trials.length + 1} fresh processes (baseline included), one at a time: **${input.minutes.toFixed(1)} min wall**.`,
    'Each cell lists the four event folds (0 1 2 3) of a field as the figure moved when the rule was emptied:',
    '`−.056` lower, `+.021` higher, `·` unchanged; `traps` are dateline dates taken (more is worse).',
    '',
    ...Object.entries(input.langs ?? {}).map(
      ([set, by]) =>
        `Items of \`${set}\` by language: ${Object.entries(by)
          .map(([l, n]) => `${l} ${n}`)
          .join(', ')} (a pack whose language is missing cannot be needed by this set).`,
    ),
    '',
    '## Baseline',
    '',
    `| set | fold | ${fields.join(' | ')} |`,
    `|${' --- |'.repeat(2 + fields.length)}`,
  ];
  for (const s of sets)
    for (const [k, f] of (base[s] ?? []).entries())
      out.push(
        `| ${s} | ${k} | ${fields.map((x) => (x === 'traps' ? String(f[x] ?? '–') : fmt(f[x]))).join(' | ')} |`,
      );
  const lowering = trials.filter((t) => !t.error && t.lowered > 0).sort((a, b) => b.lowered - a.lowered);
  const raising = trials.filter((t) => !t.error && t.lowered === 0 && t.raised > 0);
  out.push(
    '',
    `## Removal lowers a figure (${lowering.length}, most first)`,
    '',
    ...trialTable(lowering, sets, fields),
  );
  out.push(
    '',
    `## Removal only raised figures (${raising.length})`,
    '',
    ...trialTable(raising, sets, fields),
  );
  const nf = noFoldNeeded(rules, trials);
  out.push(
    '',
    `## No fold needed (${nf.length})`,
    '',
    'Rules whose removal lowers no field in any fold. "By its group": the rule was emptied together with the rest',
    'of its file or table and nothing changed at all, so it was not tried alone.',
    '',
    ...noFoldLines(nf),
  );
  const errors = trials.filter((t) => t.error);
  if (errors.length > 0)
    out.push('', '## Removal breaks the run', '', ...errors.map((t) => `- \`${t.id}\`: ${t.error}`));
  const empty = rules.filter((r) => r.shape === 'leaf' && r.size === 0);
  if (empty.length > 0)
    out.push('', `## Already empty (${empty.length})`, '', empty.map((r) => `\`${r.id}\``).join(', '));
  const na = rules.filter((r) => r.notAblatable && !nearestNa(r, rules));
  out.push('', `## Not ablatable (${na.length})`, '', ...na.map((r) => `- \`${r.id}\`: ${r.notAblatable}`));
  return `${out.join('\n')}\n`;
}

/** True when a parent of the rule is itself not ablatable (the child is listed through it). */
function nearestNa(r: RuleNode, rules: RuleNode[]): boolean {
  return rules.some(
    (p) =>
      p.notAblatable &&
      p.file === r.file &&
      p.path.length < r.path.length &&
      p.path.every((k, i) => r.path[i] === k),
  );
}
