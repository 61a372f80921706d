/** Escaping for the formats that carry markup: page text is plain text and must never become markup. */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text or attribute value (quotes included, so it is safe inside attributes too). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/** Slack's three control characters (https://api.slack.com/reference/surfaces/formatting#escaping): no `<!channel>`, `<@U1>`, `<url|text>`. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const WORD_JOINER = '\u2060';

/**
 * "@channel", "@all", "@here", "@room", "@anna" that no chat reads as a mention: an invisible word joiner after an
 * "@" that starts a word (an e-mail address such as info@foerderung.de is left alone).
 */
function breakMentions(text: string): string {
  return text.replace(/(^|[^\p{L}\p{N}_.+-])@(?=[\p{L}\p{N}_])/gu, `$1@${WORD_JOINER}`);
}

/**
 * Page text → Slack/Mattermost message text (Mattermost renders it as Markdown): Slack's control characters escaped,
 * mentions broken, and the Markdown of links `[text](url)`, images `![alt](url)`, emphasis, code, strike-through,
 * tables, headings and lists backslash-escaped (CommonMark), so the page's text stays text.
 */
export function slackText(text: string): string {
  return escapeSlack(breakMentions(text))
    .replace(/[\\`*_~[\]|]/g, '\\$&')
    .replace(/^(\s*)([-+=#])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** Page text → a Matrix `body`: no `@room` or user mention (the event also says `"m.mentions": {}`). */
export function matrixText(text: string): string {
  return breakMentions(text);
}

/** Page text → Matrix `formatted_body` HTML: mentions broken, then every markup character escaped. */
export function matrixHtml(text: string): string {
  return escapeHtml(breakMentions(text));
}

/**
 * Page text → a Teams card element. A RichTextBlock's TextRuns are never read as Markdown (TextBlock and Fact
 * values are, and Teams clients differ in honouring backslash escapes), so `[label](url)` stays text.
 */
export function teamsText(text: string, style: { weight?: 'Bolder'; size?: 'Medium' } = {}): Record<string, unknown> {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text, ...style }] };
}

/** An http(s) URL, or null: a link target from a page must not be `javascript:` or anything else. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
