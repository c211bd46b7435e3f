/** Shared by the benchmarks (bench/run.ts skips files starting with "_"): rounds, spread, machine and load. */
import { cpus, loadavg, totalmem } from 'node:os';

/** Whether the run was asked to be short (`npm run bench -- --quick` sets BENCH_QUICK=1): 1 round, short windows. */
export function quick(): boolean {
  return process.env.BENCH_QUICK === '1';
}

/** How many measured rounds each bench runs: 3 (1 with --quick), so every figure comes with its spread. */
export function roundCount(): number {
  return quick() ? 1 : 3;
}

/** Percentile of sorted samples (nearest rank). */
export function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Min, median and max of some rounds' values. */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

/** The spread of a list of round values. */
export function spread(values: number[]): Spread {
  const s = [...values].sort((a, b) => a - b);
  return { min: s[0] ?? Number.NaN, median: pct(s, 50), max: s[s.length - 1] ?? Number.NaN };
}

/** `median (min–max)` with `digits` decimals: one cell that shows the figure and how much it moved between rounds. */
export function fmt(s: Spread, digits = 0): string {
  const f = (x: number) => x.toFixed(digits);
  return s.min === s.max ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

/**
 * Runs `warmups` unmeasured then `roundCount()` measured rounds of `fn` (each returning its own figures), one
 * after the other: a warm-up takes regex compilation, JIT and first allocations out of the measured rounds.
 */
export async function rounds<T>(fn: (round: number) => T | Promise<T>, warmups = 1): Promise<T[]> {
  for (let i = 0; i < warmups; i++) await fn(-1 - i);
  const out: T[] = [];
  for (let i = 0; i < roundCount(); i++) out.push(await fn(i));
  return out;
}

/** One line about the machine and its load now: a busy shared machine explains slow, noisy figures. */
export function machineLine(): string {
  const cpu = cpus();
  const [l1, l5] = loadavg();
  return `${process.platform} ${process.arch}, node ${process.version}, ${cpu.length} cores (${cpu[0]?.model.trim() ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GiB; load average ${(l1 ?? 0).toFixed(2)} (1 min), ${(l5 ?? 0).toFixed(2)} (5 min)`;
}

/** The 1-minute load average, rounded, for a table cell. */
export function load(): number {
  return Number((loadavg()[0] ?? 0).toFixed(1));
}
