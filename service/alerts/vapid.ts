/**
 * The service's VAPID key pair (RFC 8292) for Web Push: made at first use and stored, so every instance sharing
 * the database signs with the same keys and subscriptions made against the public key keep working after restarts.
 */
import { createECDH } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { alertsDb } from './tables.ts';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  /** the contact push services may use (RFC 8292 "sub") */
  subject: string;
}

const KEY_NAME = 'vapid';
export const DEFAULT_VAPID_SUBJECT = 'mailto:callwatch@localhost.invalid';

/** The stored keys, made and stored first if there are none (two instances racing both read the winner's). */
export async function vapidKeys(db: Kysely<Database>, options: { subject?: string; at: string }): Promise<VapidKeys> {
  const adb = alertsDb(db);
  let row = await adb.selectFrom('service_keys').select('value').where('name', '=', KEY_NAME).executeTakeFirst();
  if (!row) {
    const fresh = generateVapidKeys();
    await adb
      .insertInto('service_keys')
      .values({ name: KEY_NAME, value: JSON.stringify(fresh), created_at: options.at })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    row = await adb.selectFrom('service_keys').select('value').where('name', '=', KEY_NAME).executeTakeFirstOrThrow();
  }
  const stored = JSON.parse(row.value) as { publicKey: string; privateKey: string };
  return { publicKey: stored.publicKey, privateKey: stored.privateKey, subject: options.subject ?? DEFAULT_VAPID_SUBJECT };
}

/**
 * A fresh P-256 key pair as web-push's generateVAPIDKeys() makes it: the raw 65-byte public point and the 32-byte
 * private scalar, base64url. Made here, with node:crypto, because the service makes the keys at its first start and
 * would otherwise load web-push for it (service/lazy.ts).
 */
function generateVapidKeys(): { publicKey: string; privateKey: string } {
  const curve = createECDH('prime256v1');
  curve.generateKeys();
  const privateKey = curve.getPrivateKey();
  // the scalar comes without its leading zero bytes; web-push (and RFC 8292 signers) want all 32
  const padded = Buffer.concat([Buffer.alloc(32 - privateKey.length), privateKey]);
  return { publicKey: curve.getPublicKey().toString('base64url'), privateKey: padded.toString('base64url') };
}
