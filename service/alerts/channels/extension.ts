/**
 * Extension channel: every member has one, implicitly. Delivering appends the notification to the member's inbox,
 * which the extension reads with GET /api/v1/alerts?since=<cursor> (notifications and badge).
 */
import { formatNotification } from '../format/index.ts';
import { jsonPayload } from '../format/json.ts';
import { appendToInbox } from '../inbox.ts';
import type { Channel } from './types.ts';

export type ExtensionConfig = Record<string, never>;

export const extensionChannel: Channel<ExtensionConfig> = {
  schema: null,
  scope: 'member',
  adminOnly: false,
  view: () => ({}),
  async deliver(delivery, context) {
    if (!delivery.memberId) return;
    const notification = formatNotification(delivery.message, { now: context.now });
    await appendToInbox(context.db, {
      teamId: delivery.teamId,
      memberId: delivery.memberId,
      outboxId: delivery.id,
      payload: { id: delivery.id, ...notification, alert: jsonPayload(delivery.message) },
      at: context.now,
    });
  },
};
