/** Test peers and fixtures for alert delivery: a webhook receiver on 127.0.0.1 and a team with items on a simulated clock. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach } from 'vitest';
import { createMemoryNotifier } from '../../../service/notifier.ts';
import type { Actor, ServiceDeps } from '../../../service/services/context.ts';
import { addMember, createTeam } from '../../../service/members/service.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../service/store/schema.ts';
import type { DialectName } from '../../../service/store/db.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export interface Receiver {
  url: string;
  requests: ReceivedRequest[];
  /** decides each answer (default 200) */
  handler: (req: ReceivedRequest, res: ServerResponse) => void;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 that records every request. */
export async function startReceiver(): Promise<Receiver> {
  const receiver: Receiver = {
    url: '',
    requests: [],
    handler: (_req, res) => {
      res.writeHead(200).end('ok');
    },
    close: async () => {},
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      receiver.requests.push(entry);
      receiver.handler(entry, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}

/** A team (admin + one member) created at `at`, and service deps whose clock is `now()`. */
export async function simTeam(db: Kysely<Database>, at: string, now: () => number) {
  const created = await createTeam(db, { name: 'Kreis Lippe', adminName: 'Admin', at });
  const added = await addMember(db, created.team.id, { name: 'Mitglied', role: 'member', at });
  const admin: Actor = { team: { id: created.team.id, name: created.team.name }, member: { id: created.member.id, name: 'Admin', role: 'admin' } };
  const member: Actor = { team: admin.team, member: { id: added.member.id, name: 'Mitglied', role: 'member' } };
  const deps: ServiceDeps = { db, now, notifier: createMemoryNotifier() };
  return { admin, member, deps, adminToken: created.token, memberToken: added.token };
}

/** A team whose one item has one alert due at {@link ONE_ALERT_AT} (offset 0 at 08:00 Berlin on 5 March 2027). */
export const ONE_ALERT_AT = Date.parse('2027-03-05T07:00:00Z');

/** Creates that team and item on `db`; the item's page is https://example.org/call. */
export async function oneAlertTeam(db: Kysely<Database>) {
  const created = Date.parse('2027-03-01T09:00:00Z');
  const team = await simTeam(db, new Date(created).toISOString(), () => created);
  const { saveAlertRules } = await import('../../../service/alerts/rules-repository.ts');
  const { createItem } = await import('../../../service/items/service.ts');
  await saveAlertRules(db, team.admin.team.id, { offsets: [0], at: '08:00', digest: 'off', holidays: 'NW' }, new Date(created).toISOString());
  const item = await createItem(team.deps, team.admin, {
    kind: 'call',
    title: 'Nakopa – Förderaufruf <b>2027</b>',
    url: 'https://example.org/call',
    organizer: 'BMWK',
    deadlines: [{ date: '2027-03-05', label: 'Antragsfrist', kind: 'application' }],
  });
  return { ...team, item };
}

/** A fresh store of the dialect and a fresh webhook receiver for every test of the enclosing describe block. */
export function useStoreAndReceiver(dialect: DialectName): { readonly store: TestStore; readonly receiver: Receiver } {
  let current: { store: TestStore; receiver: Receiver } | undefined;
  beforeEach(async () => {
    current = { store: await openTestStore(dialect), receiver: await startReceiver() };
  });
  afterEach(async () => {
    await current?.receiver.close();
    await current?.store.dispose();
    current = undefined;
  });
  const open = () => {
    if (!current) throw new Error('useStoreAndReceiver: only inside the tests of its describe block');
    return current;
  };
  return {
    get store() {
      return open().store;
    },
    get receiver() {
      return open().receiver;
    },
  };
}
