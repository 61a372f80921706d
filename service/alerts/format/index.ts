/**
 * The webhook formats a channel can choose (DESIGN.md "HTTP API": `format: "json" | "slack" | "teams" |
 * "matrix"`), one file each. A typed registry: adding a format to the list without its formatter, or the other
 * way round, is a compile error; test/service/alerts/format/index.test.ts checks every file is listed.
 */
import { WEBHOOK_FORMATS } from '../../../shared/api/alerts.ts';
import { formatJson } from './json.ts';
import { formatMatrix } from './matrix.ts';
import type { AlertMessage, FormatContext, WebhookRequest } from './message.ts';
import { formatSlack } from './slack.ts';
import { formatTeams } from './teams.ts';

/** the list is the API's contract (shared/api/alerts.ts) */
export { WEBHOOK_FORMATS };
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];
export type Formatter = (message: AlertMessage, context: FormatContext) => WebhookRequest;

export const formatters: Record<WebhookFormat, Formatter> = {
  json: formatJson,
  slack: formatSlack,
  teams: formatTeams,
  matrix: formatMatrix,
};

/** The request a webhook channel of that format gets for a message. */
export function formatWebhook(format: WebhookFormat, message: AlertMessage, context: FormatContext): WebhookRequest {
  return formatters[format](message, context);
}

export type { AlertItemView, AlertMessage, DeadlineChangedMessage, DeadlineDueMessage, DigestMessage, FormatContext, WebhookRequest } from './message.ts';
export { formatEmail } from './email.ts';
export type { EmailContent } from './email.ts';
export { formatNotification } from './notification.ts';
export type { NotificationPayload } from './notification.ts';
export { SIGNATURE_HEADER, TIMESTAMP_HEADER, signBody, verifySignature } from './signature.ts';
