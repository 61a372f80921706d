/** The "Quellen" view's logic without UI: form checks, error wording, and waiting for a started run to end. */
import { NetworkError, ServiceError, type NewSource, type SourceKind, type SourcesClient, type WatchedSource } from '../../lib/api.ts';
import { t } from '../../lib/i18n.ts';

/** What the add form holds. */
export interface SourceDraft {
  name: string;
  url: string;
  kind: SourceKind;
  every: string;
}

export const EMPTY_DRAFT: SourceDraft = { name: '', url: '', kind: 'page', every: '6h' };

// mirrors service/sources/every.ts so a typo is caught before the round trip; the service still decides
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
/** True for an interval the service accepts: "30m", "6h", "1d", from 15 minutes to 30 days. */
export function isEvery(every: string): boolean {
  const m = /^(\d{1,4})([mhd])$/.exec(every.trim());
  if (!m) return false;
  const ms = Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
  return ms >= 15 * 60_000 && ms <= 30 * 86_400_000;
}

/** True for an http(s) address without credentials (the only kind the service watches). */
export function isSourceUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** The form's problems, by field, as UI text; empty when the draft can be sent. */
export function checkDraft(draft: SourceDraft): Partial<Record<keyof SourceDraft, string>> {
  const problems: Partial<Record<keyof SourceDraft, string>> = {};
  if (!draft.name.trim()) problems.name = t('sourceNameMissing');
  if (!isSourceUrl(draft.url)) problems.url = t('sourceUrlInvalid');
  if (!isEvery(draft.every)) problems.every = t('sourceEveryInvalid');
  return problems;
}

/** The body POST /api/v1/sources takes for a checked draft. */
export function draftBody(draft: SourceDraft): NewSource {
  return { name: draft.name.trim(), url: draft.url.trim(), kind: draft.kind, every: draft.every.trim() };
}

/** A failed call in plain words: offline, not allowed, or the service's own message. */
export function describeFailure(error: unknown): string {
  if (error instanceof NetworkError) return t('sourcesOffline');
  if (error instanceof ServiceError && error.status === 401) return t('testBadToken');
  if (error instanceof ServiceError && error.status === 403) return t('sourcesForbidden');
  return t('sourcesFailed', [error instanceof Error ? error.message : String(error)]);
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
