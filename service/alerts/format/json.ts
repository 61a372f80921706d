/**
 * Generic JSON webhook (DESIGN.md "Alerts"): `{ type, itemId, title, url, deadline: { date, time?, label, kind },
 * offset, dueAt }` for a deadline alert, signed with the channel's secret when it has one. A moved deadline
 * (`deadline.changed`) adds `previous` and carries `offset: null`; the digest is `{ type: "digest", weekOf,
 * until, dueAt, items: [...] }`.
 */
import type { Deadline } from '../../../shared/schema.ts';
import type { AlertMessage, FormatContext, WebhookRequest } from './message.ts';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signBody } from './signature.ts';

/** The deadline as the contract spells it: date, time only when set, label, kind. */
function deadlineBody(deadline: Deadline): { date: string; time?: string; label: string; kind: string } {
  return { date: deadline.date, ...(deadline.time ? { time: deadline.time } : {}), label: deadline.label, kind: deadline.kind };
}

/** The JSON document of a message (before serialising). */
export function jsonPayload(message: AlertMessage): Record<string, unknown> {
  switch (message.type) {
    case 'deadline.due':
      return {
        type: message.type,
        itemId: message.item.id,
        title: message.item.title,
        url: message.item.url,
        deadline: deadlineBody(message.deadline),
        offset: message.offset,
        dueAt: message.dueAt,
      };
    case 'deadline.changed':
      return {
        type: message.type,
        itemId: message.item.id,
        title: message.item.title,
        url: message.item.url,
        deadline: message.to ? deadlineBody(message.to) : null,
        previous: message.from ? deadlineBody(message.from) : null,
        offset: null,
        dueAt: message.changedAt,
      };
    case 'digest':
      return {
        type: message.type,
        weekOf: message.weekOf,
        until: message.until,
        dueAt: message.sendAt,
        items: message.entries.map((e) => ({ itemId: e.itemId, title: e.title, url: e.url, deadline: deadlineBody(e.deadline), days: e.days })),
      };
  }
}

/** Formats a message as a generic JSON webhook request, signed when the channel has a secret. */
export function formatJson(message: AlertMessage, context: FormatContext): WebhookRequest {
  const body = JSON.stringify(jsonPayload(message));
  const timestamp = String(Math.floor(Date.parse(context.now) / 1000));
  const headers: Record<string, string> = { 'Content-Type': 'application/json', [TIMESTAMP_HEADER]: timestamp };
  if (context.secret) headers[SIGNATURE_HEADER] = signBody(context.secret, timestamp, body);
  if (context.deliveryId) headers['X-Callwatch-Delivery'] = context.deliveryId;
  return { method: 'POST', headers, body };
}
