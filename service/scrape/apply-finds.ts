/**
 * Writes one run's finds into the team's list through the sync core (service/services/apply.ts): a new find becomes
 * an item with status "new" and origin "source:<id>"; a known one gets an op only for the fields that really changed,
 * made with the team's clock, ordered after the item's hlcs (so the page's news wins over what it saw), and a
 * moved deadline raises a "Frist geändert" event. Nothing is ever deleted: an item missing from a listing stays.
 */
import { v7 as uuidv7 } from 'uuid';
import type { OpSet } from '../../shared/sync/op.ts';
import { applyOp } from '../services/apply.ts';
import type { ServiceDeps } from '../services/context.ts';
import { withTeamWrite } from '../services/team-write.ts';
import { deleteFind, knownFinds, saveFind } from '../sources/repository.ts';
import { findItemRow, itemRowsSince, rowState } from '../store/items.ts';
import { FOUND_FIELDS, type Found } from './found.ts';
import { applyPageChange } from './item-update.ts';
import { changedFields, distinctiveUrls, findKey, matchFind, type ItemRef } from './match.ts';
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

/** A new item's fields from a find. */
function newItemSet(find: Found): OpSet {
  return { ...snapshotOf(find), status: 'new' };
}

/** Applies the finds of a run of `source` to its team's items, in one team write. */
export async function applyFinds(
  deps: ServiceDeps,
  source: { id: string; teamId: string; url: string; createdBy: string | null },
  finds: SourceFind[],
): Promise<AppliedFinds> {
  const distinctive = distinctiveUrls(finds);
  const who = { teamId: source.teamId, memberId: source.createdBy ?? `source:${source.id}`, origin: `source:${source.id}` };

  const { result } = await withTeamWrite(deps, who, async (w) => {
    // read under the team lock: two sources finding the same call at once must not both add it
    const known = await knownFinds(w.trx, source.id);
    const items: ItemRef[] = (await itemRowsSince(w.trx, source.teamId, 0, Number.MAX_SAFE_INTEGER)).map((row) => {
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
        if (match?.known && match.known.key !== key) await deleteFind(w.trx, source.id, match.known.key);
        await saveFind(w.trx, { sourceId: source.id, key, itemId, pageUrl: find.pageUrl, snapshot, at: w.at });
      };

      const row = match ? await findItemRow(w.trx, match.itemId) : undefined;
      if (!match || !row || row.team_id !== source.teamId) {
        const itemId = uuidv7();
        const outcome = await applyOp(w, { itemId, hlc: w.stamp(), set: newItemSet(find) });
        if (outcome.status !== 'applied') continue;
        items.push({ id: itemId, kind: find.kind, title: find.title, url: find.url, deadlines: find.deadlines, start: find.start, deleted: false });
        out.added++;
        out.changes.push({ itemId, change: 'added', title: find.title, url: find.url, fields: Object.keys(newItemSet(find)) });
        await remember(itemId);
        continue;
      }
      const before = rowState(row);
      // a deleted item stays deleted: a person decided it is not for the team
      const set = before.fields.deleted ? {} : changedFields(match.known?.snapshot ?? null, find, before.fields);
      const after = await applyPageChange(w, row, set, source.id);
      if (after) {
        out.changed++;
        out.changes.push({ itemId: row.id, change: 'changed', title: after.title, url: after.url, fields: Object.keys(set) });
      }
      await remember(row.id);
    }
    return out;
  });
  return result;
}
