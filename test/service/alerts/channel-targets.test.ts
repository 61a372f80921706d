/** Webhook and Web Push targets at internal addresses are refused when the channel is saved, not at the first alert. */
import { describe, expect, it } from 'vitest';
import type { LookupFn } from '../../../service/net/ssrf.ts';
import { expectError, failingFields } from '../helpers/expect.ts';
import { useTestApi } from '../helpers/suite.ts';

const lookup: LookupFn = async (hostname) => {
  const table: Record<string, string[]> = { 'hooks.kreis.example': ['93.184.216.34'], 'intranet.kreis.example': ['10.1.2.3'] };
  const addresses = table[hostname];
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  return addresses.map((address) => ({ address, family: 4 as const }));
};

const keys = { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM', auth: 'tBHItJI5svbpez7KI4CCXg' };
const webhook = (url: string) => ({ type: 'webhook', url, format: 'json' });
const push = (endpoint: string) => ({ type: 'webpush', subscription: { endpoint, expirationTime: null, keys } });

describe('channel targets', () => {
  const api = useTestApi('sqlite', { alerts: { lookup } });
  const open = useTestApi('sqlite', { alerts: { lookup, allowPrivate: true } });

  it('refuses webhooks at loopback, private and link-local addresses, literal or resolved, naming the field', async () => {
    const admin = await api.team();
    for (const url of ['http://127.0.0.1:9/hook', 'http://10.0.0.5/hook', 'http://[::1]/hook', 'http://169.254.169.254/latest/meta-data', 'https://intranet.kreis.example/hook']) {
      const res = await api.call('POST', '/api/v1/alerts/channels', { token: admin.token, body: webhook(url) });
      expect(await failingFields(res)).toEqual(['url']);
    }
    expect((await (await api.call('GET', '/api/v1/alerts/channels', { token: admin.token })).json()).channels ?? []).toEqual([]);
  });

  it('refuses a Web Push endpoint at an internal address, naming subscription.endpoint', async () => {
    const admin = await api.team();
    const res = await api.call('POST', '/api/v1/alerts/channels', { token: admin.token, body: push('https://192.168.1.10/push/abc') });
    expect(await failingFields(res)).toEqual(['subscription.endpoint']);
  });

  it('accepts public targets, and a host that does not resolve right now (the delivery checks again)', async () => {
    const admin = await api.team();
    expect((await api.call('POST', '/api/v1/alerts/channels', { token: admin.token, body: webhook('https://hooks.kreis.example/cw') })).status).toBe(201);
    expect((await api.call('POST', '/api/v1/alerts/channels', { token: admin.token, body: webhook('https://not-yet.kreis.example/cw') })).status).toBe(201);
    expect((await api.call('POST', '/api/v1/alerts/channels', { token: admin.token, body: push('https://hooks.kreis.example/push/1') })).status).toBe(201);
  });

  it('lets internal targets through when private addresses are allowed (CALLWATCH_ALLOW_PRIVATE_SOURCES=1)', async () => {
    const admin = await open.team();
    expect((await open.call('POST', '/api/v1/alerts/channels', { token: admin.token, body: webhook('http://10.0.0.5/hook') })).status).toBe(201);
  });

  it('still refuses what is not an http(s) URL without credentials', async () => {
    const admin = await open.team();
    await expectError(await open.call('POST', '/api/v1/alerts/channels', { token: admin.token, body: webhook('https://user:pw@hooks.kreis.example/x') }), 400);
  });
});
