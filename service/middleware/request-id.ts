/**
 * The request id of every answer (X-Request-Id) and log line: the caller's own when it is a plausible id
 * (≤ 255 word characters, '-' or '='), else a random UUID — as hono/request-id does.
 */
import type { Context } from 'hono';

const PLAUSIBLE_ID = /^[\w\-=]{1,255}$/;

/** This request's id: the caller's plausible X-Request-Id, or a new UUID. */
export function requestIdOf(c: Context): string {
  const given = c.req.header('X-Request-Id');
  return given && PLAUSIBLE_ID.test(given) ? given : crypto.randomUUID();
}
