/**
 * Matrix: the content of an `m.room.message` event, sent with the client-server API
 * `PUT /_matrix/client/v3/rooms/{roomId}/send/m.room.message/{txnId}` — the channel URL is that path without the
 * transaction id, which the delivery appends (the outbox's delivery id, so a retry is not posted twice); the
 * channel's secret is the bot's access token. `m.text`, not `m.notice`: default push rules silence notices, and
 * an alert is meant to notify. Page text never mentions anyone: `"m.mentions": {}` (MSC3952: the event mentions
 * nobody, so no legacy `@room` or display-name rule fires), and `@room`/`@user` in the text are broken anyway for
 * older clients; `formatted_body` is HTML, so every piece of page text in it is escaped.
 */
import { escapeHtml, matrixHtml, matrixText, safeUrl } from './escape.ts';
import type { AlertMessage, FormatContext, WebhookRequest } from './message.ts';
import { detailLines, headline } from './text.ts';

/** The m.room.message content of a message. */
export function matrixContent(
  message: AlertMessage,
  context: FormatContext,
): { msgtype: 'm.text'; body: string; format: 'org.matrix.custom.html'; formatted_body: string; 'm.mentions': Record<string, never> } {
  const title = headline(message, context);
  const lines = detailLines(message, context);
  const url = message.type === 'digest' ? null : safeUrl(message.item.url);
  const body = [matrixText(title), ...lines.map(matrixText), ...(url ? [url] : [])].join('\n');
  const html = [
    `<strong>${matrixHtml(title)}</strong>`,
    ...lines.map(matrixHtml),
    ...(url ? [`<a href="${escapeHtml(url)}">Zur Ausschreibung</a>`] : []),
  ].join('<br>');
  return { msgtype: 'm.text', body, format: 'org.matrix.custom.html', formatted_body: html, 'm.mentions': {} };
}

/** Formats a message as a Matrix room message (PUT; the delivery appends the transaction id to the URL). */
export function formatMatrix(message: AlertMessage, context: FormatContext): WebhookRequest {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (context.secret) headers.Authorization = `Bearer ${context.secret}`;
  return { method: 'PUT', headers, body: JSON.stringify(matrixContent(message, context)) };
}
