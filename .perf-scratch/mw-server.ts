// scratch: which middleware costs what (not part of the project)
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import pino from 'pino';
import { extensionCors } from '../service/middleware/cors.ts';
import { requestLog } from '../service/middleware/request-log.ts';
const parts = (process.env.MW ?? '').split(',');
const app = new Hono<any>();
const logger = pino({ level: 'info' }, pino.destination('/dev/null'));
const deps = { logger };
if (parts.includes('rid')) app.use('*', requestId());
app.use('*', async (c, next) => { c.set('deps', deps); await next(); });
if (parts.includes('log')) app.use('*', requestLog);
if (parts.includes('sec')) app.use('*', secureHeaders());
if (parts.includes('cors')) app.use('*', extensionCors([]));
app.get('/x', (c) => c.json({ ok: true }));
const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`PORT ${info.port}`));
