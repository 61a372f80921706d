/**
 * A browser notification: the payload of a Web Push message and of an alert the extension shows (DESIGN.md:
 * `GET /api/v1/alerts`). Plain text only — notifications render no markup. Small on purpose: push services cap
 * payloads at about 4 kB after encryption.
 */
import { safeUrl } from './escape.ts';
import type { AlertMessage, FormatContext } from './message.ts';
import { detailLines, headline } from './text.ts';

export interface NotificationPayload {
  title: string;
  body: string;
  /** what a click opens: the item's page; none for the digest */
  url: string | null;
  /** notifications with the same tag replace each other: one per item (or one digest) on screen */
  tag: string;
}

const TITLE_MAX = 120;
const BODY_MAX = 1000;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The notification of a message. */
export function formatNotification(message: AlertMessage, context: FormatContext): NotificationPayload {
  return {
    title: clip(headline(message, context), TITLE_MAX),
    body: clip(detailLines(message, context).join('\n'), BODY_MAX),
    url: message.type === 'digest' ? null : safeUrl(message.item.url),
    tag: message.type === 'digest' ? `digest-${message.weekOf}` : `item-${message.item.id}`,
  };
}
