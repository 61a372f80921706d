/**
 * The delivery tools an alert run needs, built once per process from its settings (service/main.ts and the CLI read
 * them from the environment; tests pass them in): the HTTP sender under the address policy, the SMTP sender when
 * CALLWATCH_SMTP_URL is set, and the stored VAPID keys.
 */
import type { Kysely } from 'kysely';
import type { LookupFn } from '../net/ssrf.ts';
import type { Database } from '../store/schema.ts';
import type { DeliveryContext } from './channels/index.ts';
import { createHttpSender } from './http.ts';
import { createSmtpSender } from './smtp.ts';
import { vapidKeys, type VapidKeys } from './vapid.ts';

/** Settings of alert delivery (everything optional). */
export interface AlertSettings {
  /** CALLWATCH_ALLOW_PRIVATE_SOURCES=1: webhook and push targets may be private addresses */
  allowPrivate?: boolean;
  /** resolver for tests */
  lookup?: LookupFn;
  /** CALLWATCH_SMTP_URL */
  smtpUrl?: string;
  /** CALLWATCH_SMTP_FROM */
  smtpFrom?: string;
  /** CALLWATCH_VAPID_SUBJECT (mailto: or https: contact for push services) */
  vapidSubject?: string;
  /** CALLWATCH_PUBLIC_URL: the address calendar feeds and unsubscribe links are announced under (feeds default to the request's origin) */
  publicUrl?: string;
  attemptTimeoutMs?: number;
}

export interface AlertRuntime {
  context: Omit<DeliveryContext, 'db' | 'now' | 'signal'>;
  close(): Promise<void>;
}

/** Builds the tools; close() ends their connections. */
export function createAlertRuntime(db: Kysely<Database>, settings: AlertSettings = {}): AlertRuntime {
  const http = createHttpSender({ allowPrivate: settings.allowPrivate, lookup: settings.lookup });
  const smtp = settings.smtpUrl ? createSmtpSender({ url: settings.smtpUrl, from: settings.smtpFrom, timeoutMs: settings.attemptTimeoutMs }) : null;
  let keys: Promise<VapidKeys> | undefined;
  const vapid = () => {
    keys ??= vapidKeys(db, { subject: settings.vapidSubject, at: new Date().toISOString() }).catch((error: unknown) => {
      keys = undefined;
      throw error;
    });
    return keys;
  };
  return {
    context: { http, smtp, vapid, publicUrl: settings.publicUrl },
    async close() {
      smtp?.close();
      await http.close();
    },
  };
}
