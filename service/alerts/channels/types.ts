/** What every delivery channel implements (one file each, listed in ./index.ts). */
import type { Kysely } from 'kysely';
import type * as v from 'valibot';
import type { Database } from '../../store/schema.ts';
import type { AlertMessage } from '../format/message.ts';
import type { HttpSender } from '../http.ts';
import type { SmtpSender } from '../smtp.ts';
import type { VapidKeys } from '../vapid.ts';

/** One outbox row on its way out. */
export interface Delivery<Config> {
  /** the outbox row id: receivers de-duplicate by it (X-Callwatch-Delivery, Matrix txnId) */
  id: string;
  key: string;
  /** the channel row it goes out on */
  channelId: string;
  teamId: string;
  /** the member the alert is for; null for team channels (webhooks) */
  memberId: string | null;
  config: Config;
  message: AlertMessage;
}

/** What a delivery may use; `signal` ends the attempt at its timeout. */
export interface DeliveryContext {
  db: Kysely<Database>;
  /** delivery time, ISO UTC */
  now: string;
  signal: AbortSignal;
  http: HttpSender;
  smtp: SmtpSender | null;
  vapid: () => Promise<VapidKeys>;
  /** CALLWATCH_PUBLIC_URL: where recipients reach the service (one-click unsubscribe of e-mail alerts); unset: no such link */
  publicUrl?: string;
}

export interface Channel<Config> {
  /** the body of POST /api/v1/alerts/channels for this type (`type` included); null: not addable (extension) */
  schema: v.GenericSchema<unknown, Config & { type: string }> | null;
  /** team channels reach everyone and ignore mutes; member channels reach the member who added them */
  scope: 'team' | 'member';
  /** who may add one */
  adminOnly: boolean;
  /** the address the service will contact, checked against internal addresses when the channel is saved */
  target?(config: Config): { url: string; field: string };
  /** what GET /api/v1/alerts/channels shows (no secrets) */
  view(config: Config): Record<string, unknown>;
  /** delivers or throws (DeliveryError says whether to retry) */
  deliver(delivery: Delivery<Config>, context: DeliveryContext): Promise<void>;
}
