/**
 * Table row types (Kysely's `Database`), kept apart from the domain types in shared/schema.ts.
 * Portable across SQLite and PostgreSQL: ids and times are text (ISO 8601), JSON is stored as text,
 * flags are integers 0/1, counters are bigint (read back as numbers, see db.ts).
 */
import type { Generated, Kysely } from 'kysely';

export interface TeamsTable {
  id: string;
  name: string;
  /** the team-wide change sequence: the last rev handed out */
  rev: Generated<number>;
  created_at: string;
  /** the team's server clock: the last hlc the service stamped or observed for this team, '' before the first */
  hlc: Generated<string>;
}

export interface MembersTable {
  id: string;
  team_id: string;
  name: string;
  role: string;
  created_at: string;
  revoked_at: string | null;
}

export interface TokensTable {
  id: string;
  team_id: string;
  member_id: string;
  /** SHA-256 of the token, hex; the token itself is never stored */
  hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface ItemsTable {
  id: string;
  team_id: string;
  rev: number;
  /** JSON of the item's client fields (ItemFields) */
  fields: string;
  /** JSON of the hlc per field that an op has set */
  hlcs: string;
  deleted: number;
  origin: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface AppliedOpsTable {
  team_id: string;
  op_id: string;
  item_id: string;
  /** SHA-256 of the op's canonical content: tells a replay from a reused opId */
  hash: string;
  applied_at: string;
}

export interface Database {
  teams: TeamsTable;
  members: MembersTable;
  tokens: TokensTable;
  items: ItemsTable;
  applied_ops: AppliedOpsTable;
}

/**
 * The store seen with a feature's own tables too (alerts, sources: their migrations add them, their row types live
 * beside them). `withTables` widens the type only; the cast is needed because `Database` is an interface.
 */
export function withFeatureTables<T extends Record<string, object>>(db: Kysely<Database>): Kysely<Database & T> {
  return db.withTables<T>() as unknown as Kysely<Database & T>;
}
