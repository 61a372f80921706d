/**
 * A request id on every answer (X-Request-Id) and in the log line: the caller's own when it is a plausible id
 * (≤ 255 word characters, '-' or '='), else a random UUID — as hono/request-id, but the header goes out through
 * setResponseHeader (response-headers.ts).
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { setResponseHeader } from './response-headers.ts';

const PLAUSIBLE_ID = /^[\w\-=]{1,255}$/;

export const requestId = createMiddleware<AppEnv>(async (c, next) => {
  const given = c.req.header('X-Request-Id');
  const id = given && PLAUSIBLE_ID.test(given) ? given : crypto.randomUUID();
  c.set('requestId', id);
  setResponseHeader(c, 'X-Request-Id', id);
  await next();
});
