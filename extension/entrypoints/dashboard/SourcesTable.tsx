/** The team's watched sources as a table: last run, status and error; admins get run, on/off and delete per row. */
import { useState } from 'preact/hooks';
import type { SourceLastRun, WatchedSource } from '../../lib/api.ts';
import { isSafeLink } from '../../lib/canonical-url.ts';
import { formatInstant } from '../../lib/format.ts';
import { t } from '../../lib/i18n.ts';

export interface SourceActions {
  run(source: WatchedSource): void;
  toggle(source: WatchedSource): void;
  remove(source: WatchedSource): void;
}

/** The status in words and a colour class; colour is never the only signal. */
function statusOf(run: SourceLastRun | null): { text: string; cls: string } {
  if (!run) return { text: t('sourceNeverRun'), cls: 'hint' };
  if (run.status === 'running') return { text: t('sourceRunning'), cls: 'source-running' };
  if (run.status === 'error') return { text: t('sourceStatusError'), cls: 'error' };
  return { text: t('sourceStatusOk'), cls: 'status-ok' };
}

export function SourcesTable({ sources, admin, busy, actions }: { sources: WatchedSource[]; admin: boolean; busy: ReadonlySet<string>; actions: SourceActions }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <table class="watchlist sources">
      <caption class="visually-hidden">{t('sourcesCaption', [String(sources.length)])}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sourceColumnName')}</th>
          <th scope="col">{t('sourceColumnKind')}</th>
          <th scope="col">{t('sourceColumnEvery')}</th>
          <th scope="col">{t('sourceColumnLastRun')}</th>
          <th scope="col">{t('sourceColumnStatus')}</th>
          <th scope="col">{t('sourceColumnCounts')}</th>
          <th scope="col">{t('sourceColumnError')}</th>
          {admin && <th scope="col"><span class="visually-hidden">{t('sourceColumnActions')}</span></th>}
        </tr>
      </thead>
      <tbody>
        {sources.map((s) => {
          const run = s.lastRun;
          const status = statusOf(run);
          const running = run?.status === 'running';
          return (
            <tr key={s.id} data-source={s.id}>
              <td>
                <span class="item-title">{s.name}</span>
                <div class="due-line source-url">{isSafeLink(s.url) ? <a href={s.url} target="_blank" rel="noopener noreferrer">{s.url}</a> : s.url}</div>
                {!s.enabled && <div class="due-line">{t('sourceDisabled')}</div>}
              </td>
              <td>{t(`sourceKind_${s.kind}`)}</td>
              <td>{s.every}</td>
              <td>{run ? <time dateTime={run.at}>{formatInstant(run.at)}</time> : '–'}</td>
              <td class="source-status">
                <span class={status.cls}>{status.text}</span>
                {run?.httpStatus != null && <div class="due-line">HTTP {run.httpStatus}</div>}
              </td>
              <td>{run ? t('sourceCounts', [String(run.found), String(run.added), String(run.changed)]) : '–'}</td>
              <td class="source-error">{run?.error ? <span class="error">{run.error}</span> : '–'}</td>
              {admin && (
                <td>
                  <div class="row-actions">
                    <button type="button" disabled={running || busy.has(s.id)} onClick={() => actions.run(s)}>
                      {t('sourceRunNow')}<span class="visually-hidden">: {s.name}</span>
                    </button>
                    <button type="button" disabled={busy.has(s.id)} onClick={() => actions.toggle(s)}>
                      {s.enabled ? t('sourceDisable') : t('sourceEnable')}<span class="visually-hidden">: {s.name}</span>
                    </button>
                    {confirming === s.id ? (
                      <span role="group" aria-label={t('sourceDeleteQuestion', [s.name])}>
                        <span>{t('sourceDeleteQuestion', [s.name])}</span>{' '}
                        <button type="button" disabled={busy.has(s.id)} onClick={() => { setConfirming(null); actions.remove(s); }}>{t('sourceDeleteConfirm')}</button>
                        <button type="button" onClick={() => setConfirming(null)}>{t('sourceDeleteCancel')}</button>
                      </span>
                    ) : (
                      <button type="button" disabled={busy.has(s.id)} onClick={() => setConfirming(s.id)}>
                        {t('sourceDelete')}<span class="visually-hidden">: {s.name}</span>
                      </button>
                    )}
                  </div>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
