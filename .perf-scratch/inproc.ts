// scratch: µs per request of app variants in-process (node-server's Request/Response classes, no network)
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { appDeps } from '../service/app.ts';
import type { AppEnv } from '../service/env.ts';
import { requireAuth } from '../service/middleware/auth.ts';
import { limitBody } from '../service/middleware/body-limit.ts';
import { extensionCors } from '../service/middleware/cors.ts';
import { notFound, onError } from '../service/middleware/envelope.ts';
import { requestLog } from '../service/middleware/request-log.ts';
import { createMemoryNotifier } from '../service/notifier.ts';
import { health } from '../service/routes/health.ts';
import { me } from '../service/routes/me.ts';
import { sync } from '../service/routes/sync.ts';
import { items } from '../service/routes/items.ts';
import { members } from '../service/routes/members.ts';
import { createFirstTeam } from '../service/services/members.ts';
import { ReadCache } from '../service/services/read-cache.ts';
import { openMigratedStore } from '../service/store/db.ts';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import * as extra from './extra.ts';
const store = await openMigratedStore(join(mkdtempSync(join(tmpdir(), 'cwin-')), 'x.db'));
const { token } = (await createFirstTeam(store.db, { name: 'T', adminName: 'A', at: new Date().toISOString() }))!;
const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false }));
const deps = appDeps({ db: store.db, notifier: createMemoryNotifier(), logger, readCache: new ReadCache(store.changeStamp!) });
function build(off: Set<string>) {
  const app = new Hono<AppEnv>();
  if (off.has('node')) app.use('*', (extra as any).nodeAll);
  if (!off.has('rid')) app.use('*', requestId());
  app.use('*', async (c, next) => { c.set('deps', deps); await next(); });
  if (!off.has('log')) app.use('*', requestLog);
  if (off.has('sec2')) app.use('*', (extra as any).sec2);
  else if (!off.has('sec')) app.use('*', secureHeaders());
  if (!off.has('cors')) app.use('*', extensionCors([]));
  if (!off.has('limit')) app.use('*', limitBody(1 << 20, (c) => c.text('x', 413)));
  app.use('/api/v1/*', requireAuth(deps.authFailures, deps.now));
  app.route('/health', health); app.route('/api/v1/me', me); app.route('/api/v1/members', members); app.route('/api/v1/items', items); app.route('/api/v1/sync', sync);
  app.onError(onError); app.notFound(notFound);
  return app;
}
const bare = new Hono().get('/bench/bare', (c) => c.json({ ok: true }));
// a fake request/response pair through node-server's listener, the socket writes discarded
async function run(fetch: any, path: string, n: number) {
  const listener = getRequestListener(fetch);
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const socket = new Socket(); (socket as any).write = () => true;
    const req = new IncomingMessage(socket); req.method = 'GET'; req.url = path; req.headers = { host: '127.0.0.1:1', authorization: `Bearer ${token}` }; req.rawHeaders = ['Host', '127.0.0.1:1', 'Authorization', `Bearer ${token}`];
    req.push(null);
    const res = new ServerResponse(req); (res as any)._send = () => true; (res as any)._writeRaw = () => true;
    await listener(req, res);
    if (res.statusCode !== 200) throw new Error(`${path} ${res.statusCode}`);
  }
  return Number(process.hrtime.bigint() - t) / n / 1000;
}
const variants = process.argv.slice(2);
for (let round = 0; round < 3; round++) for (const v of variants) {
  const app = v === 'bare' ? bare : build(new Set(v.split(',')));
  const path = v === 'bare' ? '/bench/bare' : process.env.P ?? '/api/v1/sync/pull?since=0';
  await run(app.fetch, path, 3000);
  console.log(round, v.padEnd(24), (await run(app.fetch, path, 20000)).toFixed(2), 'µs');
}
