import type { Progress, totals } from '../pipeline/run-all.ts';
import type { RunSummary } from '../pipeline/types.ts';

/** `n thing` / `n things`. */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * One source's run in plain words:
 * `kazinform-en: 5 listed, 3 new articles, 2 events (1 new, 1 merged), 0 alerts`, or `not modified (304)`.
 */
export function sourceLine(s: RunSummary): string {
  if (!s.ok) return `${s.sourceId}: FAILED — ${s.error ?? 'unknown error'}`;
  if (s.notModified) return `${s.sourceId}: not modified (304), nothing to do`;
  const listed = s.fetched + s.skippedSeen + s.leftover;
  const parts = [
    `${listed} listed`,
    count(s.newArticles, 'new article'),
    `${count(s.newEvents + s.merged, 'event')} (${s.newEvents} new, ${s.merged} merged)`,
    count(s.alertsQueued, 'alert'),
  ];
  if (s.duplicates > 0) parts.push(`${s.duplicates} already known`);
  if (s.irrelevant > 0) parts.push(`${s.irrelevant} not about KZ–CN`);
  if (s.failures.length > 0) parts.push(count(s.failures.length, 'item failed', 'items failed'));
  if (s.leftover > 0) parts.push(`${s.leftover} left for next run (cap: ${s.stoppedBy})`);
  return `${s.sourceId}: ${parts.join(', ')}`;
}

/** The totals of a run in plain words. */
export function totalsLine(t: ReturnType<typeof totals>): string {
  const failed = t.failedSources > 0 ? `, ${t.failedSources} FAILED` : '';
  return (
    `done: ${count(t.sources, 'source')}${failed}; ${count(t.newArticles, 'new article')}, ` +
    `${t.newEvents} new events, ${t.merged} merged into existing, ${count(t.alertsQueued, 'alert')} queued`
  );
}

/** Whether to redraw a line in place: only on a terminal, and only when no log line can come in between. */
export function inlineProgress(): boolean {
  return Boolean(process.stderr.isTTY) && !process.env.LOG_LEVEL;
}

/** Per-source lines on stderr; the in-place counter only on a quiet terminal (stdout is for the result). */
export function stderrProgress(): Progress {
  const inline = inlineProgress();
  return (p) => {
    if ('summary' in p) process.stderr.write(`${inline ? '\r\x1b[K' : ''}${sourceLine(p.summary)}\n`);
    else if (inline) process.stderr.write(`\r\x1b[K…  ${p.sourceId} ${p.done}/${p.total}`);
  };
}

/** A text progress bar for stderr. */
export function progressBar(done: number, total: number, width = 30): string {
  const filled = total > 0 ? Math.round((done / total) * width) : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}
