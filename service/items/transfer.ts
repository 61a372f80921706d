/**
 * Moving a watchlist in and out (`callwatch export` / `import`). Export gives the team's live items; import turns each
 * record into a server-made op: an id of this team is updated field by field, an unknown id is created with it, an id
 * taken by another team gets a new id (ids are global and another team's item is never touched).
 */
import * as v from 'valibot';
import { v7 as uuidv7 } from 'uuid';
import type { Item } from '../../shared/schema.ts';
import { findItemRow, liveItemRows, rowToItem } from './repository.ts';
import { findTeam } from '../store/teams.ts';
import { CreateItemBodySchema } from '../../shared/api/items.ts';
import { notFound } from '../errors.ts';
import { applyOp } from '../services/apply.ts';
import type { ServiceDeps } from '../services/context.ts';
import { issuesToFields } from '../services/issues.ts';
import { withTeamWrite } from '../services/team-write.ts';

export interface WatchlistExport {
  team: { id: string; name: string };
  exportedAt: string;
  items: Item[];
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  rejected: { index: number; error: string }[];
}

const SERVER_OWNED = ['rev', 'createdAt', 'createdBy', 'updatedAt', 'origin'];

/** The team's live items, for export. */
export async function exportWatchlist(deps: Pick<ServiceDeps, 'db' | 'now'>, teamId: string): Promise<WatchlistExport> {
  const team = await findTeam(deps.db, teamId);
  if (!team) throw notFound(`no team with id ${teamId}`);
  const items = (await liveItemRows(deps.db, teamId)).map(rowToItem);
  return { team: { id: team.id, name: team.name }, exportedAt: new Date(deps.now()).toISOString(), items };
}

/** Imports records (from a JSON export, a JSON list of items, or CSV) into the team in one transaction. */
export async function importWatchlist(deps: ServiceDeps, teamId: string, records: readonly unknown[]): Promise<ImportReport> {
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0, rejected: [] };
  await withTeamWrite(deps, { teamId, memberId: null }, async (w) => {
    for (const [index, record] of records.entries()) {
      if (!record || typeof record !== 'object' || Array.isArray(record)) {
        report.rejected.push({ index, error: 'not an item object' });
        continue;
      }
      const { origin, ...rest } = record as Record<string, unknown>;
      const fields = Object.fromEntries(Object.entries(rest).filter(([key]) => !SERVER_OWNED.includes(key)));
      const parsed = v.safeParse(CreateItemBodySchema, fields);
      if (!parsed.success) {
        report.rejected.push({ index, error: issuesToFields(parsed.issues).map((f) => `${f.field}: ${f.message}`).join('; ') });
        continue;
      }
      const { id, ...set } = parsed.output;
      const existing = id ? await findItemRow(w.trx, id) : undefined;
      const ours = existing?.team_id === teamId;
      const itemId = id && (!existing || ours) ? id : uuidv7();
      const seen = ours ? Object.values(JSON.parse(existing!.hlcs) as Record<string, string>) : [];
      const keepOrigin = typeof origin === 'string' && /^(clip|source:[\w.:-]{1,100})$/.test(origin) ? origin : 'clip';
      const outcome = await applyOp({ ...w, origin: keepOrigin }, { itemId, hlc: w.stamp(seen), set });
      if (outcome.status !== 'applied') report.rejected.push({ index, error: outcome.status === 'rejected' ? outcome.error : 'duplicate' });
      else if (!ours) report.created += 1;
      else if (outcome.changed) report.updated += 1;
      else report.unchanged += 1;
    }
  });
  return report;
}
