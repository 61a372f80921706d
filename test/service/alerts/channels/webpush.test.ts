/**
 * Web Push channel against a push endpoint on 127.0.0.1 that does what a browser's push service and service worker
 * do together: checks the VAPID signature (RFC 8292) and decrypts the aes128gcm payload (RFC 8291) with the
 * subscription's private key and auth secret — ECDH and HKDF done here with node:crypto, independent of web-push.
 */
import { createECDH, createHmac, createDecipheriv, createPublicKey, randomBytes, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertChannel, teamChannels } from '../../../../service/alerts/channels-repository.ts';
import { runAlerts } from '../../../../service/alerts/run.ts';
import { createAlertRuntime } from '../../../../service/alerts/runtime.ts';
import { vapidKeys } from '../../../../service/alerts/vapid.ts';
import { ONE_ALERT_AT, oneAlertTeam, useStoreAndReceiver } from '../helpers.ts';

const hmac = (key: Buffer, data: Buffer) => createHmac('sha256', key).update(data).digest();

/** RFC 8291 §3.4 + RFC 8188: one aes128gcm record → plaintext. */
function decrypt(body: Buffer, uaPrivate: ReturnType<typeof createECDH>, authSecret: Buffer): string {
  const salt = body.subarray(0, 16);
  const idlen = body[20];
  const asPublic = body.subarray(21, 21 + idlen);
  const ciphertext = body.subarray(21 + idlen);
  const uaPublic = uaPrivate.getPublicKey();
  const ecdhSecret = uaPrivate.computeSecret(asPublic);
  const prkKey = hmac(authSecret, ecdhSecret);
  const ikm = hmac(prkKey, Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic, Buffer.from([1])]));
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0\x01')).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0\x01')).subarray(0, 12);
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  // the last record ends with the delimiter 0x02, then zero padding
  let end = padded.length - 1;
  while (padded[end] === 0) end--;
  expect(padded[end]).toBe(2);
  return padded.subarray(0, end).toString('utf8');
}

/** Checks `Authorization: vapid t=<JWT>, k=<public key>` (ES256 over the JWT's first two parts). */
function verifyVapid(header: string, publicKey: string, audience: string): void {
  const match = /^vapid t=([^,]+), k=(.+)$/.exec(header);
  expect(match).not.toBeNull();
  const [, jwt, k] = match!;
  expect(k).toBe(publicKey);
  const [head, claims, signature] = jwt.split('.');
  const point = Buffer.from(k, 'base64url');
  const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33, 65).toString('base64url') }, format: 'jwk' });
  expect(verify('sha256', Buffer.from(`${head}.${claims}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'))).toBe(true);
  const payload = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { aud: string; sub: string; exp: number };
  expect(payload.aud).toBe(audience);
  expect(payload.sub).toMatch(/^mailto:/);
}

describe('Web Push channel', () => {
  const env = useStoreAndReceiver('sqlite');

  it('delivers an encrypted, VAPID-signed notification the subscription can decrypt', async () => {
    const team = await oneAlertTeam(env.store.db);
    const ua = createECDH('prime256v1');
    ua.generateKeys();
    const auth = randomBytes(16);
    const subscription = { endpoint: `${env.receiver.url}/push/abc`, keys: { p256dh: ua.getPublicKey().toString('base64url'), auth: auth.toString('base64url') } };
    await insertChannel(env.store.db, { teamId: team.admin.team.id, memberId: team.member.member.id, type: 'webpush', config: { subscription }, at: '2027-03-01T09:00:00Z' });
    env.receiver.handler = (_req, res) => {
      res.writeHead(201).end();
    };
    const runtime = createAlertRuntime(env.store.db, { allowPrivate: true });
    const report = await runAlerts({ db: env.store.db, context: runtime.context }, ONE_ALERT_AT);
    await runtime.close();
    expect(report.failed).toBe(0);
    expect(env.receiver.requests).toHaveLength(1);
    const push = env.receiver.requests[0];
    expect(push.path).toBe('/push/abc');
    expect(push.headers['content-encoding']).toBe('aes128gcm');
    expect(Number(push.headers.ttl)).toBeGreaterThan(0);
    const keys = await vapidKeys(env.store.db, { at: '2027-03-01T00:00:00Z' });
    verifyVapid(String(push.headers.authorization), keys.publicKey, env.receiver.url);
    const payload = JSON.parse(decrypt(push.body, ua, auth)) as { title: string; body: string; url: string; tag: string };
    expect(payload.title).toBe('Frist heute: Nakopa – Förderaufruf <b>2027</b>');
    expect(payload.body).toContain('Antragsfrist: Freitag, 5. März 2027 (heute)');
    expect(payload.url).toBe('https://example.org/call');
    expect(payload.tag).toBe(`item-${team.item.id}`);
  });

  it('removes a subscription the push service calls gone (410)', async () => {
    const team = await oneAlertTeam(env.store.db);
    const ua = createECDH('prime256v1');
    ua.generateKeys();
    const subscription = { endpoint: `${env.receiver.url}/push/gone`, keys: { p256dh: ua.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') } };
    await insertChannel(env.store.db, { teamId: team.admin.team.id, memberId: team.member.member.id, type: 'webpush', config: { subscription }, at: '2027-03-01T09:00:00Z' });
    env.receiver.handler = (_req, res) => {
      res.writeHead(410).end();
    };
    const runtime = createAlertRuntime(env.store.db, { allowPrivate: true });
    const report = await runAlerts({ db: env.store.db, context: runtime.context }, ONE_ALERT_AT);
    await runtime.close();
    expect(report.cancelled).toBe(1);
    expect(await teamChannels(env.store.db, team.admin.team.id)).toEqual([]);
  });

  it('keeps one VAPID key pair across restarts', async () => {
    const first = await vapidKeys(env.store.db, { at: '2027-03-01T00:00:00Z' });
    const again = await vapidKeys(env.store.db, { at: '2027-03-02T00:00:00Z' });
    expect(again.publicKey).toBe(first.publicKey);
    expect(Buffer.from(first.publicKey, 'base64url')).toHaveLength(65);
    // a pair: the private scalar (all 32 bytes) gives the public point
    const privateKey = Buffer.from(first.privateKey, 'base64url');
    expect(privateKey).toHaveLength(32);
    const curve = createECDH('prime256v1');
    curve.setPrivateKey(privateKey);
    expect(curve.getPublicKey().toString('base64url')).toBe(first.publicKey);
  });
});
