/** Hono's environment of the callwatch app: what middleware puts on the context for routes. */
import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { AlertSettings } from './alerts/runtime.ts';
import type { Actor, ServiceDeps } from './services/context.ts';
import type { SourcesRuntime } from './sources/runtime.ts';
import type { MailRuntime } from './mail/runtime.ts';

/** Everything createApp() receives (tests inject their own). */
export interface AppDeps extends ServiceDeps {
  logger: Logger;
  version: string;
  /** extra allowed CORS origins besides extension origins (CALLWATCH_ORIGINS) */
  origins: string[];
  /** ms between SSE keep-alive comments (25 s; tests shorten it) */
  sseHeartbeatMs: number;
  /** aborted at shutdown: open SSE streams end so the server can close */
  shutdown?: AbortSignal;
  /** the caller's address for the failed-auth limit */
  clientAddress: (c: Context) => string;
  authFailures: { limit: number; windowMs: number };
  /** watched sources: address policy and scrape engine (service/sources/runtime.ts); a default is made when absent */
  sources?: SourcesRuntime;
  /** alert delivery and calendar-feed settings (service/alerts/runtime.ts) */
  alerts?: AlertSettings;
  /** team mailboxes: address policy, password key and poller (service/mail/runtime.ts); a default is made when absent */
  mail?: MailRuntime;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    actor: Actor;
    requestId: string;
  };
}
