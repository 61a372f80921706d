/** The alert routes: rules (admin writes), channels (webhooks admin-only, own channels private), mutes and the inbox. */
import { describe, expect, it } from 'vitest';
import { runAlerts } from '../../../service/alerts/run.ts';
import { createAlertRuntime } from '../../../service/alerts/runtime.ts';
import { uuid } from '../helpers/api.ts';
import { expectError, failingFields } from '../helpers/expect.ts';
import { DIALECTS } from '../helpers/store.ts';
import { useTestApi } from '../helpers/suite.ts';

const subscription = {
  endpoint: 'https://fcm.googleapis.com/fcm/send/abc',
  expirationTime: null,
  keys: { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM', auth: 'tBHItJI5svbpez7KI4CCXg' },
};

describe.each(DIALECTS)('alert routes on %s', (dialect) => {
  let now = Date.parse('2027-03-04T12:00:00Z');
  const api = useTestApi(dialect, { now: () => now });

  it('rules: defaults first; only an admin replaces them; invalid rules are a 400 naming the field', async () => {
    const admin = await api.team();
    const member = await admin.add('member');
    expect(await (await api.call('GET', '/api/v1/alerts/rules', { token: member.token })).json()).toEqual({ offsets: [14, 7, 2, 0], at: '08:00', digest: 'weekly', holidays: 'NW' });
    const rules = { offsets: [10, 1], at: '07:30', digest: 'off', holidays: 'BY' };
    await expectError(await api.call('PUT', '/api/v1/alerts/rules', { token: member.token, body: rules }), 403);
    const put = await api.call('PUT', '/api/v1/alerts/rules', { token: admin.token, body: rules });
    expect(put.status).toBe(200);
    expect(await (await api.call('GET', '/api/v1/alerts/rules', { token: member.token })).json()).toEqual(rules);
    expect(await failingFields(await api.call('PUT', '/api/v1/alerts/rules', { token: admin.token, body: { ...rules, at: '25:00' } }))).toContain('at');
    expect(await failingFields(await api.call('PUT', '/api/v1/alerts/rules', { token: admin.token, body: { ...rules, holidays: 'XX' } }))).toContain('holidays');
    await expectError(await api.call('GET', '/api/v1/alerts/rules'), 401);
  });

  it('channels: webhooks are admin-only and shown without their secret; e-mail and push stay private to their owner', async () => {
    const admin = await api.team();
    const member = await admin.add('member');
    const viewer = await admin.add('viewer');
    const webhook = { type: 'webhook', url: 'https://hooks.example.org/callwatch', format: 'slack', secret: 'geheimnis-des-webhooks' };
    await expectError(await api.call('POST', '/api/v1/alerts/channels', { token: member.token, body: webhook }), 403);
    const created = await api.call('POST', '/api/v1/alerts/channels', { token: admin.token, body: webhook });
    expect(created.status).toBe(201);
    const hook = (await created.json()) as Record<string, unknown>;
    expect(hook).toMatchObject({ type: 'webhook', url: webhook.url, format: 'slack', hasSecret: true, memberId: admin.memberId });
    expect(JSON.stringify(hook)).not.toContain('geheimnis-des-webhooks');

    const mail = await api.call('POST', '/api/v1/alerts/channels', { token: member.token, body: { type: 'email', to: 'anna@kreis.example' } });
    expect(mail.status).toBe(201);
    const push = await api.call('POST', '/api/v1/alerts/channels', { token: member.token, body: { type: 'webpush', subscription } });
    expect(push.status).toBe(201);
    await expectError(await api.call('POST', '/api/v1/alerts/channels', { token: viewer.token, body: { type: 'email', to: 'v@kreis.example' } }), 403);

    const list = async (token: string) => ((await (await api.call('GET', '/api/v1/alerts/channels', { token })).json()) as { channels: { type: string }[] }).channels.map((c) => c.type).sort();
    expect(await list(member.token)).toEqual(['email', 'webhook', 'webpush']);
    expect(await list(admin.token)).toEqual(['webhook']);

    expect(await failingFields(await api.call('POST', '/api/v1/alerts/channels', { token: member.token, body: { type: 'email', to: 'not an address' } }))).toContain('to');
    expect(await failingFields(await api.call('POST', '/api/v1/alerts/channels', { token: admin.token, body: { ...webhook, url: 'ftp://x.example' } }))).toContain('url');
    expect(await failingFields(await api.call('POST', '/api/v1/alerts/channels', { token: admin.token, body: { ...webhook, extra: 1 } }))).toContain('extra');
    expect(await failingFields(await api.call('POST', '/api/v1/alerts/channels', { token: admin.token, body: { type: 'pigeon' } }))).toContain('type');

    // another member cannot see or delete someone's channel; its owner can
    const mailId = ((await mail.json()) as { id: string }).id;
    const other = await admin.add('member');
    await expectError(await api.call('DELETE', `/api/v1/alerts/channels/${mailId}`, { token: other.token }), 404);
    expect((await api.call('DELETE', `/api/v1/alerts/channels/${mailId}`, { token: member.token })).status).toBe(204);
    expect(await list(member.token)).toEqual(['webhook', 'webpush']);
    // another team's admin sees nothing of it
    const stranger = await api.team();
    await expectError(await api.call('DELETE', `/api/v1/alerts/channels/${hook.id as string}`, { token: stranger.token }), 404);
    expect(await list(stranger.token)).toEqual([]);
  });

  it('mute: per member, only for the team’s items; GET /alerts?since lists the caller’s delivered alerts', async () => {
    now = Date.parse('2027-03-01T09:00:00Z');
    const admin = await api.team();
    const member = await admin.add('member');
    await api.call('PUT', '/api/v1/alerts/rules', { token: admin.token, body: { offsets: [0], at: '08:00', digest: 'off', holidays: 'NW' } });
    const mk = async (title: string) =>
      ((await (await api.call('POST', '/api/v1/items', { token: admin.token, body: { kind: 'call', title, deadlines: [{ date: '2027-03-05', label: 'Frist', kind: 'application' }] } })).json()) as { id: string }).id;
    const kept = await mk('Bleibt');
    const muted = await mk('Stumm');
    const res = await api.call('POST', `/api/v1/items/${muted}/mute`, { token: member.token });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ itemId: muted, muted: true });
    await expectError(await api.call('POST', `/api/v1/items/${uuid()}/mute`, { token: member.token }), 404);
    const stranger = await api.team();
    await expectError(await api.call('POST', `/api/v1/items/${kept}/mute`, { token: stranger.token }), 404);

    const runtime = createAlertRuntime(api.store.db, {});
    await runAlerts({ db: api.store.db, context: runtime.context }, Date.parse('2027-03-05T07:00:00Z'));
    await runtime.close();

    const inbox = async (token: string, since = 0) => (await (await api.call('GET', `/api/v1/alerts?since=${since}`, { token })).json()) as { alerts: { title: string; alert: { itemId: string } }[]; cursor: number; more: boolean };
    const mine = await inbox(member.token);
    expect(mine.alerts.map((a) => a.alert.itemId)).toEqual([kept]);
    expect(mine.alerts[0].title).toBe('Frist heute: Bleibt');
    expect((await inbox(member.token, mine.cursor)).alerts).toEqual([]);
    const theirs = await inbox(admin.token);
    expect(theirs.alerts.map((a) => a.alert.itemId).sort()).toEqual([kept, muted].sort());
    expect((await inbox(stranger.token)).alerts).toEqual([]);
    await expectError(await api.call('GET', '/api/v1/alerts?since=-1', { token: member.token }), 400);

    const unmute = await api.call('DELETE', `/api/v1/items/${muted}/mute`, { token: member.token });
    expect(await unmute.json()).toEqual({ itemId: muted, muted: false });
  });

  it('GET /alerts/vapid gives the one stored public key', async () => {
    const admin = await api.team();
    const first = (await (await api.call('GET', '/api/v1/alerts/vapid', { token: admin.token })).json()) as { publicKey: string };
    const again = (await (await api.call('GET', '/api/v1/alerts/vapid', { token: admin.token })).json()) as { publicKey: string };
    expect(first.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(again.publicKey).toBe(first.publicKey);
  });
});
