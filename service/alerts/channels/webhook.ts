/**
 * Webhook channel: the alert in the channel's format (generic JSON signed with HMAC-SHA256, Slack/Mattermost,
 * Teams, Matrix — service/alerts/format) POSTed (Matrix: PUT with the delivery id as transaction id) to the URL.
 */
import * as v from 'valibot';
import { WEBHOOK_FORMATS, formatWebhook, type WebhookFormat } from '../format/index.ts';
import { DeliveryError, failureOfStatus } from '../delivery-error.ts';
import type { Channel } from './types.ts';

export interface WebhookConfig {
  url: string;
  format: WebhookFormat;
  secret?: string;
}

const HttpUrlSchema = v.pipe(
  v.string(),
  v.maxLength(2048, 'must be at most 2,048 characters'),
  v.url('must be a URL'),
  v.regex(/^https?:\/\//i, 'must be an http(s) URL'),
);

export const webhookChannel: Channel<WebhookConfig> = {
  schema: v.strictObject({
    type: v.literal('webhook'),
    url: HttpUrlSchema,
    format: v.optional(v.picklist(WEBHOOK_FORMATS), 'json'),
    secret: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(500))),
  }),
  scope: 'team',
  adminOnly: true,
  target: (config) => ({ url: config.url, field: 'url' }),
  view: (config) => ({ url: config.url, format: config.format, hasSecret: Boolean(config.secret) }),
  async deliver(delivery, context) {
    const request = formatWebhook(delivery.config.format, delivery.message, { now: context.now, secret: delivery.config.secret, deliveryId: delivery.id });
    // Matrix: PUT …/send/m.room.message/{txnId}; the delivery id makes a retried send idempotent at the homeserver
    const url = delivery.config.format === 'matrix' ? `${delivery.config.url.replace(/\/+$/, '')}/${encodeURIComponent(delivery.id)}` : delivery.config.url;
    const answer = await context.http.send(url, request, context.signal);
    const failure = failureOfStatus(answer.status);
    if (failure) throw new DeliveryError(`HTTP ${answer.status}${answer.body ? `: ${answer.body.slice(0, 200)}` : ''}`, failure);
  },
};
