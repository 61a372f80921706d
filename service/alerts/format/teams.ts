/**
 * Microsoft Teams through a Workflows ("When a Teams webhook request is received") URL: a message with one
 * Adaptive Card 1.4 attachment. The old Office 365 connectors (MessageCard) are retired, so there is no
 * MessageCard fallback. Page text sits in RichTextBlocks, which Teams never reads as Markdown (a TextBlock or a
 * FactSet would turn a title's `[label](url)` into a link); links go into Action.OpenUrl only.
 */
import { safeUrl, teamsText } from './escape.ts';
import type { AlertMessage, FormatContext, WebhookRequest } from './message.ts';
import { detailLines, headline } from './text.ts';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

type CardElement = Record<string, unknown>;

/** The Adaptive Card (1.4) of a message. */
export function adaptiveCard(message: AlertMessage, context: FormatContext): CardElement {
  const url = message.type === 'digest' ? null : safeUrl(message.item.url);
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body: [teamsText(headline(message, context), { weight: 'Bolder', size: 'Medium' }), ...detailLines(message, context).map((line) => teamsText(line))],
    actions: url ? [{ type: 'Action.OpenUrl', title: 'Zur Ausschreibung', url }] : [],
  };
}

/** Formats a message for a Teams Workflows webhook. */
export function formatTeams(message: AlertMessage, context: FormatContext): WebhookRequest {
  const payload = {
    type: 'message',
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, contentUrl: null, content: adaptiveCard(message, context) }],
  };
  return { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) };
}
