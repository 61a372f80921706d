/** GET /api/v1/me — the caller's member, team and role. */
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { describeRoute } from '../openapi.ts';
import { MeSchema } from '../../shared/api/members.ts';

export const meDocs = [
  describeRoute({ method: 'get', path: '/', summary: 'who the token belongs to', responses: { 200: { description: 'member, team, role', schema: MeSchema } } }),
];

export const me = new Hono<AppEnv>().get('/', (c) => {
  const { member, team } = c.get('actor');
  return c.json({ member, team, role: member.role });
});
