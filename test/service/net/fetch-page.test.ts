import { readFileSync } from 'node:fs';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../../service/net/fetch-error.ts';
import { createFetchPage, fetchPage, type FetchPageOptions } from '../../../service/net/fetch-page.ts';
import type { LookupFn } from '../../../service/net/ssrf.ts';
import { closedPort, rejection, startServer, type LocalServer } from './local-server.ts';

const local: FetchPageOptions = { allowPrivate: true, timeoutMs: 2000 };
const page = '<!doctype html><title>Förderaufruf</title><p>Antragsfrist: 31. März 2027 – bis zu 50.000 €</p>';

// One recorded "agency site": each path is one case of what German municipal sites really send.
const routes: Record<string, (res: import('node:http').ServerResponse, req: import('node:http').IncomingMessage) => void> = {
  '/utf8': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page),
  '/latin1-header': (res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' })
      .end(Buffer.from('<p>Gemeindeförderung für Städte</p>', 'latin1')),
  '/meta-1252': (res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>Zuschuss 5.000 '), Buffer.from([0x80]), Buffer.from(' für Straßen</p>', 'latin1')])),
  '/wrong-charset': (res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(Buffer.from('<p>Gemeindeförderung: Einsendeschluss im März</p>', 'latin1')),
  '/gzip': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }).end(gzipSync(page)),
  '/br': (res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' }).end(brotliCompressSync(page)),
  '/deflate': (res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'deflate' }).end(deflateSync(page)),
  '/etag': (res, req) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
    res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"', 'last-modified': 'Wed, 01 Apr 2026 08:00:00 GMT' }).end(page);
  },
  '/modified': (res, req) => {
    if (req.headers['if-modified-since'] === 'Wed, 01 Apr 2026 08:00:00 GMT') return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'text/html', 'last-modified': 'Wed, 01 Apr 2026 08:00:00 GMT' }).end(page);
  },
  '/error': (res) => res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Internal Server Error</h1>'),
  '/missing': (res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'),
  '/pdf': (res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
  '/feed': (res) =>
    res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Förderprogramme</title></rss>', 'latin1')),
};

let server: LocalServer;
beforeAll(async () => {
  server = await startServer((req, res) => {
    const route = routes[req.url ?? ''];
    if (route) route(res, req);
    else res.writeHead(404).end();
  });
});
afterAll(() => server.close());

async function fetchError(url: string, options: FetchPageOptions = local): Promise<FetchError> {
  const error = await rejection(() => fetchPage(url, options));
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('fetchPage (allowPrivate, real local server)', () => {
  it('fetches UTF-8 HTML and identifies itself politely', async () => {
    const result = await fetchPage(`${server.origin}/utf8`, local);
    expect(result).toMatchObject({
      url: `${server.origin}/utf8`,
      status: 200,
      html: page,
      contentType: 'text/html',
      charset: 'utf-8',
      notModified: false,
      redirects: [],
    });
    expect(result.headers['content-type']).toBe('text/html; charset=utf-8');
    const request = server.requests.at(-1)!;
    const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    expect(request.headers['user-agent']).toBe(`callwatch/${version} (+https://github.com/callwatch/callwatch)`);
    expect(request.headers.accept).toBe(
      'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/calendar;q=0.9,*/*;q=0.5',
    );
    expect(request.headers['accept-encoding']).toMatch(/br/);
  });

  it('decodes an ISO-8859-1 page declared in the header', async () => {
    const result = await fetchPage(`${server.origin}/latin1-header`, local);
    expect(result.html).toBe('<p>Gemeindeförderung für Städte</p>');
    expect(result.charset).toBe('windows-1252');
  });

  it('decodes windows-1252 declared only by <meta charset>', async () => {
    const result = await fetchPage(`${server.origin}/meta-1252`, local);
    expect(result.html).toContain('Zuschuss 5.000 € für Straßen');
    expect(result.charset).toBe('windows-1252');
  });

  it('falls back to windows-1252 when "utf-8" is declared but latin1 is sent', async () => {
    const result = await fetchPage(`${server.origin}/wrong-charset`, local);
    expect(result.html).toBe('<p>Gemeindeförderung: Einsendeschluss im März</p>');
    expect(result.charset).toBe('windows-1252');
  });

  it.each(['/gzip', '/br', '/deflate'])('decompresses %s bodies', async (path) => {
    const result = await fetchPage(`${server.origin}${path}`, local);
    expect(result.html).toBe(page);
    expect(result.headers['content-encoding']).toBe(path.slice(1));
  });

  it('reads a feed with an XML encoding declaration', async () => {
    const result = await fetchPage(`${server.origin}/feed`, local);
    expect(result).toMatchObject({ contentType: 'application/rss+xml', charset: 'windows-1252' });
    expect(result.html).toContain('<title>Förderprogramme</title>');
  });

  it('sends If-None-Match and reports 304 as notModified', async () => {
    const first = await fetchPage(`${server.origin}/etag`, local);
    expect(first).toMatchObject({ notModified: false, etag: '"v1"', lastModified: 'Wed, 01 Apr 2026 08:00:00 GMT' });
    const second = await fetchPage(`${server.origin}/etag`, { ...local, etag: first.etag });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"v1"');
    expect(second).toMatchObject({ status: 304, notModified: true, html: '', etag: '"v1"' });
  });

  it('sends If-Modified-Since and reports 304 as notModified', async () => {
    const result = await fetchPage(`${server.origin}/modified`, { ...local, lastModified: 'Wed, 01 Apr 2026 08:00:00 GMT' });
    expect(result).toMatchObject({ notModified: true, lastModified: 'Wed, 01 Apr 2026 08:00:00 GMT' });
    expect((await fetchPage(`${server.origin}/modified`, local)).notModified).toBe(false);
  });

  it('turns 500 and 404 into http_error with the status', async () => {
    expect(await fetchError(`${server.origin}/error`)).toMatchObject({ code: 'http_error', status: 500 });
    const notFound = await fetchError(`${server.origin}/missing`);
    expect(notFound).toMatchObject({ code: 'http_error', status: 404 });
    expect(notFound.message).toContain('404');
  });

  it('refuses a PDF as not_html without reading it', async () => {
    expect(await fetchError(`${server.origin}/pdf`)).toMatchObject({ code: 'not_html', details: { contentType: 'application/pdf' } });
  });

  it('reports an unresolvable host as dns', async () => {
    const lookup: LookupFn = async (hostname) => {
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    };
    const error = await fetchError('https://foerderung.nirgendwo.example/', { ...local, lookup });
    expect(error.code).toBe('dns');
    expect(error.message).toContain('foerderung.nirgendwo.example');
  });

  it('reports a refused port as network', async () => {
    const error = await fetchError(`http://127.0.0.1:${await closedPort()}/`);
    expect(error.code).toBe('network');
    expect(error.details.reason).toBe('ECONNREFUSED');
  });

  it('dials names through the injected lookup', async () => {
    const lookup: LookupFn = async () => [{ address: '127.0.0.1', family: 4 }];
    const result = await fetchPage(`http://www.kommune.example:${server.port}/utf8`, { ...local, lookup });
    expect(result.html).toBe(page);
    expect(server.requests.at(-1)!.headers.host).toBe(`www.kommune.example:${server.port}`);
  });
});

describe('createFetchPage', () => {
  it('binds the policy once and reuses it for every request', async () => {
    const strict = createFetchPage({});
    const open = createFetchPage({ allowPrivate: true }, { timeoutMs: 2000 });
    try {
      expect(await rejection(() => strict(`${server.origin}/utf8`))).toMatchObject({ code: 'blocked_address' });
      expect((await open(`${server.origin}/utf8`)).html).toBe(page);
      expect((await open(`${server.origin}/latin1-header`)).charset).toBe('windows-1252');
    } finally {
      await strict.close();
      await open.close();
    }
  });
});
