/** GET /health — liveness, no auth. */
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { describeRoute } from '../openapi.ts';
import { HealthSchema } from '../schemas.ts';

export const healthDocs = [
  describeRoute({ method: 'get', path: '/', summary: 'service is up', auth: false, responses: { 200: { description: 'ok', schema: HealthSchema } } }),
];

export const health = new Hono<AppEnv>().get('/', (c) => c.json({ ok: true as const, version: c.get('deps').version }));
