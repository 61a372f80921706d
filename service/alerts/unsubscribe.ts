/**
 * One-click unsubscribe for e-mail alerts (RFC 8058): every alert mail names an address that turns its e-mail channel
 * off — `List-Unsubscribe: <https://…/unsubscribe/<channelId>.<signature>>` with `List-Unsubscribe-Post`. The signature is
 * an HMAC of the channel id under a key the service makes once and keeps in `service_keys` (shared by every instance on
 * one database), so nothing per channel is stored and a guessed or altered address does nothing.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { alertsDb } from './tables.ts';

const KEY_NAME = 'unsubscribe';

/** The key never changes once stored: read once per database handle, not per mail or per click. */
const known = new WeakMap<Kysely<Database>, Promise<Buffer>>();

/** The stored key, made and stored first if there is none (two instances racing both read the winner's). */
export function unsubscribeKey(db: Kysely<Database>, at: string): Promise<Buffer> {
  let key = known.get(db);
  if (!key) {
    key = loadKey(db, at);
    known.set(db, key);
    // a failed read is not remembered: the next mail tries again
    key.catch(() => known.delete(db));
  }
  return key;
}

async function loadKey(db: Kysely<Database>, at: string): Promise<Buffer> {
  const adb = alertsDb(db);
  const read = () => adb.selectFrom('service_keys').select('value').where('name', '=', KEY_NAME).executeTakeFirst();
  let row = await read();
  if (!row) {
    await adb
      .insertInto('service_keys')
      .values({ name: KEY_NAME, value: randomBytes(32).toString('base64url'), created_at: at })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    row = await read();
  }
  return Buffer.from(row!.value, 'base64url');
}

function signature(key: Buffer, channelId: string): string {
  return createHmac('sha256', key).update(`unsubscribe:${channelId}`).digest('base64url');
}

/** The path segment of a channel's unsubscribe address: `<channelId>.<signature>`. */
export function unsubscribeToken(key: Buffer, channelId: string): string {
  return `${channelId}.${signature(key, channelId)}`;
}

/** The channel a token names, when its signature is right (constant-time compare); undefined otherwise. */
export function channelOfToken(key: Buffer, token: string): string | undefined {
  const dot = token.lastIndexOf('.');
  if (dot <= 0 || token.length > 200) return undefined;
  const channelId = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(signature(key, channelId));
  return given.length === expected.length && timingSafeEqual(given, expected) ? channelId : undefined;
}

/** The full unsubscribe address under the service's public address. */
export function unsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/unsubscribe/${encodeURIComponent(token)}`;
}
