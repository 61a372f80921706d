/**
 * Slack and Mattermost incoming webhooks: `text` plus Block Kit `blocks`. Mattermost ignores blocks but renders
 * `text` and translates Slack's `<url|label>` links (https://docs.mattermost.com/developers/integrate/slash-commands/slack),
 * so `text` carries the whole message on its own, without Slack-only `*bold*`.
 */
import { escapeSlack, safeUrl, slackText } from './escape.ts';
import type { AlertMessage, FormatContext, WebhookRequest } from './message.ts';
import { detailLines, headline } from './text.ts';

// Block Kit limits (https://api.slack.com/reference/block-kit/blocks): header text 150 characters, section text
// 3,000, 50 blocks per message
const HEADER_MAX = 150;
const SECTION_MAX = 3000;
const BLOCKS_MAX = 50;

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

/**
 * The lines packed into as few section texts as fit Slack's limit, whole lines each, so a long digest is split
 * rather than cut; only beyond `room` sections (over 100 deadlines) the rest is counted in the last one.
 */
function sectionTexts(lines: readonly string[], room: number): string[] {
  const chunks: { text: string; lines: number }[] = [];
  for (const line of lines.map((l) => clip(l, SECTION_MAX))) {
    const last = chunks[chunks.length - 1];
    if (last && last.text.length + 1 + line.length <= SECTION_MAX) {
      last.text += `\n${line}`;
      last.lines += 1;
    } else chunks.push({ text: line, lines: 1 });
  }
  if (chunks.length <= room) return chunks.map((c) => c.text);
  const rest = chunks.slice(room - 1).reduce((n, c) => n + c.lines, 0);
  return [...chunks.slice(0, room - 1).map((c) => c.text), `… und ${rest} weitere Zeilen – alle in callwatch.`];
}

/**
 * The Slack/Mattermost payload of a message. Page text never becomes markup: the blocks are `plain_text` (Slack
 * parses no mentions, links or formatting there), and `text`, which Mattermost renders as Markdown, goes through
 * slackText.
 */
export function slackPayload(message: AlertMessage, context: FormatContext): { text: string; blocks: unknown[] } {
  const title = headline(message, context);
  const lines = detailLines(message, context);
  const url = pageUrl(message);
  const link = url ? slackLink(url, 'Zur Ausschreibung') : null;
  const text = [slackText(title), ...lines.map(slackText), ...(link ? [link] : [])].join('\n');
  const tail: unknown[] = [];
  if (url) tail.push({ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Zur Ausschreibung' }, url }] });
  tail.push({ type: 'context', elements: [{ type: 'mrkdwn', text: 'callwatch – keine Frist verpassen' }] });
  // a title too long for the header is given whole in the first section
  const sectionLines = title.length > HEADER_MAX ? [title, ...lines] : lines;
  const sections = sectionTexts(sectionLines, BLOCKS_MAX - 1 - tail.length).map((section) => ({
    type: 'section',
    text: { type: 'plain_text', text: section, emoji: false },
  }));
  const header = { type: 'header', text: { type: 'plain_text', text: clip(title, HEADER_MAX), emoji: false } };
  return { text, blocks: [header, ...sections, ...tail] };
}

/** Formats a message for a Slack or Mattermost incoming webhook. */
export function formatSlack(message: AlertMessage, context: FormatContext): WebhookRequest {
  return { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(slackPayload(message, context)) };
}
