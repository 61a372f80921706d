/**
 * The delivery channels (DESIGN.md "Alerts"), one file each, in a typed registry: a channel type without its
 * implementation is a compile error, and test/service/alerts/channels/index.test.ts checks every file is listed.
 */
import { emailChannel } from './email.ts';
import { extensionChannel } from './extension.ts';
import type { Channel } from './types.ts';
import { webhookChannel } from './webhook.ts';
import { webpushChannel } from './webpush.ts';

export const CHANNEL_TYPES = ['extension', 'webpush', 'email', 'webhook'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each channel checks its own config's shape
export const channels: Record<ChannelType, Channel<any>> = {
  extension: extensionChannel,
  webpush: webpushChannel,
  email: emailChannel,
  webhook: webhookChannel,
};

/** True for a known channel type. */
export function isChannelType(type: string): type is ChannelType {
  return (CHANNEL_TYPES as readonly string[]).includes(type);
}

export type { Channel, Delivery, DeliveryContext } from './types.ts';
