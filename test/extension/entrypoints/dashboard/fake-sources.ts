/** Test material for the "Quellen" view: sources and runs as the service sends them, and a service in memory. */
import type { NewSource, SourceLastRun, SourcePreset, SourceRun, SourcesClient, WatchedSource } from '../../../../extension/lib/api.ts';
import type { Role } from '../../../../shared/api/members.ts';

let n = 0;
/** A watched source with defaults; `over` sets any field. */
export function source(over: Partial<WatchedSource> = {}): WatchedSource {
  n += 1;
  return {
    id: `0190b000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    name: `Quelle ${n}`,
    url: `https://example.org/${n}`,
    kind: 'listing',
    every: '6h',
    preset: null,
    enabled: true,
    nextRunAt: '2026-03-10T14:00:00.000Z',
    failures: 0,
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
    lastRun: null,
    ...over,
  };
}

/** A finished run as lastRun shows it. */
export const run = (over: Partial<SourceLastRun>): SourceLastRun => ({ at: '2026-03-10T08:00:00.000Z', status: 'ok', httpStatus: 200, found: 12, added: 3, changed: 1, error: null, ...over });

let r = 0;
/** One entry of GET /sources/:id/runs. */
export function sourceRun(over: Partial<SourceRun> = {}): SourceRun {
  r += 1;
  return {
    id: `0190c000-0000-7000-8000-${String(r).padStart(12, '0')}`,
    trigger: 'schedule',
    at: '2026-03-10T08:00:00.000Z',
    finishedAt: '2026-03-10T08:00:04.000Z',
    durationMs: 4000,
    status: 'ok',
    httpStatus: 200,
    found: 12,
    added: 3,
    changed: 1,
    errorCode: null,
    error: null,
    ...over,
  };
}

export const PRESET: SourcePreset = { id: 'eu-funding', name: 'EU-Förderportal', organizer: 'EU', url: 'https://ec.europa.eu/calls', kind: 'rss', every: '1d', description: 'Aufrufe der EU' };

/**
 * A service in memory: the sources, the calls made, each source's runs (`history`), and a run that stays "running"
 * for `runningLooks` looks.
 */
export function fakeService(role: Role, list: WatchedSource[], runningLooks = 2, history: Record<string, SourceRun[]> = {}) {
  const calls: { method: string; args: unknown[] }[] = [];
  const looks = new Map<string, number>();
  const note = (method: string, ...args: unknown[]) => calls.push({ method, args });
  const find = (id: string) => list.find((s) => s.id === id)!;
  const client: SourcesClient = {
    me: async () => ({ member: { id: 'm1', name: 'Ada', role }, team: { id: 't1', name: 'Kommune' }, role }),
    sources: async () => list.map((s) => ({ ...s })),
    presets: async () => [PRESET],
    source: async (id) => {
      note('source', id);
      const s = find(id);
      const seen = (looks.get(id) ?? 0) + 1;
      looks.set(id, seen);
      if (s.lastRun?.status === 'running' && seen >= runningLooks) s.lastRun = run({ status: 'error', httpStatus: 503, found: 0, added: 0, changed: 0, error: 'Dienst nicht verfügbar (503)' });
      return { ...s };
    },
    addSource: async (body: NewSource) => {
      note('addSource', body);
      const created = 'preset' in body
        ? source({ name: PRESET.name, url: PRESET.url, kind: PRESET.kind, every: PRESET.every, preset: body.preset })
        : source({ name: body.name, url: body.url, kind: body.kind, every: body.every ?? '6h' });
      list.push(created);
      return created;
    },
    patchSource: async (id, patch) => {
      note('patchSource', id, patch);
      const s = find(id);
      for (const [key, value] of Object.entries(patch)) {
        // the service leaves a removed selector out of the source
        if (value === null) delete (s as unknown as Record<string, unknown>)[key];
        else (s as unknown as Record<string, unknown>)[key] = value;
      }
      return { ...s };
    },
    removeSource: async (id) => {
      note('removeSource', id);
      list.splice(list.indexOf(find(id)), 1);
    },
    runSource: async (id) => {
      note('runSource', id);
      find(id).lastRun = run({ status: 'running', at: '2026-03-10T09:00:00.000Z', httpStatus: null, found: 0, added: 0, changed: 0 });
      return { ...find(id) };
    },
    runs: async (id) => {
      note('runs', id);
      return (history[id] ?? []).map((entry) => ({ ...entry }));
    },
  };
  return { client, calls };
}

/** The first button whose text starts with `text`. */
export const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith(text)) ?? null;
/** The table row of the source named `name` (its detail row, if open, comes after it). */
export const rowOf = (root: HTMLElement, name: string) => [...root.querySelectorAll('tbody tr')].find((row) => row.textContent?.includes(name)) as HTMLElement | undefined;
export const cell = (row: HTMLElement | undefined, cls: string) => row?.querySelector(`.${cls}`) as HTMLElement | null;
