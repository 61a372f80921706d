/**
 * One structured log line per request (pino): id, method, path, status, duration, team and member. Never the
 * query, the body or the Authorization header; feed paths carry a secret and are masked.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';

/** Masks path segments that are secrets (calendar-feed tokens). */
export function loggablePath(path: string): string {
  return path.startsWith('/ics/') ? path.replace(/^\/ics\/[^/]+/, '/ics/***') : path;
}

/** Writes the request's line once its answer is settled; `started` is its performance.now() at arrival. */
export function logRequest(c: Context<AppEnv>, started: number): void {
  const logger = c.get('deps').logger;
  if (!logger.isLevelEnabled('info')) return;
  const actor = c.get('actor');
  logger.info(
    {
      reqId: c.get('requestId'),
      method: c.req.method,
      path: loggablePath(c.req.path),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      team: actor?.team.id,
      member: actor?.member.id,
    },
    'request',
  );
}
