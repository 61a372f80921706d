/**
 * Matrix: the content of an `m.room.message` event, sent with the client-server API
 * `PUT /_matrix/client/v3/rooms/{roomId}/send/m.room.message/{txnId}` — the channel URL is that path without the
 * transaction id, which the delivery appends (the outbox's delivery id, so a retry is not posted twice); the
 * channel's secret is the bot's access token. `m.text`, not `m.notice`: default push rules silence notices, and
 * an alert is meant to notify. `formatted_body` is HTML, so every piece of page text in it is escaped.
 */
import { escapeHtml, safeUrl } from './escape.ts';
import type { AlertMessage, FormatContext, WebhookRequest } from './message.ts';
import { detailLines, headline } from './text.ts';

/** The m.room.message content of a message. */
export function matrixContent(message: AlertMessage, context: FormatContext): { msgtype: 'm.text'; body: string; format: 'org.matrix.custom.html'; formatted_body: string } {
  const title = headline(message, context);
  const lines = detailLines(message, context);
  const url = message.type === 'digest' ? null : safeUrl(message.item.url);
  const body = [title, ...lines, ...(url ? [url] : [])].join('\n');
  const html = [
    `<strong>${escapeHtml(title)}</strong>`,
    ...lines.map(escapeHtml),
    ...(url ? [`<a href="${escapeHtml(url)}">Zur Ausschreibung</a>`] : []),
  ].join('<br>');
  return { msgtype: 'm.text', body, format: 'org.matrix.custom.html', formatted_body: html };
}

/** Formats a message as a Matrix room message (PUT; the delivery appends the transaction id to the URL). */
export function formatMatrix(message: AlertMessage, context: FormatContext): WebhookRequest {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (context.secret) headers.Authorization = `Bearer ${context.secret}`;
  return { method: 'PUT', headers, body: JSON.stringify(matrixContent(message, context)) };
}
