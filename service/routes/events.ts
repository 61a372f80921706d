/**
 * GET /api/v1/events — Server-Sent Events: `change` with `{ cursor }` whenever the team's data changes, a comment
 * line every 25 s so proxies keep it open; ends when the client goes away or the service shuts down.
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../env.ts';
import { describeRoute } from '../openapi.ts';

export const eventsDocs = [
  describeRoute({
    method: 'get',
    path: '/',
    summary: 'change notifications (text/event-stream: event "change", data {"cursor": n})',
    responses: { 200: { description: 'an event stream', contentType: 'text/event-stream' } },
  }),
];

export const events = new Hono<AppEnv>().get('/', (c) => {
  const deps = c.get('deps');
  const teamId = c.get('actor').team.id;
  return streamSSE(c, async (stream) => {
    let end = (): void => {};
    const ended = new Promise<void>((resolve) => {
      end = resolve;
    });
    const unsubscribe = deps.notifier.subscribe(teamId, (cursor) => {
      void stream.writeSSE({ event: 'change', data: JSON.stringify({ cursor }), id: String(cursor) });
    });
    const heartbeat = setInterval(() => void stream.write(': keep-alive\n\n'), deps.sseHeartbeatMs);
    stream.onAbort(end);
    c.req.raw.signal?.addEventListener('abort', end);
    if (deps.shutdown?.aborted) end();
    deps.shutdown?.addEventListener('abort', end);
    try {
      await stream.write(': connected\n\n');
      await ended;
    } finally {
      clearInterval(heartbeat);
      unsubscribe();
      deps.shutdown?.removeEventListener('abort', end);
    }
  });
});
