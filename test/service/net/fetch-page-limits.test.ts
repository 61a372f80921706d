import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../../service/net/fetch-error.ts';
import { fetchPage, type FetchPageOptions } from '../../../service/net/fetch-page.ts';
import { rejection, startServer, type LocalServer } from './local-server.ts';

const local: FetchPageOptions = { allowPrivate: true, timeoutMs: 2000 };
const MB = 1024 * 1024;

/** Bytes the huge-body routes managed to hand to the socket before the client hung up. */
let bytesSent = 0;

/** Streams `total` bytes of HTML in 64 KB chunks, honouring backpressure, until done or the client closes. */
function streamHuge(res: ServerResponse, total: number): void {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  bytesSent = 0;
  let closed = false;
  res.on('close', () => (closed = true));
  const pump = () => {
    while (!closed && bytesSent < total) {
      bytesSent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!closed) res.end();
  };
  pump();
}

let server: LocalServer;
beforeAll(async () => {
  server = await startServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const hop = Number(url.searchParams.get('hop') ?? 0);
    const { pathname } = url;
    if (pathname === '/huge-chunked') {
      res.writeHead(200, { 'content-type': 'text/html' });
      streamHuge(res, 50 * MB);
    } else if (pathname === '/huge-declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * MB) });
      streamHuge(res, 50 * MB);
    } else if (pathname === '/gzip-bomb') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(20 * MB, ' ')));
    } else if (pathname === '/never-ends') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>Antragsfrist');
      // …and nothing more: the socket stays open until the client gives up
    } else if (pathname === '/no-answer') {
      // headers never come
    } else if (pathname === '/trickle') {
      // a byte every 100 ms: no single read is slow, only the whole body is
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('.'), 100);
      res.on('close', () => clearInterval(timer));
    } else if (pathname === '/chain') {
      // /chain?hop=k&to=n redirects until hop n, then answers
      const to = Number(url.searchParams.get('to'));
      if (hop < to) res.writeHead(302, { location: `/chain?hop=${hop + 1}&to=${to}` }).end();
      else res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>arrived after ${hop}</p>`);
    } else if (pathname === '/loop-a') {
      res.writeHead(301, { location: '/loop-b' }).end();
    } else if (pathname === '/loop-b') {
      res.writeHead(307, { location: `${server.origin}/loop-a` }).end();
    } else if (pathname === '/see-other') {
      res.writeHead(303, { location: 'chain?hop=0&to=0' }).end();
    } else {
      res.writeHead(404).end();
    }
  });
});
afterAll(() => server.close());

async function fetchError(path: string, options: FetchPageOptions = local): Promise<FetchError> {
  const error = await rejection(() => fetchPage(`${server.origin}${path}`, options));
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('size cap', () => {
  it('stops a 50 MB streamed body soon after the cap, without reading it all', async () => {
    const started = Date.now();
    const error = await fetchError('/huge-chunked', { ...local, maxBytes: 1 * MB });
    expect(error).toMatchObject({ code: 'too_large', details: { limit: MB } });
    expect(Date.now() - started).toBeLessThan(2000);
    // the server could only push the cap plus what socket buffers hold before the client hung up
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bytesSent).toBeLessThan(8 * MB);
  });

  it('uses a 5 MB cap by default', async () => {
    const error = await fetchError('/huge-chunked');
    expect(error).toMatchObject({ code: 'too_large', details: { limit: 5 * MB } });
    expect(error.message).toContain('5 MB');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bytesSent).toBeLessThan(12 * MB);
  });

  it('refuses an announced 50 MB body before reading it', async () => {
    const error = await fetchError('/huge-declared', { ...local, maxBytes: MB });
    expect(error.code).toBe('too_large');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bytesSent).toBeLessThan(8 * MB);
  });

  it('caps the decompressed size (a small gzip of 20 MB)', async () => {
    expect((await fetchError('/gzip-bomb', { ...local, maxBytes: MB })).code).toBe('too_large');
  });
});

describe('timeout', () => {
  it.each(['/never-ends', '/no-answer', '/trickle'])('gives up on %s within the limit', async (path) => {
    const started = Date.now();
    const error = await fetchError(path, { ...local, timeoutMs: 400 });
    const elapsed = Date.now() - started;
    expect(error).toMatchObject({ code: 'timeout', details: { timeoutMs: 400 } });
    expect(elapsed).toBeGreaterThanOrEqual(350);
    expect(elapsed).toBeLessThan(1500);
  });

  it('reports a caller abort as aborted, not as a timeout', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    expect((await fetchError('/never-ends', { ...local, signal: controller.signal })).code).toBe('aborted');
  });
});

describe('redirects', () => {
  it('follows 5 redirects and reports each hop', async () => {
    const result = await fetchPage(`${server.origin}/chain?hop=0&to=5`, local);
    expect(result.html).toBe('<p>arrived after 5</p>');
    expect(result.url).toBe(`${server.origin}/chain?hop=5&to=5`);
    expect(result.redirects).toHaveLength(5);
  });

  it('refuses a 6th redirect', async () => {
    const before = server.requests.length;
    const error = await fetchError('/chain?hop=0&to=6');
    expect(error.code).toBe('too_many_redirects');
    expect(server.requests.length - before).toBe(6);
  });

  it('honours a smaller maxRedirects', async () => {
    expect((await fetchError('/chain?hop=0&to=2', { ...local, maxRedirects: 1 })).code).toBe('too_many_redirects');
  });

  it('detects a redirect loop at once', async () => {
    const before = server.requests.length;
    const error = await fetchError('/loop-a');
    expect(error).toMatchObject({ code: 'too_many_redirects', details: { reason: 'redirect loop' } });
    expect(server.requests.length - before).toBe(2);
  });

  it('resolves relative Location headers (303)', async () => {
    const result = await fetchPage(`${server.origin}/see-other`, local);
    expect(result).toMatchObject({ html: '<p>arrived after 0</p>', redirects: [`${server.origin}/chain?hop=0&to=0`] });
  });
});
