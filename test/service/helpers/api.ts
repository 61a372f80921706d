/** An app over a test store, with helpers to make teams and members and to call routes through app.request(). */
import { Writable } from 'node:stream';
import pino from 'pino';
import { createApp, type CreateAppDeps } from '../../../service/app.ts';
import { createMemoryNotifier } from '../../../service/notifier.ts';
import type { Role } from '../../../service/services/context.ts';
import { addMember, createTeam } from '../../../service/members/service.ts';
import { ReadCache } from '../../../service/services/read-cache.ts';
import { createPgNotifier } from '../../../service/store/pg-notifier.ts';
import type { TestStore } from './store.ts';

export interface Caller {
  token: string;
  teamId: string;
  memberId: string;
}

export interface TestApi {
  app: ReturnType<typeof createApp>;
  /** every log line the app wrote */
  logs: string[];
  call(method: string, path: string, options?: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> }): Promise<Response>;
  /** a new team with an admin, plus helpers to add members */
  team(name?: string): Promise<Caller & { add(role: Role, name?: string): Promise<Caller> }>;
  close(): Promise<void>;
}

/** Builds an app over the store (a LISTEN/NOTIFY notifier on PostgreSQL, in-memory on SQLite). */
export async function testApi(store: TestStore, deps: Partial<CreateAppDeps> = {}): Promise<TestApi> {
  const logs: string[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  );
  const notifier = deps.notifier ?? (store.dialect === 'postgres' ? await createPgNotifier(store.location, store.db) : createMemoryNotifier());
  // the service's read cache on SQLite (as service/main.ts makes it), so every API suite runs through it
  const readCache = store.changeStamp ? new ReadCache(store.changeStamp) : undefined;
  const app = createApp({ db: store.db, notifier, logger, readCache, ...deps });
  const at = () => new Date().toISOString();
  return {
    app,
    logs,
    call(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token) headers.Authorization = `Bearer ${options.token}`;
      let body: string | undefined = options.raw;
      if (options.body !== undefined) body = JSON.stringify(options.body);
      if (body !== undefined) headers['Content-Type'] ??= 'application/json';
      return Promise.resolve(app.request(path, { method, headers, body }));
    },
    async team(name = 'Team') {
      const created = await createTeam(store.db, { name, adminName: 'Admin', at: at() });
      const teamId = created.team.id;
      return {
        token: created.token,
        teamId,
        memberId: created.member.id,
        async add(role: Role, memberName = role) {
          const added = await addMember(store.db, teamId, { name: memberName, role, at: at() });
          return { token: added.token, teamId, memberId: added.member.id };
        },
      };
    },
    async close() {
      if (!deps.notifier) await notifier.close();
    },
  };
}

/** A random UUID (v4) — clients make their own ids and clientIds. */
export const uuid = (): string => crypto.randomUUID();

/** An hlc of a client at a wall time. */
export const hlcAt = (ms: number, clientId: string, counter = 0): string =>
  `${String(ms).padStart(13, '0')}-${String(counter).padStart(4, '0')}-${clientId}`;
