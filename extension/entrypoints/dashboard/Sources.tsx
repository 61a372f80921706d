/**
 * The "Quellen" view: the team's watched sources with their last run, status and error, and each one's run history.
 * Admins add sources (from a preset or their own), edit them, start a run and watch it end, switch sources on and off
 * and delete them; others only read.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NewSource, SourcePreset, SourcesClient, WatchedSource } from '../../lib/api.ts';
import { t } from '../../lib/i18n.ts';
import { SourceForm } from './SourceForm.tsx';
import { draftPatch, refusalOf, type Refusal, type SourceDraft } from './source-draft.ts';
import { describeFailure, waitForRun } from './sources.ts';
import { SourcesTable } from './SourcesTable.tsx';

export interface SourcesProps {
  /** null while the extension is not connected to a service */
  client: SourcesClient | null;
  /** the role saved by "Verbindung testen", used until the service has answered /me */
  savedRole?: string | null;
  /** how often a started run is looked at, and how many times */
  pollMs?: number;
  pollTries?: number;
}

export function Sources({ client, savedRole = null, pollMs = 2000, pollTries = 90 }: SourcesProps) {
  const [sources, setSources] = useState<WatchedSource[] | null>(null);
  const [presets, setPresets] = useState<SourcePreset[]>([]);
  const [role, setRole] = useState<string | null>(savedRole);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  // polls stop when the view goes away
  const alive = useRef(new AbortController());
  const admin = role === 'admin';

  useEffect(() => {
    const stop = new AbortController();
    alive.current = stop;
    if (!client) return;
    setSources(null);
    setError(null);
    client.sources().then((list) => !stop.signal.aborted && setSources(list), (e) => !stop.signal.aborted && setError(describeFailure(e)));
    client.me().then((me) => !stop.signal.aborted && setRole(me.role ?? me.member.role), () => undefined);
    return () => stop.abort();
  }, [client]);

  useEffect(() => {
    if (client && admin) client.presets().then((list) => !alive.current.signal.aborted && setPresets(list), () => undefined);
  }, [client, admin]);

  if (!client) return <p class="empty">{t('sourcesNotConnected')}</p>;

  const replace = (next: WatchedSource) => setSources((list) => (list ?? []).map((s) => (s.id === next.id ? next : s)));
  const mark = (id: string, on: boolean) =>
    setBusy((set) => {
      const next = new Set(set);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  async function act(source: WatchedSource, action: () => Promise<void>) {
    mark(source.id, true);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (e) {
      setError(describeFailure(e));
    } finally {
      mark(source.id, false);
    }
  }

  const actions = {
    run: (source: WatchedSource) =>
      void act(source, async () => {
        replace(await client.runSource(source.id));
        setNotice(t('sourceRunStarted', [source.name]));
        const last = await waitForRun(client, source.id, { intervalMs: pollMs, maxTries: pollTries, signal: alive.current.signal }, replace);
        if (last && last.lastRun?.status !== 'running') setNotice(t('sourceRunDone', [source.name]));
      }),
    toggle: (source: WatchedSource) => void act(source, async () => replace(await client.patchSource(source.id, { enabled: !source.enabled }))),
    remove: (source: WatchedSource) =>
      void act(source, async () => {
        await client.removeSource(source.id);
        setSources((list) => (list ?? []).filter((s) => s.id !== source.id));
        setNotice(t('sourceDeleted', [source.name]));
      }),
    save,
    runs: (source: WatchedSource) => client.runs(source.id),
  };

  /** Sends what the admin changed; the form keeps the input and shows the refusal when the service says no. */
  async function save(source: WatchedSource, draft: SourceDraft): Promise<Refusal | null> {
    setError(null);
    setNotice(null);
    const patch = draftPatch(source, draft);
    if (Object.keys(patch).length === 0) {
      setNotice(t('sourceUnchanged', [source.name]));
      return null;
    }
    mark(source.id, true);
    try {
      const saved = await client!.patchSource(source.id, patch);
      replace(saved);
      setNotice(t('sourceSaved', [saved.name]));
      return null;
    } catch (e) {
      return refusalOf(e);
    } finally {
      mark(source.id, false);
    }
  }

  async function add(body: NewSource): Promise<Refusal | null> {
    setError(null);
    setNotice(null);
    try {
      const created = await client!.addSource(body);
      setSources((list) => [...(list ?? []), created]);
      setNotice(t('sourceAdded', [created.name]));
      return null;
    } catch (e) {
      return refusalOf(e);
    }
  }

  return (
    <div class="sources-view">
      <p class="hint">{admin ? t('sourcesIntroAdmin') : t('sourcesIntroReadOnly')}</p>
      <div role="status" class="hint">{notice}</div>
      {error && <p role="alert" class="error">{error}</p>}
      {sources === null ? (
        !error && <p class="hint">{t('sourcesLoading')}</p>
      ) : sources.length === 0 ? (
        <p class="empty">{t('sourcesEmpty')}</p>
      ) : (
        <SourcesTable sources={sources} admin={admin} busy={busy} actions={actions} />
      )}
      {admin && sources !== null && <SourceForm presets={presets} onAdd={add} />}
    </div>
  );
}
