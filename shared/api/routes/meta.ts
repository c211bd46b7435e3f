import type { SourceState } from '../../domain/index.ts';
import { type ApiCtx, json } from '../http.ts';

/** Status of one source from its stored state. */
function statusOf(enabled: boolean, state: SourceState | undefined) {
  if (!enabled) return 'disabled' as const;
  if (!state?.lastAttemptAt) return 'never_run' as const;
  return state.consecutiveFailures > 0 ? ('failing' as const) : ('ok' as const);
}

/** `GET /sources`: each configured source with its health (one Query for all states). */
export async function listSources({ deps }: ApiCtx): Promise<Response> {
  const states = new Map((await deps.store.listSourceStates()).map((s) => [s.sourceId, s]));
  const items = deps.sources.map((src) => {
    const state = states.get(src.id);
    return {
      sourceId: src.id,
      etag: state?.etag ?? null,
      lastModified: state?.lastModified ?? null,
      lastAttemptAt: state?.lastAttemptAt ?? null,
      lastSuccessAt: state?.lastSuccessAt ?? null,
      consecutiveFailures: state?.consecutiveFailures ?? 0,
      lastError: state?.lastError ?? null,
      itemsSeen: state?.itemsSeen ?? 0,
      newestItemAt: state?.newestItemAt ?? null,
      outageAlertedAt: state?.outageAlertedAt ?? null,
      emptyRuns: state?.emptyRuns ?? 0,
      parseFailures: state?.parseFailures ?? 0,
      backlog: state?.backlog ?? 0,
      notes: state?.notes ?? [],
      outlet: src.outlet,
      lang: src.lang,
      kind: src.kind,
      enabled: src.enabled,
      status: statusOf(src.enabled, state),
    };
  });
  return json(200, { items }, { 'cache-control': 'no-cache' });
}

/**
 * `GET /health`: the API is up; `store` says whether the table answers (a cheap GetItem); locally also when the
 * next ingestion and digest run and whether one is running.
 */
export async function health({ deps }: ApiCtx): Promise<Response> {
  let store: 'ok' | 'unavailable' = 'ok';
  try {
    await deps.store.getSourceState('__health__');
  } catch {
    store = 'unavailable';
  }
  const now = (deps.now ?? (() => new Date()))().toISOString();
  return json(
    store === 'ok' ? 200 : 503,
    { status: 'ok', store, time: now, ...(deps.schedule ? { schedule: deps.schedule() } : {}) },
    { 'cache-control': 'no-store' },
  );
}
