/**
 * A source's latest runs (GET /api/v1/sources/:id/runs), newest first: when, status, HTTP status, counts and the error.
 * Error texts come from other people's pages and servers, so they are rendered as text only.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SourceRun } from '../../lib/api.ts';
import { t, tn } from '../../lib/i18n.ts';
import { runFailure } from './run-failure.ts';
import { describeFailure, formatRunAt, runStatus } from './sources.ts';

export interface SourceHistoryProps {
  /** the source's name, for the screen-reader label of the panel */
  name: string;
  /** the source's address: a failure names its host */
  url: string;
  /** loads the runs; called once per mount (the owner remounts the panel when the source's last run changes) */
  load: () => Promise<SourceRun[]>;
}

export function SourceHistory({ name, url, load }: SourceHistoryProps) {
  const [runs, setRuns] = useState<SourceRun[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    load().then((list) => alive && setRuns(list), (e) => alive && setFailure(describeFailure(e)));
    return () => {
      alive = false;
    };
  }, []);

  return (
    <section class="source-history" aria-label={t('sourceHistoryOf', [name])}>
      <h2>{t('sourceHistoryHeading')}</h2>
      {failure ? (
        <p role="alert" class="error">{failure}</p>
      ) : runs === null ? (
        <p class="hint">{t('sourceHistoryLoading')}</p>
      ) : runs.length === 0 ? (
        <p class="empty">{t('sourceHistoryEmpty')}</p>
      ) : (
        <table class="watchlist source-runs">
          <caption class="visually-hidden">{tn('sourceHistoryCaption', runs.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sourceRunColumnAt')}</th>
              <th scope="col">{t('sourceColumnStatus')}</th>
              <th scope="col">{t('sourceRunColumnHttp')}</th>
              <th scope="col">{t('sourceColumnCounts')}</th>
              <th scope="col">{t('sourceColumnError')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => {
              const status = runStatus(run);
              const why = runFailure(run, url);
              return (
                <tr key={run.id} data-run={run.id}>
                  <td><time dateTime={run.at}>{formatRunAt(run.at)}</time></td>
                  <td class="run-status"><span class={status.cls}>{status.text}</span></td>
                  <td class="run-http">{run.httpStatus ?? '–'}</td>
                  <td class="run-counts">{run.status === 'running' ? '–' : t('sourceCounts', [String(run.found), String(run.added), String(run.changed)])}</td>
                  <td class="run-error">{why ? <span class="error">{why}</span> : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
