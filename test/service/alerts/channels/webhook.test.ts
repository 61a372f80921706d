/** Webhook channel against a real HTTP receiver on 127.0.0.1: every format, its method and path, and the JSON signature. */
import { describe, expect, it } from 'vitest';
import { insertChannel } from '../../../../service/alerts/channels-repository.ts';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from '../../../../service/alerts/format/index.ts';
import { runAlerts } from '../../../../service/alerts/run.ts';
import { createAlertRuntime } from '../../../../service/alerts/runtime.ts';
import { ONE_ALERT_AT, oneAlertTeam, useStoreAndReceiver } from '../helpers.ts';

describe('webhook channel', () => {
  const env = useStoreAndReceiver('sqlite');

  it('posts each format to its receiver; the generic JSON is signed over the raw body', async () => {
    const team = await oneAlertTeam(env.store.db);
    const add = (path: string, format: string, secret?: string) =>
      insertChannel(env.store.db, { teamId: team.admin.team.id, memberId: team.admin.member.id, type: 'webhook', config: { url: `${env.receiver.url}${path}`, format, ...(secret ? { secret } : {}) }, at: '2027-03-01T09:00:00Z' });
    await add('/json', 'json', 's3cret');
    await add('/slack', 'slack');
    await add('/teams', 'teams');
    await add('/_matrix/client/v3/rooms/!room:example.org/send/m.room.message', 'matrix', 'syt_token');
    const runtime = createAlertRuntime(env.store.db, { allowPrivate: true });
    const report = await runAlerts({ db: env.store.db, context: runtime.context }, ONE_ALERT_AT);
    await runtime.close();
    // 4 webhooks + 2 members' extension inboxes
    expect(report).toMatchObject({ sent: 6, failed: 0, retried: 0 });

    const byPath = (prefix: string) => {
      const found = env.receiver.requests.filter((r) => r.path.startsWith(prefix));
      expect(found).toHaveLength(1);
      return found[0];
    };
    const json = byPath('/json');
    expect(json.method).toBe('POST');
    const raw = json.body.toString('utf8');
    expect(
      verifySignature({ secret: 's3cret', body: raw, timestamp: String(json.headers[TIMESTAMP_HEADER.toLowerCase()]), signature: String(json.headers[SIGNATURE_HEADER.toLowerCase()]), nowMs: ONE_ALERT_AT }),
    ).toBe(true);
    expect(verifySignature({ secret: 'wrong', body: raw, timestamp: String(json.headers[TIMESTAMP_HEADER.toLowerCase()]), signature: String(json.headers[SIGNATURE_HEADER.toLowerCase()]), nowMs: ONE_ALERT_AT })).toBe(false);
    expect(JSON.parse(raw)).toEqual({
      type: 'deadline.due',
      itemId: team.item.id,
      title: 'Nakopa – Förderaufruf <b>2027</b>',
      url: 'https://example.org/call',
      deadline: { date: '2027-03-05', label: 'Antragsfrist', kind: 'application' },
      offset: 0,
      dueAt: '2027-03-05T07:00:00.000Z',
    });

    const slack = JSON.parse(byPath('/slack').body.toString('utf8')) as { text: string; blocks: { type: string }[] };
    expect(slack.text).toContain('Frist heute: Nakopa – Förderaufruf &lt;b&gt;2027&lt;/b&gt;');
    expect(slack.text).toContain('<https://example.org/call|Zur Ausschreibung>');
    expect(slack.blocks.map((b) => b.type)).toContain('header');

    const teams = JSON.parse(byPath('/teams').body.toString('utf8')) as { type: string; attachments: { contentType: string; content: { type: string; actions: { url: string }[] } }[] };
    expect(teams.type).toBe('message');
    expect(teams.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(teams.attachments[0].content.type).toBe('AdaptiveCard');
    expect(teams.attachments[0].content.actions[0].url).toBe('https://example.org/call');

    const matrix = byPath('/_matrix/');
    expect(matrix.method).toBe('PUT');
    // the transaction id is the outbox delivery id, so a retried send is idempotent at the homeserver
    expect(matrix.path).toMatch(/\/send\/m\.room\.message\/[0-9a-f-]{36}$/);
    expect(matrix.headers.authorization).toBe('Bearer syt_token');
    const content = JSON.parse(matrix.body.toString('utf8')) as { msgtype: string; body: string; formatted_body: string };
    expect(content.msgtype).toBe('m.text');
    expect(content.formatted_body).toContain('&lt;b&gt;2027&lt;/b&gt;');
  });

  it('refuses a private target unless private addresses are allowed', async () => {
    const team = await oneAlertTeam(env.store.db);
    await insertChannel(env.store.db, { teamId: team.admin.team.id, memberId: team.admin.member.id, type: 'webhook', config: { url: `${env.receiver.url}/json`, format: 'json' }, at: '2027-03-01T09:00:00Z' });
    const runtime = createAlertRuntime(env.store.db, { allowPrivate: false });
    const report = await runAlerts({ db: env.store.db, context: runtime.context }, ONE_ALERT_AT);
    await runtime.close();
    expect(env.receiver.requests).toHaveLength(0);
    expect(report.failed).toBe(1); // final: waiting does not make 127.0.0.1 public
    const row = await env.store.db.selectFrom('alert_outbox' as never).selectAll().where('channel_type' as never, '=', 'webhook' as never).executeTakeFirstOrThrow() as { status: string; last_error: string };
    expect(row.status).toBe('failed');
    expect(row.last_error).toMatch(/127\.0\.0\.1|blocked/i);
  });
});
