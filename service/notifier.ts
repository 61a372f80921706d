/**
 * The port SSE listens on: "team X's data changed, its cursor is now N". In-process for SQLite (one service
 * process per file); PostgreSQL uses LISTEN/NOTIFY (store/pg-notifier.ts) so several processes hear each other.
 */
import { EventEmitter } from 'node:events';

export type ChangeListener = (cursor: number) => void;

export interface Notifier {
  /** announces a committed change of the team's data */
  publish(teamId: string, cursor: number): Promise<void>;
  /** calls the listener on every change of the team; returns the unsubscribe function */
  subscribe(teamId: string, listener: ChangeListener): () => void;
  close(): Promise<void>;
}

/** A Notifier within one process. */
export function createMemoryNotifier(): Notifier {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0); // one listener per open SSE stream
  return {
    async publish(teamId, cursor) {
      emitter.emit(teamId, cursor);
    },
    subscribe(teamId, listener) {
      emitter.on(teamId, listener);
      return () => emitter.off(teamId, listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}
