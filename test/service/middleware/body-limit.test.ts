import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { limitBody } from '../../../service/middleware/body-limit.ts';

function app() {
  return new Hono()
    .use('*', limitBody(10, (c) => c.text('too large', 413)))
    .post('/echo', async (c) => c.text(await c.req.text()))
    .get('/read', (c) => c.text('ok'));
}

describe('limitBody', () => {
  it('refuses a body over the limit and passes one within it', async () => {
    expect((await app().request('/echo', { method: 'POST', body: 'x'.repeat(11) })).status).toBe(413);
    const ok = await app().request('/echo', { method: 'POST', body: 'x'.repeat(10) });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('x'.repeat(10));
  });

  it('counts a chunked body without Content-Length as it streams', async () => {
    const body = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode('xxxxx'));
        controller.close();
      },
    });
    const res = await app().request('/echo', { method: 'POST', body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('lets GET through without looking at a body', async () => {
    const res = await app().request('/read');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
  });
});
