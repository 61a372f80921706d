/**
 * Writes one run's finds into the team's list through the sync core (service/services/apply.ts): a new find becomes
 * an item with status "new" and origin "source:<id>"; a known one gets an op only for the fields that really changed,
 * made with the team's clock, ordered after the item's hlcs (so the page's news wins over what it saw), and a
 * moved deadline raises a "Frist geändert" event. Nothing is ever deleted: an item missing from a listing stays.
 * Newsletters read from a team's mailbox (service/mail) are matched the same way, inside their own team write, with
 * no memory of earlier finds (each message is read once) and origin "mail:<id>".
 */
import { v7 as uuidv7 } from 'uuid';
import type { OpSet } from '../../shared/sync/op.ts';
import { applyOp, type TeamWrite } from '../services/apply.ts';
import type { ServiceDeps } from '../services/context.ts';
import { withTeamWrite } from '../services/team-write.ts';
import { deleteFind, knownFinds, saveFind } from '../sources/repository.ts';
import { findItemRow, itemRowsSince, rowState } from '../items/repository.ts';
import { FOUND_FIELDS, type Found } from './found.ts';
import { applyPageChange } from './item-update.ts';
import { changedFields, distinctiveUrls, findKey, matchFind, type ItemRef, type KnownFind } from './match.ts';
import type { SourceFind } from './readers/types.ts';

/** One item the run added or changed, as `callwatch scrape` prints it. */
export interface ItemChange {
  itemId: string;
  change: 'added' | 'changed';
  title: string;
  url: string | null;
  /** the fields set (for "changed": only the ones that moved) */
  fields: string[];
}

export interface AppliedFinds {
  added: number;
  changed: number;
  changes: ItemChange[];
}

/** The find as stored and compared: only the fields a source states. */
export function snapshotOf(find: Found): Found {
  return Object.fromEntries(FOUND_FIELDS.map((f) => [f, find[f]])) as unknown as Found;
}

/** A new item's fields from a find (a find without an address of its own, as in a newsletter, gets none). */
function newItemSet(find: Found): OpSet {
  return { ...snapshotOf(find), url: find.url === '' ? null : find.url, status: 'new' };
}

/** What a finder remembers of its earlier finds: a source its finds table; mail nothing. */
export interface FindMemory {
  known(trx: TeamWrite['trx']): Promise<KnownFind[]>;
  save(trx: TeamWrite['trx'], find: { key: string; itemId: string; pageUrl: string; snapshot: Found; at: string }): Promise<void>;
  forget(trx: TeamWrite['trx'], key: string): Promise<void>;
}

/** A source's memory: its finds table. */
function sourceMemory(sourceId: string): FindMemory {
  return {
    known: (trx) => knownFinds(trx, sourceId),
    save: (trx, find) => saveFind(trx, { sourceId, ...find }),
    forget: (trx, key) => deleteFind(trx, sourceId, key),
  };
}

const NO_MEMORY: FindMemory = { known: async () => [], save: async () => undefined, forget: async () => undefined };

/** Applies the finds of a run of `source` to its team's items, in one team write. */
export async function applyFinds(
  deps: ServiceDeps,
  source: { id: string; teamId: string; url: string; createdBy: string | null },
  finds: SourceFind[],
): Promise<AppliedFinds> {
  const who = { teamId: source.teamId, memberId: source.createdBy ?? `source:${source.id}`, origin: `source:${source.id}` };
  const { result } = await withTeamWrite(deps, who, (w) => applyFindsWithin(w, finds, { memory: sourceMemory(source.id), sourceId: source.id }));
  return result;
}

/**
 * Applies finds inside a team write the caller holds (`w.origin` names the finder): matched to the team's items,
 * new ones added, real changes written. `sourceId` goes into "Frist geändert" events (null for mail).
 */
export async function applyFindsWithin(
  w: TeamWrite,
  finds: SourceFind[],
  options: { memory?: FindMemory; sourceId: string | null },
): Promise<AppliedFinds> {
  const memory = options.memory ?? NO_MEMORY;
  const distinctive = distinctiveUrls(finds);
  // read under the team lock: two sources finding the same call at once must not both add it
  const known = await memory.known(w.trx);
  const items: ItemRef[] = (await itemRowsSince(w.trx, w.teamId, 0, Number.MAX_SAFE_INTEGER)).map((row) => {
    const { fields } = rowState(row);
    return { id: row.id, kind: fields.kind, title: fields.title, url: fields.url, deadlines: fields.deadlines, start: fields.start, deleted: fields.deleted };
  });
  const out: AppliedFinds = { added: 0, changed: 0, changes: [] };
  const seen = new Set<string>();
  for (const find of finds) {
    const key = findKey(find, distinctive);
    if (seen.has(key)) continue; // the same item twice on one run (a listing linking it twice)
    seen.add(key);
    const snapshot = snapshotOf(find);
    const match = matchFind(find, key, distinctive, known, items);
    const remember = async (itemId: string) => {
      if (match?.known && match.known.key !== key) await memory.forget(w.trx, match.known.key);
      await memory.save(w.trx, { key, itemId, pageUrl: find.pageUrl, snapshot, at: w.at });
    };

    const row = match ? await findItemRow(w.trx, match.itemId) : undefined;
    if (!match || !row || row.team_id !== w.teamId) {
      const itemId = uuidv7();
      const outcome = await applyOp(w, { itemId, hlc: w.stamp(), set: newItemSet(find) });
      if (outcome.status !== 'applied') continue;
      items.push({ id: itemId, kind: find.kind, title: find.title, url: find.url || null, deadlines: find.deadlines, start: find.start, deleted: false });
      out.added++;
      out.changes.push({ itemId, change: 'added', title: find.title, url: find.url, fields: Object.keys(newItemSet(find)) });
      await remember(itemId);
      continue;
    }
    const before = rowState(row);
    // a deleted item stays deleted: a person decided it is not for the team
    const set = before.fields.deleted ? {} : changedFields(match.known?.snapshot ?? null, find, before.fields);
    const after = await applyPageChange(w, row, set, options.sourceId);
    if (after) {
      out.changed++;
      out.changes.push({ itemId: row.id, change: 'changed', title: after.title, url: after.url, fields: Object.keys(set) });
    }
    await remember(row.id);
  }
  return out;
}
