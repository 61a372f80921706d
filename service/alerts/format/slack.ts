/**
 * Slack and Mattermost incoming webhooks: `text` plus Block Kit `blocks`. Mattermost ignores blocks but renders
 * `text` and translates Slack's `<url|label>` links (https://docs.mattermost.com/developers/integrate/slash-commands/slack),
 * so `text` carries the whole message on its own, without Slack-only `*bold*`.
 */
import { escapeSlack, safeUrl } from './escape.ts';
import type { AlertMessage, FormatContext, WebhookRequest } from './message.ts';
import { detailLines, headline } from './text.ts';

// Block Kit limits: header text 150 characters, section text 3,000
const HEADER_MAX = 150;
const SECTION_MAX = 3000;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** `<url|label>` with the characters that would end the link encoded. */
function slackLink(url: string, label: string): string {
  const target = url.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E');
  return `<${target}|${escapeSlack(label)}>`;
}

function pageUrl(message: AlertMessage): string | null {
  return message.type === 'digest' ? null : safeUrl(message.item.url);
}

/** The Slack/Mattermost payload of a message. */
export function slackPayload(message: AlertMessage, context: FormatContext): { text: string; blocks: unknown[] } {
  const title = headline(message, context);
  const lines = detailLines(message, context).map(escapeSlack);
  const url = pageUrl(message);
  const link = url ? slackLink(url, 'Zur Ausschreibung') : null;
  const text = [escapeSlack(title), ...lines, ...(link ? [link] : [])].join('\n');
  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(title, HEADER_MAX), emoji: false } },
    { type: 'section', text: { type: 'mrkdwn', text: clip(lines.join('\n'), SECTION_MAX) } },
  ];
  if (url) {
    blocks.push({ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Zur Ausschreibung' }, url }] });
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: 'callwatch – keine Frist verpassen' }] });
  return { text, blocks };
}

/** Formats a message for a Slack or Mattermost incoming webhook. */
export function formatSlack(message: AlertMessage, context: FormatContext): WebhookRequest {
  return { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(slackPayload(message, context)) };
}
