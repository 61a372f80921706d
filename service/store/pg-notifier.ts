/**
 * Notifier over PostgreSQL LISTEN/NOTIFY: every service process sharing the database hears every team's changes,
 * so an SSE client on process B learns of a push committed on process A at once.
 */
import { EventEmitter } from 'node:events';
import { sql, type Kysely } from 'kysely';
import type { Client as PgClient } from 'pg';
import { pg } from '../lazy.ts';
import type { Notifier } from '../notifier.ts';
import type { Database } from './schema.ts';
import { teamRev } from './teams.ts';

const CHANNEL = 'callwatch_changes';
const RECONNECT_MS = 1000;

/** Opens the listening connection and returns the Notifier; publishing goes through `db`. */
export async function createPgNotifier(connectionString: string, db: Kysely<Database>): Promise<Notifier> {
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const { Client } = await pg();
  let client: PgClient | undefined;
  let closed = false;
  let reconnectTimer: NodeJS.Timeout | undefined;

  const listen = async (): Promise<void> => {
    const next = new Client({ connectionString });
    next.on('notification', (message) => {
      try {
        const { t, c } = JSON.parse(message.payload ?? '') as { t: string; c: number };
        local.emit(t, c);
      } catch {
        // a foreign payload on our channel: nothing to announce
      }
    });
    next.on('error', () => scheduleReconnect());
    await next.connect();
    await next.query(`LISTEN ${CHANNEL}`);
    client = next;
  };

  const scheduleReconnect = (): void => {
    if (closed || reconnectTimer) return;
    void client?.end().catch(() => {});
    client = undefined;
    reconnectTimer = setTimeout(async () => {
      reconnectTimer = undefined;
      try {
        await listen();
        // changes made while we were deaf: announce each watched team's current cursor once
        for (const teamId of local.eventNames()) local.emit(teamId, await teamRev(db, String(teamId)));
      } catch {
        scheduleReconnect();
      }
    }, RECONNECT_MS);
  };

  await listen();
  return {
    async publish(teamId, cursor) {
      await sql`select pg_notify(${CHANNEL}, ${JSON.stringify({ t: teamId, c: cursor })})`.execute(db);
    },
    subscribe(teamId, listener) {
      local.on(teamId, listener);
      return () => local.off(teamId, listener);
    },
    async close() {
      closed = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      local.removeAllListeners();
      await client?.end().catch(() => {});
    },
  };
}

/** A Notifier that only announces (for CLI commands on PostgreSQL): running services hear it through LISTEN. */
export function pgPublisher(db: Kysely<Database>): Notifier {
  return {
    async publish(teamId, cursor) {
      await sql`select pg_notify(${CHANNEL}, ${JSON.stringify({ t: teamId, c: cursor })})`.execute(db);
    },
    subscribe: () => () => {},
    async close() {},
  };
}
