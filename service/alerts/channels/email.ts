/** E-mail channel: German text + HTML (service/alerts/format/email.ts) over the service's SMTP server (CALLWATCH_SMTP_URL). */
import * as v from 'valibot';
import { formatEmail } from '../format/index.ts';
import { DeliveryError } from '../delivery-error.ts';
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
    await context.smtp.send({ to: delivery.config.to, ...mail, headers: { 'X-Callwatch-Delivery': delivery.id } }, context.signal);
  },
};
