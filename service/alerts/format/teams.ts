/**
 * Microsoft Teams through a Workflows ("When a Teams webhook request is received") URL: a message with one
 * Adaptive Card 1.4 attachment. The old Office 365 connectors (MessageCard) are retired, so there is no
 * MessageCard fallback. Card text is plain (TextBlock); links go into Action.OpenUrl only.
 */
import { germanDeadlineDate } from '../../../shared/alerts.ts';
import { safeUrl } from './escape.ts';
import type { AlertMessage, FormatContext, WebhookRequest } from './message.ts';
import { countdownAt, deadlineLabel, detailLines, headline } from './text.ts';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

type CardElement = Record<string, unknown>;

function facts(message: AlertMessage, context: FormatContext): CardElement[] {
  if (message.type === 'deadline.due') {
    const list = [
      { title: deadlineLabel(message.deadline), value: germanDeadlineDate(message.deadline) },
      { title: 'Noch', value: countdownAt(message.deadline, context) },
    ];
    if (message.item.organizer) list.push({ title: 'Von', value: message.item.organizer });
    return [{ type: 'FactSet', facts: list }];
  }
  // changes and the digest read better as lines than as facts
  return detailLines(message, context).map((text) => ({ type: 'TextBlock', text, wrap: true, spacing: 'Small' }));
}

/** The Adaptive Card (1.4) of a message. */
export function adaptiveCard(message: AlertMessage, context: FormatContext): CardElement {
  const url = message.type === 'digest' ? null : safeUrl(message.item.url);
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body: [{ type: 'TextBlock', text: headline(message, context), weight: 'Bolder', size: 'Medium', wrap: true }, ...facts(message, context)],
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
