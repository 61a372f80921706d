/**
 * The REST view of items (DESIGN.md "HTTP API"): every write is a sync op made by the server, with an hlc of the
 * team's clock ordered after the item's stored hlcs, so a REST edit always wins over what it saw.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Item, ItemFields } from '../../shared/schema.ts';
import type { OpSet } from '../../shared/sync/op.ts';
import { conflict, notFound } from '../errors.ts';
import { findItemRow, liveItemRows, rowToItem } from './repository.ts';
import { applyOp } from '../services/apply.ts';
import { requireAssigneeMember } from '../services/assignee.ts';
import { requireWriter } from '../services/auth.ts';
import type { Actor, ServiceDeps } from '../services/context.ts';
import { withTeamWrite } from '../services/team-write.ts';

const WRITERS_ONLY = 'a viewer cannot change items';

/** The team's live items (tombstones only show in pull), in rev order. */
export async function listItems(deps: Pick<ServiceDeps, 'db'>, actor: Actor): Promise<Item[]> {
  return (await liveItemRows(deps.db, actor.team.id)).map(rowToItem);
}

/** One live item of the team; 404 for unknown, deleted or another team's ids alike. */
export async function getItem(deps: Pick<ServiceDeps, 'db'>, actor: Actor, id: string): Promise<Item> {
  const row = await findItemRow(deps.db, id);
  if (!row || row.team_id !== actor.team.id || row.deleted) throw notFound('no such item');
  return rowToItem(row);
}

/** Creates an item (id made by the server unless given); 400 for an assignee outside the team, 409 when the id is taken. */
export async function createItem(
  deps: ServiceDeps,
  actor: Actor,
  input: { id?: string } & Pick<ItemFields, 'kind' | 'title'> & Partial<ItemFields>,
  origin = 'clip',
): Promise<Item> {
  await requireAssigneeMember(deps.db, actor.team.id, input);
  requireWriter(actor, WRITERS_ONLY);
  const { id, ...set } = input;
  const itemId = id ?? uuidv7();
  const { result } = await withTeamWrite(deps, { teamId: actor.team.id, memberId: actor.member.id, origin }, async (w) => {
    if (await findItemRow(w.trx, itemId)) throw conflict('an item with this id exists');
    return applyOp(w, { itemId, hlc: w.stamp(), set });
  });
  if (result.status !== 'applied') throw conflict('an item with this id exists');
  return result.item;
}

/** Sets fields of a live item of the team (PATCH, and DELETE as `deleted: true`); 400 for an assignee outside the team. */
export async function updateItem(deps: ServiceDeps, actor: Actor, id: string, set: OpSet): Promise<Item> {
  await requireAssigneeMember(deps.db, actor.team.id, set);
  requireWriter(actor, WRITERS_ONLY);
  const { result } = await withTeamWrite(deps, { teamId: actor.team.id, memberId: actor.member.id }, async (w) => {
    const row = await findItemRow(w.trx, id);
    if (!row || row.team_id !== actor.team.id || row.deleted) throw notFound('no such item');
    return applyOp(w, { itemId: id, hlc: w.stamp(Object.values(JSON.parse(row.hlcs) as Record<string, string>)), set });
  });
  if (result.status !== 'applied') throw notFound('no such item');
  return result.item;
}

/** Deletes an item: a tombstone that pull still shows. */
export async function deleteItem(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await updateItem(deps, actor, id, { deleted: true });
}
