/**
 * A dot chart of reported values by year, drawn on the server as inline SVG (no script, no chart library): one
 * dot per reported value, so two outlets' different totals for one year are two labelled dots side by side, and
 * no line suggests a value between them. Each dot has a native tooltip (`<title>`) with the value and its outlets.
 */
import { formatValue } from '../format.ts';
import { type Html, html } from '../html.ts';
import { outletLabel, type Reported } from './trade-data.ts';

const W = 640;
const H = 300;
const M = { top: 20, right: 20, bottom: 36, left: 78 };
/** Two shapes' colours for values that disagree within a year (distinct for colour-blind readers too). */
const COLOURS = ['#0a5ca8', '#b3261e', '#1d6b2f', '#7a4fb0'];

/** A round step (1, 2 or 5 × 10^n) giving about `count` ticks up to `max`. */
function tickStep(max: number, count: number): number {
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
}

/** The chart of one metric's dated values (all in one unit); null when there is nothing to draw. */
export function dotChart(title: string, values: Reported[], id: string): Html | null {
  const dated = values.filter((v): v is Reported & { year: number } => v.year !== null);
  if (dated.length === 0) return null;
  const unit = dated[0]?.unit ?? '';
  const years = [...new Set(dated.map((v) => v.year))].sort((a, b) => a - b);
  const lo = (years[0] ?? 0) - 0.5;
  const hi = (years[years.length - 1] ?? 0) + 0.5;
  const max = Math.max(...dated.map((v) => v.value)) * 1.15 || 1;
  const step = tickStep(max, 4);
  const x = (year: number) => M.left + ((year - lo) / (hi - lo)) * (W - M.left - M.right);
  const y = (value: number) => H - M.bottom - (value / max) * (H - M.top - M.bottom);
  const ticks: number[] = [];
  for (let t = 0; t <= max; t += step) ticks.push(t);
  const grid = ticks.map(
    (t) =>
      html`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}"/><text x="${M.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${formatValue(t, '').trim()}</text>`,
  );
  const xLabels = years.map(
    (yr) => html`<text x="${x(yr).toFixed(1)}" y="${H - M.bottom + 18}" text-anchor="middle">${yr}</text>`,
  );
  const dots = years.flatMap((yr) => {
    const inYear = dated.filter((v) => v.year === yr);
    return inYear.map((v, i) => {
      const dx = (i - (inYear.length - 1) / 2) * 18;
      const cx = x(yr) + dx;
      const cy = y(v.value);
      const label = `${formatValue(v.value, v.unit)} (${yr}) — ${outletLabel(v)}`;
      const colour = inYear.length > 1 ? (COLOURS[i % COLOURS.length] as string) : (COLOURS[0] as string);
      return html`<g class="point" data-year="${yr}" data-value="${v.value}"><circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="6" fill="${colour}"><title>${label}</title></circle><text x="${(cx + 9).toFixed(1)}" y="${(cy - 8).toFixed(1)}">${formatValue(v.value, '').trim()}${inYear.length > 1 ? ` (${outletLabel(v)})` : ''}</text></g>`;
    });
  });
  return html`<figure class="chart"><svg class="chart" id="${id}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t ${id}-d"><title id="${id}-t">${title} by year, ${unit}</title><desc id="${id}-d">${dated.map((v) => `${v.year}: ${formatValue(v.value, v.unit)} (${outletLabel(v)})`).join('; ')}</desc>
<line class="axis" x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}"/>${grid}${xLabels}${dots}</svg>
<figcaption class="small muted">${title} by year (${unit}). One dot per reported value; different values for one year are shown side by side, never averaged.</figcaption></figure>`;
}
