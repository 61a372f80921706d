/** GET /api/v1/items/:id/history — who changed what of an item, when (issue 13, item 2). */
import * as v from 'valibot';
import { HISTORY_LIMIT, ItemHistorySchema, type ItemHistory } from '../../shared/item-history.ts';
import type { ItemField } from '../../shared/schema.ts';
import { notFound } from '../errors.ts';
import { insertHistory, readHistory } from './history-repository.ts';
import { findItemRow } from './repository.ts';
import type { Actor, ServiceDeps } from '../services/context.ts';
import type { TeamWrite } from '../services/apply.ts';

export { HISTORY_LIMIT, ItemHistorySchema };

const FieldsSchema = v.array(v.string());

/** Records a change that gave the item a new rev (inside the write transaction). */
export async function recordChange(w: Pick<TeamWrite, 'trx' | 'teamId' | 'memberId' | 'at' | 'origin'>, itemId: string, rev: number, fields: readonly ItemField[]): Promise<void> {
  await insertHistory(w.trx, { team_id: w.teamId, rev, item_id: itemId, at: w.at, member_id: w.memberId, fields: JSON.stringify(fields), origin: w.origin });
}

/** The item's history, newest first; 404 for unknown ids and another team's items alike (deleted ones keep theirs). */
export async function itemHistory(deps: Pick<ServiceDeps, 'db'>, actor: Actor, id: string): Promise<ItemHistory> {
  const row = await findItemRow(deps.db, id);
  if (!row || row.team_id !== actor.team.id) throw notFound('no such item');
  const rows = await readHistory(deps.db, actor.team.id, id, HISTORY_LIMIT);
  return {
    entries: rows.map((r) => {
      const parsed = v.safeParse(FieldsSchema, JSON.parse(r.fields));
      return { at: r.at, memberId: r.member_id, memberName: r.member_name, fields: parsed.success ? parsed.output : [], origin: r.origin };
    }),
  };
}
