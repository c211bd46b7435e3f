/** `/status`: the health of every configured source, in words as well as colour. */
import type { Source, SourceState } from '../../domain/index.ts';
import type { Store } from '../../store/port.ts';
import { formatInstant } from '../format.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';

/** A source's health in words. */
function health(src: Source, st: SourceState | undefined): Html {
  if (!src.enabled) return html`<span class="muted">disabled</span>`;
  if (!st) return html`<span class="muted">not run yet</span>`;
  if (st.consecutiveFailures > 0)
    return html`<span class="bad">failing (${st.consecutiveFailures} ${st.consecutiveFailures === 1 ? 'run' : 'runs'} in a row)</span>`;
  return html`<span class="ok">working</span>`;
}

/** The status page. */
export async function statusPage(store: Store, sources: Source[]): Promise<string> {
  const states = new Map((await store.listSourceStates()).map((s) => [s.sourceId, s]));
  const failing = sources.filter((s) => (states.get(s.id)?.consecutiveFailures ?? 0) > 0).length;
  return layout(
    { title: 'Source status', section: '/status' },
    html`<h1>Source status</h1>
<p>${sources.length} sources; ${failing === 0 ? 'none failing' : `${failing} failing`}. Times in Almaty time.</p>
<div class="table-wrap"><table><thead><tr><th scope="col">Source</th><th scope="col">Language</th><th scope="col">Health</th><th scope="col">Last success</th><th scope="col">Newest item</th><th scope="col">Items seen</th><th scope="col">Last error or note</th></tr></thead>
<tbody>${sources.map((src) => {
      const st = states.get(src.id);
      const note = st?.lastError ?? st?.notes?.[0] ?? '';
      return html`<tr><td>${src.outlet}<br><span class="muted small">${src.id}</span></td><td>${src.lang}</td><td>${health(src, st)}</td><td>${formatInstant(st?.lastSuccessAt)}</td><td>${formatInstant(st?.newestItemAt)}</td><td>${st?.itemsSeen ?? 0}</td><td class="small">${note}</td></tr>`;
    })}</tbody></table></div>`,
  );
}
