/**
 * The service's VAPID key pair (RFC 8292) for Web Push: made at first use and stored, so every instance sharing
 * the database signs with the same keys and subscriptions made against the public key keep working after restarts.
 */
import type { Kysely } from 'kysely';
import webpush from 'web-push';
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
    const fresh = webpush.generateVAPIDKeys();
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
