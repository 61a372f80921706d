/**
 * The scheduler as `callwatch serve` runs it, twice — two service instances on one database (one PostgreSQL, or
 * one SQLite file) — ticking on a fast clock: each alert reaches the webhook once, at or after its time.
 */
import { describe, expect, it } from 'vitest';
import { insertChannel } from '../../../service/alerts/channels-repository.ts';
import { alertsJob } from '../../../service/alerts/scheduler.ts';
import { startJob } from '../../../service/jobs/job.ts';
import { openMigratedStore } from '../../../service/store/db.ts';
import { DIALECTS } from '../helpers/store.ts';
import { ONE_ALERT_AT, oneAlertTeam, useStoreAndReceiver } from './helpers.ts';

describe.each(DIALECTS)('alert scheduler, two instances (%s)', (dialect) => {
  const env = useStoreAndReceiver(dialect);

  it('ticks until the alert is due and delivers it once between them', async () => {
    const team = await oneAlertTeam(env.store.db);
    await insertChannel(env.store.db, { teamId: team.admin.team.id, memberId: team.admin.member.id, type: 'webhook', config: { url: `${env.receiver.url}/hook`, format: 'json' }, at: '2027-03-01T09:00:00Z' });
    const receivedAt: number[] = [];
    // simulated time, one minute per 100 ms of wall time, from 10 minutes before the alert. Not faster: a claim's lease
    // (over two minutes) must outlast a delivery in simulated time, as it outlasts one by far in real time — at 20 ms a
    // minute a delivery slowed by a busy machine (another suite beside it) outlasted the lease and was sent twice
    let simNow = ONE_ALERT_AT - 600_000;
    const now = () => simNow;
    env.receiver.handler = (_req, res) => {
      receivedAt.push(now());
      res.writeHead(200).end();
    };
    const second = await openMigratedStore(env.store.location);
    const schedulers = [env.store.db, second.db].map((db) => startJob(alertsJob({ db, settings: { allowPrivate: true }, now, intervalMs: 5 })));
    while (simNow < ONE_ALERT_AT + 600_000) {
      await new Promise((r) => setTimeout(r, 100));
      simNow += 60_000;
    }
    for (const s of schedulers) await s.stop();
    await second.close();
    expect(receivedAt).toHaveLength(1);
    expect(receivedAt[0]).toBeGreaterThanOrEqual(ONE_ALERT_AT);
  });
});
