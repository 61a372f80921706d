/**
 * Web Push channel: the notification payload encrypted for the subscription (aes128gcm, RFC 8291) and signed with
 * the service's VAPID keys (RFC 8292) by web-push, then sent by our own HTTP sender so the push endpoint — a
 * user-given URL — obeys the address policy. A subscription the push service calls gone (404/410) is removed.
 */
import * as v from 'valibot';
import { webPush } from '../../lazy.ts';
import { formatNotification } from '../format/index.ts';
import { DeliveryError, failureOfStatus } from '../delivery-error.ts';
import type { Channel } from './types.ts';

export interface WebPushConfig {
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } };
}

const Base64UrlSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+={0,2}$/, 'must be base64url'), v.maxLength(200));

/** a day: an alert older than that is stale on a device that was offline */
const TTL_SECONDS = 24 * 60 * 60;

export const webpushChannel: Channel<WebPushConfig> = {
  schema: v.strictObject({
    type: v.literal('webpush'),
    // PushSubscription.toJSON(): expirationTime is allowed and ignored
    subscription: v.object({
      endpoint: v.pipe(v.string(), v.maxLength(2048), v.url('must be a URL'), v.regex(/^https?:\/\//i, 'must be an http(s) URL')),
      expirationTime: v.optional(v.nullable(v.number())),
      keys: v.object({ p256dh: Base64UrlSchema, auth: Base64UrlSchema }),
    }),
  }),
  scope: 'member',
  adminOnly: false,
  target: (config) => ({ url: config.subscription.endpoint, field: 'subscription.endpoint' }),
  view: (config) => ({ endpoint: config.subscription.endpoint }),
  async deliver(delivery, context) {
    const keys = await context.vapid();
    const payload = JSON.stringify({ ...formatNotification(delivery.message, { now: context.now }), id: delivery.id });
    const { endpoint, keys: subscriptionKeys } = delivery.config.subscription;
    const webpush = await webPush();
    const details = webpush.generateRequestDetails({ endpoint, keys: subscriptionKeys }, payload, {
      vapidDetails: { subject: keys.subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
      TTL: TTL_SECONDS,
      contentEncoding: 'aes128gcm',
      urgency: 'high',
    });
    const headers = Object.fromEntries(Object.entries(details.headers).map(([k, value]) => [k, String(value)]));
    const answer = await context.http.send(details.endpoint, { method: details.method, headers, body: details.body ?? '' }, context.signal);
    if (answer.status === 404 || answer.status === 410) throw new DeliveryError(`push subscription gone (HTTP ${answer.status})`, 'gone');
    const failure = failureOfStatus(answer.status);
    if (failure) throw new DeliveryError(`HTTP ${answer.status}${answer.body ? `: ${answer.body.slice(0, 200)}` : ''}`, failure);
  },
};
