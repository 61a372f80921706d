/** Rows for the retention suites, written straight into the tables (outbox, inbox, source runs) with chosen times. */
import type { Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { alertsDb, type AlertOutboxTable, type AlertTables } from '../../../service/alerts/tables.ts';
import { createTeam } from '../../../service/members/service.ts';
import { sourcesDb, type SourcesTables } from '../../../service/sources/tables.ts';
import { withFeatureTables, type Database } from '../../../service/store/schema.ts';

/** A team and its admin. */
export async function seedTeam(db: Kysely<Database>, at = '2027-01-04T08:00:00.000Z'): Promise<{ teamId: string; memberId: string; token: string }> {
  const created = await createTeam(db, { name: 'Kreis Lippe', adminName: 'Admin', at });
  return { teamId: created.team.id, memberId: created.member.id, token: created.token };
}

/** One outbox row: a delivered deadline alert unless `overrides` say otherwise. */
export function outboxRow(teamId: string, overrides: Partial<AlertOutboxTable> & { deadlineAt?: string } = {}): AlertOutboxTable {
  const { deadlineAt, ...rest } = overrides;
  const sendAt = rest.send_at ?? '2027-03-01T07:00:00.000Z';
  const id = rest.id ?? uuidv7();
  return {
    id,
    key: `item|${id}`,
    team_id: teamId,
    item_id: null,
    kind: 'deadline.due',
    channel_id: 'extension',
    channel_type: 'extension',
    member_id: null,
    payload: JSON.stringify({ type: 'deadline.due', deadlineAt: deadlineAt ?? '2027-03-10T23:00:00.000Z' }),
    send_at: sendAt,
    status: 'sent',
    attempts: 1,
    next_attempt_at: sendAt,
    lease_owner: null,
    lease_until: null,
    last_error: null,
    sent_at: rest.status === undefined || rest.status === 'sent' ? sendAt : null,
    created_at: sendAt,
    ...rest,
  };
}

export async function insertOutbox(db: Kysely<Database>, rows: AlertOutboxTable[]): Promise<void> {
  if (rows.length > 0) await alertsDb(db).insertInto('alert_outbox').values(rows).execute();
}

export async function outboxIds(db: Kysely<Database>): Promise<string[]> {
  return (await alertsDb(db).selectFrom('alert_outbox').select('id').orderBy('id').execute()).map((r) => r.id);
}

export async function countRows(db: Kysely<Database>, table: 'alert_outbox' | 'alert_inbox' | 'source_runs'): Promise<number> {
  const row = await withFeatureTables<AlertTables & SourcesTables>(db).selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A source of the team (no URL is ever fetched). */
export async function seedSource(db: Kysely<Database>, teamId: string, name: string): Promise<string> {
  const id = crypto.randomUUID();
  const at = '2027-01-04T08:00:00.000Z';
  await sourcesDb(db)
    .insertInto('sources')
    .values({ id, team_id: teamId, name, url: `https://example.org/${name}`, kind: 'page', item_selector: null, link_selector: null, every: '6h', preset: null, enabled: 1, created_by: null, created_at: at, updated_at: at, next_run_at: at, lease_until: null, lease_owner: null, failures: 0, last_run: null })
    .execute();
  return id;
}

/** `count` finished runs of the source, one every 6 h, the last one starting at `lastAt`; returns their ids, newest first. */
export async function seedRuns(db: Kysely<Database>, source: { id: string; teamId: string }, count: number, lastAt: string): Promise<string[]> {
  const last = Date.parse(lastAt);
  const rows = Array.from({ length: count }, (_, i) => {
    const started = new Date(last - i * 6 * 3_600_000).toISOString();
    return { id: uuidv7(), source_id: source.id, team_id: source.teamId, trigger: 'schedule', started_at: started, finished_at: started, duration_ms: 10, status: 'ok', http_status: 200, found: 1, added: 0, changed: 0, error_code: null, error: null };
  });
  for (let i = 0; i < rows.length; i += 100) await sourcesDb(db).insertInto('source_runs').values(rows.slice(i, i + 100)).execute();
  return rows.map((r) => r.id);
}

/** Records how many rows each DELETE statement removed (a plugin, so it sees every statement the repositories run). */
export class DeleteRecorder implements KyselyPlugin {
  readonly deletes: number[] = [];
  readonly #kinds = new WeakMap<object, RootOperationNode['kind']>();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.#kinds.set(args.queryId, args.node.kind);
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.#kinds.get(args.queryId) === 'DeleteQueryNode') this.deletes.push(Number(args.result.numAffectedRows ?? 0));
    return args.result;
  }
}
