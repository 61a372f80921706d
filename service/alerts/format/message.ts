/**
 * What an alert says, before any channel's format: a deadline coming up, a deadline that moved ("Frist geändert"),
 * or the weekly digest. Built by the delivery step from the rules' output (shared/alerts.ts) and the item.
 */
import type { Deadline } from '../../../shared/schema.ts';
import type { DigestEntry } from '../../../shared/alerts.ts';

/** The item fields the texts show. */
export interface AlertItemView {
  id: string;
  title: string;
  /** the call's or event's own page */
  url: string | null;
  organizer?: string | null;
}

export interface DeadlineDueMessage {
  type: 'deadline.due';
  item: AlertItemView;
  deadline: Deadline;
  /** days before the deadline the alert stands for (the rule's offset) */
  offset: number;
  /** the alert's slot, ISO UTC */
  dueAt: string;
}

export interface DeadlineChangedMessage {
  type: 'deadline.changed';
  item: AlertItemView;
  /** null: a deadline was added */
  from: Deadline | null;
  /** null: a deadline was removed */
  to: Deadline | null;
  /** when the change was seen, ISO UTC */
  changedAt: string;
}

export interface DigestMessage {
  type: 'digest';
  /** the Monday, "YYYY-MM-DD" */
  weekOf: string;
  /** last day covered, "YYYY-MM-DD" */
  until: string;
  sendAt: string;
  entries: DigestEntry[];
}

export type AlertMessage = DeadlineDueMessage | DeadlineChangedMessage | DigestMessage;

/** Per-delivery facts every format may need. */
export interface FormatContext {
  /** the delivery time, ISO UTC: countdowns are computed from it, and the signature timestamp */
  now: string;
  /** the channel's secret (signs `json` bodies; for `matrix` the access token) */
  secret?: string;
  /** the outbox's delivery id, for receivers that de-duplicate */
  deliveryId?: string;
}

/** One HTTP request to a webhook URL (the delivery step adds the URL, timeouts and retries). */
export interface WebhookRequest {
  method: 'POST' | 'PUT';
  headers: Record<string, string>;
  /** the raw body, exactly as signed */
  body: string;
}
