/**
 * Unreachable webhook targets — connection refused, no answer (timeout), HTTP 500 — are recorded and retried with
 * backoff, and never hold up the alerts to reachable targets in the same run.
 */
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertChannel } from '../../../service/alerts/channels-repository.ts';
import { runAlerts } from '../../../service/alerts/run.ts';
import { createAlertRuntime } from '../../../service/alerts/runtime.ts';
import { alertsDb } from '../../../service/alerts/tables.ts';
import { DIALECTS, openTestStore, type TestStore } from '../helpers/store.ts';
import { ONE_ALERT_AT, oneAlertTeam, startReceiver, type Receiver } from './helpers.ts';

describe.each(DIALECTS)('unreachable targets (%s)', (dialect) => {
  let store: TestStore;
  let good: Receiver;
  let failing: Receiver;
  let silent: Server;
  const sockets = new Set<import('node:net').Socket>();
  beforeEach(async () => {
    store = await openTestStore(dialect);
    good = await startReceiver();
    failing = await startReceiver();
    // accepts connections and never answers
    silent = createServer((socket) => {
      sockets.add(socket);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterEach(async () => {
    await good.close();
    await failing.close();
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
    await store.dispose();
  });

  it('retries refused, silent and failing targets with backoff; the reachable one is served at once', async () => {
    const team = await oneAlertTeam(store.db);
    const refusedPort = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const port = (probe.address() as AddressInfo).port;
        probe.close(() => resolve(port));
      });
    });
    const hook = (url: string) =>
      insertChannel(store.db, { teamId: team.admin.team.id, memberId: team.admin.member.id, type: 'webhook', config: { url, format: 'json' }, at: '2027-03-01T09:00:00Z' });
    const refused = await hook(`http://127.0.0.1:${refusedPort}/hook`);
    const hanging = await hook(`http://127.0.0.1:${(silent.address() as AddressInfo).port}/hook`);
    const broken = await hook(`${failing.url}/hook`);
    await hook(`${good.url}/hook`);
    failing.handler = (_req, res) => {
      res.writeHead(500).end('database down');
    };

    const runtime = createAlertRuntime(store.db, { allowPrivate: true });
    const run = (at: number) => runAlerts({ db: store.db, context: runtime.context, attemptTimeoutMs: 400 }, at);
    const started = performance.now();
    const first = await run(ONE_ALERT_AT);
    // the three bad targets were tried side by side: the run took about one timeout, not three
    expect(performance.now() - started).toBeLessThan(3000);
    expect(good.requests).toHaveLength(1);
    expect(first).toMatchObject({ sent: 3, retried: 3, failed: 0 }); // good webhook + 2 extension inboxes

    const rows = async () =>
      new Map((await alertsDb(store.db).selectFrom('alert_outbox').selectAll().where('channel_type', '=', 'webhook').execute()).map((r) => [r.channel_id, r]));
    let state = await rows();
    for (const channel of [refused, hanging, broken]) {
      expect(state.get(channel.id)).toMatchObject({ status: 'pending', attempts: 1, next_attempt_at: new Date(ONE_ALERT_AT + 60_000).toISOString() });
    }
    expect(state.get(refused.id)!.last_error).toMatch(/ECONNREFUSED|refused/i);
    expect(state.get(hanging.id)!.last_error).toMatch(/timed out|timeout/i);
    expect(state.get(broken.id)!.last_error).toBe('HTTP 500: database down');

    // before the backoff is over nothing is tried again
    expect(await run(ONE_ALERT_AT + 30_000)).toMatchObject({ sent: 0, retried: 0 });
    expect(failing.requests).toHaveLength(1);

    // the failing receiver recovers: its alert goes out at the next attempt, the others back off further
    failing.handler = (_req, res) => {
      res.writeHead(200).end();
    };
    expect(await run(ONE_ALERT_AT + 60_000)).toMatchObject({ sent: 1, retried: 2 });
    state = await rows();
    expect(state.get(broken.id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(state.get(refused.id)).toMatchObject({ status: 'pending', attempts: 2, next_attempt_at: new Date(ONE_ALERT_AT + 60_000 + 5 * 60_000).toISOString() });
    expect(good.requests).toHaveLength(1);
    expect(failing.requests).toHaveLength(2);
    await runtime.close();
  });
});
