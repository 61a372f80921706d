/**
 * The business rules of watched sources behind the API: every member reads the team's sources and their runs;
 * only admins add, change, delete and start them. A source's URL is checked against the address policy when it is
 * saved (and again, after DNS and on every redirect, whenever it is fetched).
 */
import { v7 as uuidv7 } from 'uuid';
import { invalid, notFound } from '../errors.ts';
import type { AddressPolicy } from '../net/ssrf.ts';
import { requireAdmin } from '../services/auth.ts';
import type { Actor, ServiceDeps } from '../services/context.ts';
import { isoNow } from '../services/context.ts';
import { refuseInternalUrl } from '../services/user-url.ts';
import { DEFAULT_EVERY, parseEvery } from './every.ts';
import { findPreset, presets, type Preset } from './presets/index.ts';
import { deleteSource, findSource, insertSource, recentRuns, rowToRun, rowToSource, teamSources, updateSource, type SourceRow } from './repository.ts';
import type { Source, SourceRun } from '../../shared/api/sources.ts';
import type { NewSourceBody, PatchSourceBody } from './schema.ts';
import { slotOffset } from './slots.ts';
import type { ScrapeEngine } from './engine.ts';

const ADMINS_ONLY = 'only an admin may manage sources';

async function teamSource(deps: Pick<ServiceDeps, 'db'>, actor: Actor, id: string): Promise<SourceRow> {
  const row = await findSource(deps.db, id);
  // another team's source is answered like an unknown one
  if (!row || row.team_id !== actor.team.id) throw notFound('no such source');
  return row;
}

/** The first run of a new source: its slot within the next interval, so a batch of new sources spreads out. */
function firstRunAt(id: string, every: string, nowMs: number): string {
  const interval = parseEvery(every) ?? parseEvery(DEFAULT_EVERY)!;
  // within the first interval, but no later than an hour from now: a new source shows results soon
  const offset = slotOffset(id, Math.min(interval, 3_600_000));
  return new Date(nowMs + offset).toISOString();
}

export async function listSources(deps: Pick<ServiceDeps, 'db'>, actor: Actor): Promise<Source[]> {
  return (await teamSources(deps.db, actor.team.id)).map(rowToSource);
}

export async function getSource(deps: Pick<ServiceDeps, 'db'>, actor: Actor, id: string): Promise<Source> {
  return rowToSource(await teamSource(deps, actor, id));
}

/** The presets offered when a team adds a source. */
export function listPresets(): Preset[] {
  return Object.values(presets);
}

/** Adds a source (admin), from its own fields or a preset. */
export async function createSource(deps: ServiceDeps, policy: AddressPolicy, actor: Actor, body: NewSourceBody): Promise<Source> {
  requireAdmin(actor, ADMINS_ONLY);
  let fields: Pick<SourceRow, 'name' | 'url' | 'kind' | 'item_selector' | 'link_selector' | 'every' | 'preset'>;
  if ('preset' in body) {
    const preset = findPreset(body.preset);
    if (!preset) throw invalid('unknown preset', [{ field: 'preset', message: `no preset "${body.preset}"` }]);
    fields = {
      name: body.name ?? preset.name, url: preset.url, kind: preset.kind, item_selector: preset.itemSelector ?? null,
      link_selector: preset.linkSelector ?? null, every: body.every ?? preset.every, preset: preset.id,
    };
  } else {
    fields = {
      name: body.name, url: body.url, kind: body.kind, item_selector: body.itemSelector ?? null, link_selector: body.linkSelector ?? null,
      every: body.every ?? DEFAULT_EVERY, preset: null,
    };
  }
  await refuseInternalUrl(fields.url, policy);
  const id = uuidv7();
  const at = isoNow(deps);
  const row: SourceRow = {
    id, team_id: actor.team.id, ...fields, enabled: body.enabled === false ? 0 : 1, created_by: actor.member.id, created_at: at, updated_at: at,
    next_run_at: firstRunAt(id, fields.every, deps.now()), lease_until: null, lease_owner: null, failures: 0, last_run: null,
  };
  await insertSource(deps.db, row);
  return rowToSource(row);
}

/** Changes a source (admin); a new URL or kind starts afresh: no validators, no failures. */
export async function patchSource(deps: ServiceDeps, policy: AddressPolicy, actor: Actor, id: string, body: PatchSourceBody): Promise<Source> {
  requireAdmin(actor, ADMINS_ONLY);
  const row = await teamSource(deps, actor, id);
  if (body.url !== undefined) await refuseInternalUrl(body.url, policy);
  const change: Partial<SourceRow> = { updated_at: isoNow(deps) };
  if (body.name !== undefined) change.name = body.name;
  if (body.url !== undefined) change.url = body.url;
  if (body.kind !== undefined) change.kind = body.kind;
  if (body.itemSelector !== undefined) change.item_selector = body.itemSelector;
  if (body.linkSelector !== undefined) change.link_selector = body.linkSelector;
  if (body.enabled !== undefined) change.enabled = body.enabled ? 1 : 0;
  if (body.every !== undefined) {
    change.every = body.every;
    change.next_run_at = firstRunAt(id, body.every, deps.now());
  }
  if ((body.url !== undefined && body.url !== row.url) || (body.kind !== undefined && body.kind !== row.kind)) {
    change.failures = 0;
    change.next_run_at = firstRunAt(id, change.every ?? row.every, deps.now());
  }
  await updateSource(deps.db, id, change);
  return rowToSource({ ...row, ...change });
}

/** Deletes a source (admin) with its runs and records; the items it found stay on the list. */
export async function removeSource(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  requireAdmin(actor, ADMINS_ONLY);
  await teamSource(deps, actor, id);
  await deleteSource(deps.db, id);
}

/** The source's latest runs, newest first. */
export async function listRuns(deps: Pick<ServiceDeps, 'db'>, actor: Actor, id: string, limit = 20): Promise<SourceRun[]> {
  await teamSource(deps, actor, id);
  return (await recentRuns(deps.db, id, limit)).map(rowToRun);
}

/** Starts a run now (admin); resolves once it shows as running. */
export async function startRun(deps: ServiceDeps, engine: ScrapeEngine, actor: Actor, id: string): Promise<Source> {
  requireAdmin(actor, ADMINS_ONLY);
  await teamSource(deps, actor, id);
  await engine.startNow(id, actor.team.id);
  return rowToSource(await teamSource(deps, actor, id));
}
