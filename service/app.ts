/**
 * createApp(deps) → the Hono app: a pure fetch handler built from injected dependencies (storage, wall time, notifier,
 * logger). Only service/main.ts reads the environment and calls serve().
 */
import { Hono } from 'hono';
import pino from 'pino';
import type { AppDeps, AppEnv } from './env.ts';
import { requireAuth } from './middleware/auth.ts';
import { limitBody } from './middleware/body-limit.ts';
import { socketAddress } from './middleware/client-address.ts';
import { edge } from './middleware/edge.ts';
import { errorResponse, notFound, onError } from './middleware/envelope.ts';
import type { RouteDoc } from './openapi.ts';
import { alerts, alertsDocs } from './routes/alerts.ts';
import { corrections, correctionsDocs, MAX_CORRECTION_BODY_BYTES } from './routes/corrections.ts';
import { teamSettingsDocs, teamSettingsRoute } from './routes/team-settings.ts';
import { profiles, profilesDocs } from './routes/profiles.ts';
import { events, eventsDocs } from './routes/events.ts';
import { extract, extractDocs } from './routes/extract.ts';
import { feeds, feedsDocs } from './routes/feeds.ts';
import { ics, icsDocs } from './routes/ics.ts';
import { unsubscribeDocs, unsubscribeRoute } from './routes/unsubscribe.ts';
import { mutes, mutesDocs } from './routes/mutes.ts';
import { health, healthDocs } from './routes/health.ts';
import { items, itemsDocs } from './routes/items.ts';
import { mailboxes, mailboxesDocs } from './routes/mailboxes.ts';
import { me, meDocs } from './routes/me.ts';
import { members, membersDocs } from './routes/members.ts';
import { openapiDocs, openapiRoute } from './routes/openapi.ts';
import { sourcePresets, sourcePresetsDocs } from './routes/source-presets.ts';
import { sources, sourcesDocs } from './routes/sources.ts';
import { sync, syncDocs } from './routes/sync.ts';
import { VERSION } from './version.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

/** What createApp needs at least; the rest has defaults. */
export type CreateAppDeps = Pick<AppDeps, 'db' | 'notifier'> & Partial<AppDeps>;

/** Fills in the defaults of the app's dependencies. */
export function appDeps(deps: CreateAppDeps): AppDeps {
  const now = deps.now ?? Date.now;
  return {
    ...deps,
    now,
    logger: deps.logger ?? pino({ level: 'silent' }),
    version: deps.version ?? VERSION,
    origins: deps.origins ?? [],
    sseHeartbeatMs: deps.sseHeartbeatMs ?? 25_000,
    clientAddress: deps.clientAddress ?? socketAddress,
    authFailures: deps.authFailures ?? { limit: 30, windowMs: 60_000 },
  };
}

/** Builds the app; routes are mounted from one list, which also feeds the OpenAPI document. */
export function createApp(input: CreateAppDeps): Hono<AppEnv> {
  const deps = appDeps(input);
  const app = new Hono<AppEnv>();
  const bodyLimit = limitBody(MAX_BODY_BYTES, (c) => errorResponse(c, 413, 'payload_too_large', 'request body larger than 1 MB'));
  // a correction carries its page (≤ 2 MB): that one route takes bodies up to 8 MB
  const correctionLimit = limitBody(MAX_CORRECTION_BODY_BYTES, (c) => errorResponse(c, 413, 'payload_too_large', 'request body larger than 8 MB'));
  app.use('*', edge(deps, { limitBody: (c, next) => (c.req.path === '/api/v1/corrections' ? correctionLimit : bodyLimit)(c, next) }));
  app.use('/api/v1/*', requireAuth(deps.authFailures, deps.now));

  const docs: RouteDoc[] = [...healthDocs, ...meDocs, ...membersDocs, ...itemsDocs, ...syncDocs, ...eventsDocs, ...sourcesDocs, ...openapiDocs];
  docs.push(...mailboxesDocs);
  docs.push(...alertsDocs, ...mutesDocs, ...feedsDocs, ...icsDocs, ...unsubscribeDocs, ...extractDocs, ...sourcePresetsDocs, ...correctionsDocs, ...teamSettingsDocs, ...profilesDocs);
  app.route('/health', health);
  app.route('/api/v1/me', me);
  app.route('/api/v1/members', members);
  app.route('/api/v1/items', items);
  app.route('/api/v1/sync', sync);
  app.route('/api/v1/events', events);
  app.route('/api/v1/alerts', alerts);
  app.route('/api/v1/items', mutes);
  app.route('/api/v1/feeds', feeds);
  app.route('/ics', ics);
  app.route('/unsubscribe', unsubscribeRoute);
  app.route('/api/v1/sources', sources);
  app.route('/api/v1/source-presets', sourcePresets);
  app.route('/api/v1/extract', extract);
  app.route('/api/v1/mailboxes', mailboxes);
  app.route('/api/v1/corrections', corrections);
  app.route('/api/v1/team/settings', teamSettingsRoute);
  app.route('/api/v1/profiles', profiles);
  app.route('/api/v1/openapi.json', openapiRoute(docs));

  app.onError(onError);
  app.notFound(notFound);
  return app;
}
