/**
 * The floor of the empty-delta-pull target, as a server (`npm run bench -- floor` starts it with the service's V8
 * flags): the least an empty delta pull must do, written by hand on one Hono app — a request id, the response headers
 * the service must send (hono/secure-headers' defaults, CORS exposure, Vary, X-Request-Id), one pino line per request
 * (batched, as the service writes them), the bearer token's SHA-256 looked up in a Map, the `since` query checked, and
 * the empty JSON answer — next to the bare route of the service's bench. No read cache, storage, valibot or
 * middleware layers: whatever the service adds on top is its own overhead; what this costs, no implementation avoids.
 * `/floor/no-log` and `/floor/no-headers` leave one requirement out, to show its share.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { hash as digest } from 'node:crypto';
import pino from 'pino';
import { SECURE_HEADERS } from '../service/middleware/secure-headers.ts';

/** the one token this server knows (FLOOR_TOKEN, set by bench/floor.ts) */
const FLOOR_TOKEN = process.env.FLOOR_TOKEN ?? '';

const logger = pino({ level: 'info' }, pino.destination({ dest: 1, sync: true, minLength: 8192, periodicFlush: 500 }));
const hash = (token: string) => digest('sha256', token, 'hex');
const actors = new Map([[hash(FLOOR_TOKEN), { team: crypto.randomUUID(), member: crypto.randomUUID() }]]);
const HEADERS = [...SECURE_HEADERS, ['Access-Control-Expose-Headers', 'Retry-After,X-Request-Id'], ['Vary', 'Origin']] as const;

type Env = { Variables: { actor: { team: string; member: string } } };

/** The empty delta pull with the given requirements left out. */
function floorPull(options: { log: boolean; headers: boolean }) {
  return async (c: import('hono').Context<Env>) => {
    const started = performance.now();
    const id = crypto.randomUUID();
    if (options.headers) {
      const outgoing = (c.env as { outgoing: import('node:http').ServerResponse }).outgoing;
      outgoing.setHeader('X-Request-Id', id);
      for (const [name, value] of HEADERS) outgoing.setHeader(name, value);
    }
    const match = /^Bearer (\S+)$/.exec(c.req.header('Authorization') ?? '');
    const actor = match ? actors.get(hash(match[1])) : undefined;
    const since = Number(c.req.query('since'));
    const res = !actor
      ? c.json({ error: { code: 'unauthorized', message: 'unknown token' } }, 401)
      : !Number.isInteger(since) || since < 0
        ? c.json({ error: { code: 'validation', message: 'invalid query: since' } }, 400)
        : c.json({ items: [], cursor: since, more: false });
    if (options.log) {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      logger.info({ reqId: id, method: c.req.method, path: c.req.path, status: res.status, ms, team: actor?.team, member: actor?.member }, 'request');
    }
    return res;
  };
}

const app = new Hono<Env>()
  .get('/bench/bare', (c) => c.json({ ok: true }))
  .get('/floor/full', floorPull({ log: true, headers: true }))
  .get('/floor/no-log', floorPull({ log: false, headers: true }))
  .get('/floor/no-headers', floorPull({ log: true, headers: false }));

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.stderr.write(`floor listening on ${info.port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
