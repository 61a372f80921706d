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
import { mountDocs, type RouteDoc } from './openapi.ts';
import { alerts, alertsDocs } from './routes/alerts.ts';
import { corrections, correctionsDocs, MAX_CORRECTION_BODY_BYTES } from './routes/corrections.ts';
import { teamSettingsDocs, teamSettingsRoute } from './routes/team-settings.ts';
import { profiles, profilesDocs } from './routes/profiles.ts';
import { events, eventsDocs } from './routes/events.ts';
import { extract, extractDocs, MAX_UPLOAD_PDF_BYTES } from './routes/extract.ts';
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

/** A mounted route file: its Hono app under `base`, described by `docs` whose paths are relative to `base`. */
export interface Route {
  base: string;
  app: Hono<AppEnv>;
  docs: readonly RouteDoc[];
}

/** Every route of the service but the OpenAPI document (which describes these and itself), in mount order. */
export const ROUTES: readonly Route[] = [
  { base: '/health', app: health, docs: healthDocs },
  { base: '/api/v1/me', app: me, docs: meDocs },
  { base: '/api/v1/members', app: members, docs: membersDocs },
  { base: '/api/v1/items', app: items, docs: itemsDocs },
  { base: '/api/v1/sync', app: sync, docs: syncDocs },
  { base: '/api/v1/events', app: events, docs: eventsDocs },
  { base: '/api/v1/alerts', app: alerts, docs: alertsDocs },
  { base: '/api/v1/items', app: mutes, docs: mutesDocs },
  { base: '/api/v1/feeds', app: feeds, docs: feedsDocs },
  { base: '/ics', app: ics, docs: icsDocs },
  { base: '/unsubscribe', app: unsubscribeRoute, docs: unsubscribeDocs },
  { base: '/api/v1/sources', app: sources, docs: sourcesDocs },
  { base: '/api/v1/source-presets', app: sourcePresets, docs: sourcePresetsDocs },
  { base: '/api/v1/extract', app: extract, docs: extractDocs },
  { base: '/api/v1/mailboxes', app: mailboxes, docs: mailboxesDocs },
  { base: '/api/v1/corrections', app: corrections, docs: correctionsDocs },
  { base: '/api/v1/team/settings', app: teamSettingsRoute, docs: teamSettingsDocs },
  { base: '/api/v1/profiles', app: profiles, docs: profilesDocs },
];

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

/** Builds the app; routes are mounted from one table (ROUTES), which also feeds the OpenAPI document. */
export function createApp(input: CreateAppDeps): Hono<AppEnv> {
  const deps = appDeps(input);
  const app = new Hono<AppEnv>();
  const bodyLimit = limitBody(MAX_BODY_BYTES, (c) => errorResponse(c, 413, 'payload_too_large', 'request body larger than 1 MB'));
  // a correction carries its page (≤ 2 MB): that one route takes bodies up to 8 MB
  const correctionLimit = limitBody(MAX_CORRECTION_BODY_BYTES, (c) => errorResponse(c, 413, 'payload_too_large', 'request body larger than 8 MB'));
  // a PDF from the user's disk comes as its bytes (≤ 20 MB): that route takes bodies up to that
  const uploadLimit = limitBody(MAX_UPLOAD_PDF_BYTES, (c) => errorResponse(c, 413, 'payload_too_large', 'request body larger than 20 MB'));
  const limitFor = (path: string) => (path === '/api/v1/corrections' ? correctionLimit : path === '/api/v1/extract/pdf' ? uploadLimit : bodyLimit);
  app.use('*', edge(deps, { limitBody: (c, next) => limitFor(c.req.path)(c, next) }));
  app.use('/api/v1/*', requireAuth(deps.authFailures, deps.now));

  const docs = ROUTES.flatMap((route) => mountDocs(route.base, route.docs));
  const openapi: Route = { base: '/api/v1/openapi.json', app: openapiRoute([...docs, ...mountDocs('/api/v1/openapi.json', openapiDocs)]), docs: openapiDocs };
  for (const route of [...ROUTES, openapi]) app.route(route.base, route.app);

  app.onError(onError);
  app.notFound(notFound);
  return app;
}
