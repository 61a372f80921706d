/**
 * Benchmark of alert delivery: one `runAlerts` (plan + claim + deliver + record) sending N alerts to a generic-JSON
 * webhook (HMAC-signed) on a local receiver, SQLite store in a temp file (the default deployment). Target ≥ 500
 * alerts/s. A second figure adds each alert to the team member's extension inbox too (one more delivery per alert).
 * The value is the median of several runs, each on a fresh database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { insertChannel } from '../service/alerts/channels-repository.ts';
import { saveAlertRules } from '../service/alerts/rules-repository.ts';
import { runAlerts } from '../service/alerts/run.ts';
import { createAlertRuntime } from '../service/alerts/runtime.ts';
import { alertsDb } from '../service/alerts/tables.ts';
import { createTeam } from '../service/members/service.ts';
import { openMigratedStore } from '../service/store/db.ts';
import type { BenchFigure } from './types.ts';

const ALERTS = 2000;
const RUNS = 3;
const TARGET = '≥ 500 alerts/s';
const CREATED = '2027-03-01T09:00:00.000Z';
const DUE = Date.parse('2027-03-05T07:00:00Z'); // 08:00 Berlin on the deadline day (offset 0)

/** One measured run: alerts per second. */
async function once(receiverUrl: string, withInbox: boolean): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'callwatch-bench-delivery-'));
  const store = await openMigratedStore(join(dir, 'bench.db'));
  try {
    const { team, member } = await createTeam(store.db, { name: 'Bench', adminName: 'Admin', at: CREATED });
    await saveAlertRules(store.db, team.id, { offsets: [0], at: '08:00', digest: 'off', holidays: 'NW' }, CREATED);
    await insertChannel(store.db, { teamId: team.id, memberId: member.id, type: 'webhook', config: { url: `${receiverUrl}/hook`, format: 'json', secret: 'bench' }, at: CREATED });
    const fields = (i: number) =>
      JSON.stringify({ kind: 'call', title: `Aufruf ${i}`, url: `https://example.org/${i}`, summary: '', organizer: '', location: '', deadlines: [{ date: '2027-03-05', label: 'Frist', kind: 'application' }], start: null, end: null, status: 'watching', assignee: null, tags: [], notes: '', programme: '', amount: '', watch: false, deleted: false });
    const ids: string[] = [];
    await store.db.transaction().execute(async (trx) => {
      for (let i = 0; i < ALERTS; i += 200) {
        const rows = Array.from({ length: Math.min(200, ALERTS - i) }, (_, j) => {
          const id = uuidv7();
          ids.push(id);
          return { id, team_id: team.id, rev: i + j + 1, fields: fields(i + j), hlcs: '{}', deleted: 0, origin: 'clip', created_by: member.id, created_at: CREATED, updated_at: CREATED };
        });
        await trx.insertInto('items').values(rows).execute();
      }
      // without the inbox figure the member mutes every item: the webhook (a team channel) is all that is sent
      if (!withInbox) {
        for (let i = 0; i < ids.length; i += 200) {
          await alertsDb(trx)
            .insertInto('alert_mutes')
            .values(ids.slice(i, i + 200).map((item_id) => ({ member_id: member.id, item_id, team_id: team.id, created_at: CREATED })))
            .execute();
        }
      }
    });
    const runtime = createAlertRuntime(store.db, { allowPrivate: true });
    const started = performance.now();
    const report = await runAlerts({ db: store.db, context: runtime.context, maxBatches: 1000 }, DUE);
    const seconds = (performance.now() - started) / 1000;
    await runtime.close();
    const expected = withInbox ? 2 * ALERTS : ALERTS;
    if (report.sent !== expected) throw new Error(`sent ${report.sent} of ${expected} alerts (${JSON.stringify(report)})`);
    return report.sent / seconds;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Delivery throughput figures for `npm run bench`. */
export async function benchDelivery(): Promise<BenchFigure[]> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const webhook: number[] = [];
    const both: number[] = [];
    for (let i = 0; i < RUNS; i++) webhook.push(await once(url, false));
    for (let i = 0; i < RUNS; i++) both.push(await once(url, true));
    return [
      { name: `alert delivery to a local webhook (${ALERTS} alerts, SQLite)`, value: Math.round(median(webhook)), unit: 'alerts/s', target: TARGET },
      { name: `alert delivery, webhook + extension inbox (${2 * ALERTS} deliveries)`, value: Math.round(median(both)), unit: 'alerts/s', target: TARGET },
    ];
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

// `node bin/run-ts.mjs bench/delivery.ts`: this bench alone
if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchDelivery(), null, 2));
}
