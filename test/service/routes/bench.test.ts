import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { serviceOptions } from '../../../service/main.ts';
import { withBenchRoutes } from '../../../service/routes/bench.ts';

describe('bench route (CALLWATCH_BENCH_ROUTES=1)', () => {
  const app = new Hono().get('*', (c) => c.text(`app ${c.req.path}`));
  const fetch = withBenchRoutes(app.fetch);

  it('answers GET /bench/bare itself and hands every other request to the app', async () => {
    const bare = await fetch(new Request('http://127.0.0.1:1/bench/bare'));
    expect(bare.status).toBe(200);
    expect(await bare.json()).toEqual({ ok: true });
    expect(await (await fetch(new Request('http://127.0.0.1:1/bench/bare?x=1'))).json()).toEqual({ ok: true });
    for (const path of ['/bench/barely', '/api/v1/bench/bare', '/health']) {
      expect(await (await fetch(new Request(`http://127.0.0.1:1${path}`))).text()).toBe(`app ${path}`);
    }
  });

  it('is on only when the environment asks for it', () => {
    expect(serviceOptions({}, { env: {}, cwd: '/tmp' }).benchRoutes).toBe(false);
    expect(serviceOptions({}, { env: { CALLWATCH_BENCH_ROUTES: '1' }, cwd: '/tmp' }).benchRoutes).toBe(true);
  });
});
