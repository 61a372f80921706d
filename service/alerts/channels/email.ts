/** E-mail channel: German text + HTML (service/alerts/format/email.ts) over the service's SMTP server (CALLWATCH_SMTP_URL). */
import * as v from 'valibot';
import { formatEmail } from '../format/index.ts';
import { DeliveryError } from '../delivery-error.ts';
import { unsubscribeKey, unsubscribeToken, unsubscribeUrl } from '../unsubscribe.ts';
import type { Channel } from './types.ts';

export interface EmailConfig {
  to: string;
}

export const emailChannel: Channel<EmailConfig> = {
  schema: v.strictObject({
    type: v.literal('email'),
    // one address, no display name: no header injection, nothing to parse twice
    to: v.pipe(v.string(), v.trim(), v.maxLength(254, 'must be at most 254 characters'), v.email('must be an e-mail address')),
  }),
  scope: 'member',
  adminOnly: false,
  view: (config) => ({ to: config.to }),
  async deliver(delivery, context) {
    if (!context.smtp) throw new DeliveryError('no SMTP server configured (CALLWATCH_SMTP_URL)', 'permanent');
    const mail = formatEmail(delivery.message, { now: context.now, deliveryId: delivery.id });
    const headers: Record<string, string> = {
      'X-Callwatch-Delivery': delivery.id,
      // a machine's mail (RFC 3834): no out-of-office replies, no auto-forwarding loops
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
    };
    if (context.publicUrl) {
      // one click in the mail program turns this e-mail channel off (RFC 8058)
      const token = unsubscribeToken(await unsubscribeKey(context.db, context.now), delivery.channelId);
      headers['List-Unsubscribe'] = `<${unsubscribeUrl(context.publicUrl, token)}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    await context.smtp.send({ to: delivery.config.to, ...mail, headers }, context.signal);
  },
};
