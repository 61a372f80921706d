/**
 * Notifier for SQLite: announces this process's changes at once, and notices changes other processes made to the
 * same file (a CLI `import` while the service runs) by polling the watched teams' cursors — one small query per
 * interval, only while someone listens.
 */
import { EventEmitter } from 'node:events';
import type { Kysely } from 'kysely';
import type { Notifier } from '../notifier.ts';
import type { Database } from './schema.ts';

/** The Notifier over a SQLite store, polling every `intervalMs` while streams are open. */
export function createSqliteNotifier(db: Kysely<Database>, intervalMs = 2000): Notifier {
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const announced = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let polling = false;

  const announce = (teamId: string, cursor: number) => {
    if (cursor <= (announced.get(teamId) ?? -1)) return;
    announced.set(teamId, cursor);
    local.emit(teamId, cursor);
  };

  const poll = async () => {
    const teams = local.eventNames().map(String);
    if (polling || teams.length === 0) return;
    polling = true;
    try {
      const rows = await db.selectFrom('teams').select(['id', 'rev']).where('id', 'in', teams).execute();
      for (const row of rows) {
        if (!announced.has(row.id)) announced.set(row.id, row.rev); // first look: a baseline, not a change
        else announce(row.id, row.rev);
      }
    } catch {
      // the store is closing or busy: the next round tries again
    } finally {
      polling = false;
    }
  };

  const updateTimer = () => {
    if (local.eventNames().length > 0 && !timer) {
      timer = setInterval(() => void poll(), intervalMs);
      timer.unref();
      void poll();
    } else if (local.eventNames().length === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  return {
    async publish(teamId, cursor) {
      announce(teamId, cursor);
    },
    subscribe(teamId, listener) {
      local.on(teamId, listener);
      updateTimer();
      return () => {
        local.off(teamId, listener);
        updateTimer();
      };
    },
    async close() {
      local.removeAllListeners();
      updateTimer();
    },
  };
}
