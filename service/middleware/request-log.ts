/**
 * One structured log line per request (pino): id, method, path, status, duration, team and member. Never the
 * query, the body or the Authorization header; feed paths carry a secret and are masked.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';

/** Masks path segments that are secrets (calendar-feed tokens). */
export function loggablePath(path: string): string {
  return path.replace(/^\/ics\/[^/]+/, '/ics/***');
}

export const requestLog = createMiddleware<AppEnv>(async (c, next) => {
  const started = performance.now();
  try {
    await next();
  } finally {
    const actor = c.get('actor');
    c.get('deps').logger.info(
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
});
