/**
 * Web Push as one of the member's alert channels: the extension's service worker subscribes with the service's VAPID
 * key (GET /api/v1/alerts/vapid) and registers the subscription as a `webpush` channel; the service then pushes each
 * alert (aes128gcm, RFC 8291) and the worker shows it even while asleep. Chromium only: Firefox runs an MV3 extension's
 * background as an event page, which has no push manager.
 */
import type { AlertChannel, PushSubscriptionBody, ServiceClient } from './api.ts';

/** The part of ServiceWorkerRegistration this needs. */
export interface PushRegistration {
  pushManager: Pick<PushManager, 'subscribe' | 'getSubscription'>;
}

/** The extension's service-worker registration when this browser can push to it, else null. */
export async function pushRegistration(): Promise<PushRegistration | null> {
  if (typeof navigator === 'undefined' || !navigator.serviceWorker || typeof PushManager === 'undefined') return null;
  const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  return registration?.pushManager ? registration : null;
}

/** base64url → bytes, the form PushManager.subscribe takes the key in. */
export function base64UrlBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(value.length / 4) * 4, '=');
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

// Subscribing asks the browser's push service (Google's for Chrome); offline, or where a policy blocks it, the promise
// never settles, so the options page would wait for ever.
const SUBSCRIBE_TIMEOUT_MS = 20_000;

/** Subscribes this browser and registers it with the service; returns the new channel. */
export async function enableWebPush(api: ServiceClient, registration: PushRegistration, timeoutMs = SUBSCRIBE_TIMEOUT_MS): Promise<AlertChannel> {
  const key = base64UrlBytes(await api.vapidKey());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the browser’s push service did not answer')), timeoutMs);
  });
  const subscription = await Promise.race([registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key }), timeout]).finally(() => clearTimeout(timer));
  return api.addChannel({ type: 'webpush', subscription: subscription.toJSON() as PushSubscriptionBody });
}

/** Removes the channel from the service and ends this browser's subscription. */
export async function disableWebPush(api: ServiceClient, registration: PushRegistration | null, channelId: string): Promise<void> {
  await api.removeChannel(channelId);
  await (await registration?.pushManager.getSubscription())?.unsubscribe();
}

/** What the service pushes: service/alerts/format/notification.ts plus the delivery id. */
export interface PushedAlert {
  title: string;
  body: string;
  url: string | null;
  tag: string;
  id?: string;
}

/** Reads a push message's JSON; null for anything else (a push service's test message). */
export function readPush(text: string | null | undefined): PushedAlert | null {
  try {
    const data = JSON.parse(text ?? '') as Partial<PushedAlert>;
    return typeof data.title === 'string' && typeof data.body === 'string' ? { title: data.title, body: data.body, url: typeof data.url === 'string' ? data.url : null, tag: String(data.tag ?? ''), id: data.id } : null;
  } catch {
    return null;
  }
}
