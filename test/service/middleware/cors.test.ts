import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { corsPolicy } from '../../../service/middleware/cors.ts';

const cors = corsPolicy(['https://intranet.example']);
const app = new Hono()
  .use('*', async (c, next) => {
    const preflight = cors(c);
    if (preflight) return preflight;
    await next();
  })
  .get('/x', (c) => c.json({ ok: true }));

describe('corsPolicy', () => {
  it('sets the CORS headers on the handler’s own response, whatever the origin', async () => {
    const allowed = await app.request('/x', { headers: { Origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' } });
    expect(await allowed.json()).toEqual({ ok: true });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefghijklmnopabcdefghijklmnop');
    expect(allowed.headers.get('access-control-expose-headers')).toBe('Retry-After,X-Request-Id');
    expect(allowed.headers.get('vary')).toBe('Origin');
    const other = await app.request('/x', { headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('vary')).toBe('Origin');
  });

  it('answers a preflight with 204 and the allowed methods and headers', async () => {
    const res = await app.request('/x', { method: 'OPTIONS', headers: { Origin: 'https://intranet.example', 'Access-Control-Request-Method': 'PATCH' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://intranet.example');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST,PUT,PATCH,DELETE,OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toBe('Authorization,Content-Type');
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(res.headers.get('vary')).toBe('Origin, Access-Control-Request-Headers');
  });
});
