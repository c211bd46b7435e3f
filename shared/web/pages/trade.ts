/** `/trade`: trade and investment figures by year, a chart per metric and every reported value with its sources. */
import type { Store } from '../../store/port.ts';
import { METRIC_WORDS } from '../components.ts';
import { almatyDay, formatDay, formatValue } from '../format.ts';
import { type Html, html, safeHref } from '../html.ts';
import { layout } from '../layout.ts';
import { dotChart } from './chart.ts';
import { disagreements, outletLabel, type Reported, reportedValues, TRADE_METRICS } from './trade-data.ts';

/** The sources of a value, linked to the originals, with their report day. */
function sources(r: Reported): Html {
  return html`${r.sources.map((s, i) => {
    const href = safeHref(s.url);
    const day = s.reportDate
      ? html` <span class="muted small">${formatDay(s.reportDate.length > 10 ? almatyDay(s.reportDate) : s.reportDate)}</span>`
      : '';
    return html`${i ? html`<br>` : ''}${href ? html`<a href="${href}" rel="noopener noreferrer">${s.outlet}</a>` : s.outlet}${day}`;
  })}${r.eventCount > r.sources.length ? html`<br><span class="muted small">and more</span>` : ''}`;
}

/** Links to the events that reported a value. */
function events(r: Reported): Html {
  return html`${r.eventIds.map((id, i) => html`${i ? html`<br>` : ''}<a href="/event/${id}">event ${i + 1}</a>`)}`;
}

/** The table of one metric's values. */
function table(values: Reported[], split: Set<string>): Html {
  return html`<div class="table-wrap"><table><thead><tr><th scope="col">Year</th><th scope="col">Value</th><th scope="col">Reported by</th><th scope="col">Events</th></tr></thead><tbody>${values.map(
    (v) =>
      html`<tr><td>${v.year ?? 'not stated'}${split.has(`${v.metric}|${v.unit}|${v.year}`) ? html`<br><span class="tag">outlets disagree</span>` : ''}</td><td><strong>${formatValue(v.value, v.unit)}</strong>${v.evidence[0] ? html`<blockquote>“${v.evidence[0]}”</blockquote>` : ''}</td><td>${sources(v)}</td><td>${events(v)}</td></tr>`,
  )}</tbody></table></div>`;
}

/** The trade page. */
export async function tradePage(store: Store): Promise<string> {
  const values = await reportedValues(store);
  const split = disagreements(values);
  const sections = TRADE_METRICS.map((metric) => {
    const mine = values.filter((v) => v.metric === metric);
    if (mine.length === 0) return '';
    const units = [...new Set(mine.map((v) => v.unit))];
    const name = METRIC_WORDS[metric];
    const charts = units.map((u) =>
      dotChart(
        name[0]?.toUpperCase() + name.slice(1),
        mine.filter((v) => v.unit === u),
        `chart-${metric}-${u}`,
      ),
    );
    const conflicts = [...split].filter((k) => k.startsWith(`${metric}|`)).map((k) => k.split('|')[2]);
    return html`<section aria-labelledby="h-${metric}"><h2 id="h-${metric}">${name[0]?.toUpperCase()}${name.slice(1)}</h2>
${conflicts.length > 0 ? html`<p class="notice">Outlets give different values for ${conflicts.join(', ')}: each is shown with who reported it.</p>` : ''}
${charts}${table(mine, split)}</section>`;
  });
  const labels = values.filter((v) => v.year !== null).map(outletLabel);
  return layout(
    { title: 'Trade and investment', section: '/trade' },
    html`<h1>Trade and investment figures</h1>
<p class="muted">Values as the reports give them, by the year they refer to. Kazakh and Chinese statistics count trade differently, so one year may have two values: both are shown, labelled with their sources.</p>
${values.length === 0 ? html`<p>No figures reported yet.</p>` : sections}
${labels.length === 0 && values.length > 0 ? html`<p class="muted">No figure states its year, so there is no chart.</p>` : ''}`,
  );
}
