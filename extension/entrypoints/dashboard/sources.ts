/** The "Quellen" view's logic without UI: error wording, a run's status and time in words, and waiting for a started run to end. */
import { NetworkError, ServiceError, type SourceLastRun, type SourceRun, type SourcesClient, type WatchedSource } from '../../lib/api.ts';
import { instantToWallTime } from '../../../shared/time/berlin.ts';
import { formatDay } from '../../lib/format.ts';
import { t } from '../../lib/i18n.ts';

/** A failed call in plain words: offline, not allowed, or the service's own message. */
export function describeFailure(error: unknown): string {
  if (error instanceof NetworkError) return t('sourcesOffline');
  if (error instanceof ServiceError && error.status === 401) return t('testBadToken');
  if (error instanceof ServiceError && error.status === 403) return t('sourcesForbidden');
  return t('sourcesFailed', [error instanceof Error ? error.message : String(error)]);
}

/**
 * A run's status in words and a colour class; colour is never the only signal. The service reports an answer 304
 * ("Not Modified": the page is as it was) as status "ok" with httpStatus 304, which users read as "nicht geändert".
 */
export function runStatus(run: Pick<SourceLastRun | SourceRun, 'status' | 'httpStatus'> | null): { text: string; cls: string } {
  if (!run) return { text: t('sourceNeverRun'), cls: 'hint' };
  if (run.status === 'running') return { text: t('sourceRunning'), cls: 'source-running' };
  if (run.status === 'error') return { text: t('sourceStatusError'), cls: 'error' };
  if (run.status === 'ok' && run.httpStatus === 304) return { text: t('sourceStatusNotModified'), cls: 'status-ok' };
  if (run.status === 'ok') return { text: t('sourceStatusOk'), cls: 'status-ok' };
  // a status this build does not know yet is shown as the service spells it
  return { text: String(run.status), cls: 'hint' };
}

/** When a run started, as Berlin wall-clock time in the dashboard's date style ("Di., 10.03.2026, 09:00"). */
export function formatRunAt(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const { date, time } = instantToWallTime(ms);
  return formatDay(date, time);
}

export interface WaitOptions {
  intervalMs: number;
  /** gives up after this many looks (the source then still shows "running") */
  maxTries: number;
  signal?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
}

/** Looks at the source every `intervalMs` until its last run is no longer "running"; returns the last answer seen. */
export async function waitForRun(client: SourcesClient, id: string, options: WaitOptions, onUpdate: (s: WatchedSource) => void = () => undefined): Promise<WatchedSource | null> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let latest: WatchedSource | null = null;
  for (let i = 0; i < options.maxTries && !options.signal?.aborted; i++) {
    await sleep(options.intervalMs);
    if (options.signal?.aborted) break;
    latest = await client.source(id);
    onUpdate(latest);
    if (latest.lastRun?.status !== 'running') break;
  }
  return latest;
}
