/**
 * The team's watched sources as a table: last run, status and error. Everyone can open a source's run history
 * below its row; admins also get run, edit, on/off and delete per row.
 */
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SourceRun, WatchedSource } from '../../lib/api.ts';
import { isSafeLink } from '../../lib/canonical-url.ts';
import { t, tn } from '../../lib/i18n.ts';
import type { Refusal, SourceDraft } from './source-draft.ts';
import { SourceEdit } from './SourceEdit.tsx';
import { SourceHistory } from './SourceHistory.tsx';
import { runFailure } from './run-failure.ts';
import { formatRunAt, runStatus } from './sources.ts';

export interface SourceActions {
  run(source: WatchedSource): void;
  toggle(source: WatchedSource): void;
  remove(source: WatchedSource): void;
  /** saves an edited source: null when the service took it, else why not */
  save(source: WatchedSource, draft: SourceDraft): Promise<Refusal | null>;
  /** the source's latest runs */
  runs(source: WatchedSource): Promise<SourceRun[]>;
}

type Panel = 'history' | 'edit';

export function SourcesTable({ sources, admin, busy, actions }: { sources: WatchedSource[]; admin: boolean; busy: ReadonlySet<string>; actions: SourceActions }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [open, setOpen] = useState<{ id: string; panel: Panel } | null>(null);
  // after a panel closes, the button that opened it gets the focus back
  const [returnTo, setReturnTo] = useState<string | null>(null);
  useEffect(() => {
    if (returnTo) document.getElementById(returnTo)?.focus();
    setReturnTo(null);
  }, [returnTo]);

  const buttonId = (id: string, panel: Panel) => `source-${panel}-button-${id}`;
  const toggle = (id: string, panel: Panel) => setOpen(open?.id === id && open.panel === panel ? null : { id, panel });
  const close = (id: string, panel: Panel) => {
    setOpen(null);
    setReturnTo(buttonId(id, panel));
  };

  return (
    <table class="watchlist sources">
      <caption class="visually-hidden">{tn('sourcesCaption', sources.length)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sourceColumnName')}</th>
          <th scope="col">{t('sourceColumnKind')}</th>
          <th scope="col">{t('sourceColumnEvery')}</th>
          <th scope="col">{t('sourceColumnLastRun')}</th>
          <th scope="col">{t('sourceColumnStatus')}</th>
          <th scope="col">{t('sourceColumnCounts')}</th>
          <th scope="col">{t('sourceColumnError')}</th>
          <th scope="col"><span class="visually-hidden">{t('sourceColumnActions')}</span></th>
        </tr>
      </thead>
      <tbody>
        {sources.map((s) => {
          const run = s.lastRun;
          const status = runStatus(run);
          const running = run?.status === 'running';
          const why = run ? runFailure(run, s.url) : null;
          const panel = open?.id === s.id ? open.panel : null;
          const detailId = `source-detail-${s.id}`;
          const opener = (which: Panel, label: string, openLabel: string) => (
            <button
              type="button"
              id={buttonId(s.id, which)}
              aria-expanded={panel === which}
              aria-controls={panel === which ? detailId : undefined}
              disabled={which === 'edit' && busy.has(s.id)}
              onClick={() => toggle(s.id, which)}
            >
              {panel === which ? openLabel : label}<span class="visually-hidden">: {s.name}</span>
            </button>
          );
          return (
            <Fragment key={s.id}>
              <tr data-source={s.id}>
                <td>
                  <span class="item-title">{s.name}</span>
                  <div class="due-line source-url">{isSafeLink(s.url) ? <a href={s.url} target="_blank" rel="noopener noreferrer">{s.url}</a> : s.url}</div>
                  {!s.enabled && <div class="due-line">{t('sourceDisabled')}</div>}
                </td>
                <td>{t(`sourceKind_${s.kind}`)}</td>
                <td>{s.every}</td>
                <td>{run ? <time dateTime={run.at}>{formatRunAt(run.at)}</time> : '–'}</td>
                <td class="source-status">
                  <span class={status.cls}>{status.text}</span>
                  {run?.httpStatus != null && <div class="due-line">HTTP {run.httpStatus}</div>}
                </td>
                <td>{run ? t('sourceCounts', [String(run.found), String(run.added), String(run.changed)]) : '–'}</td>
                <td class="source-error">{why ? <span class="error">{why}</span> : '–'}</td>
                <td>
                  <div class="row-actions">
                    {opener('history', t('sourceHistory'), t('sourceHistoryClose'))}
                    {admin && (
                      <>
                        <button type="button" disabled={running || busy.has(s.id)} onClick={() => actions.run(s)}>
                          {t('sourceRunNow')}<span class="visually-hidden">: {s.name}</span>
                        </button>
                        {opener('edit', t('sourceEdit'), t('sourceEditClose'))}
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
                      </>
                    )}
                  </div>
                </td>
              </tr>
              {panel && (
                // Escape closes the history; an edit form closes only by its buttons, so a stray key loses no input
                <tr class="row-details" id={detailId} onKeyDown={(e) => e.key === 'Escape' && panel === 'history' && close(s.id, panel)}>
                  <td colSpan={8}>
                    {panel === 'history' ? (
                      // a new last run remounts the panel, so an open history shows the run that just ended
                      <SourceHistory key={`${run?.at}-${run?.status}`} name={s.name} url={s.url} load={() => actions.runs(s)} />
                    ) : (
                      <SourceEdit
                        source={s}
                        onSave={async (source, draft) => {
                          const refused = await actions.save(source, draft);
                          if (!refused) close(s.id, 'edit');
                          return refused;
                        }}
                        onCancel={() => close(s.id, 'edit')}
                      />
                    )}
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
