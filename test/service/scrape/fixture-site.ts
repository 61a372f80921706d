/**
 * The agencies' web, faked at its edge: one HTTP server on 127.0.0.1 that answers for several host names (a fake
 * resolver maps `*.test` to it), serving corpus pages as detail pages, a listing, an RSS feed and an iCalendar file
 * with ETag/Last-Modified and 304s — plus the fault routes the scraper must survive.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { CORPUS_DIR } from '../../fixtures/corpus/index.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LookupFn } from '../../../service/net/ssrf.ts';
import { closedPort, startServer, type LocalServer } from '../net/local-server.ts';

const FIXTURES = new URL('../../fixtures/sources/', import.meta.url);
/** The site's own pages (listing, feed, calendar, a moving call) or, for detail pages, the extraction corpus. */
const read = (name: string) => {
  const own = new URL(name, FIXTURES);
  return readFileSync(existsSync(own) ? own : new URL(name, `file://${CORPUS_DIR}`), 'utf8');
};

/** Path → fixture file of the pages served as they are. */
const PAGES: Record<string, { file: string; type: string }> = {
  '/listing.html': { file: 'listing.html', type: 'text/html; charset=utf-8' },
  '/calls/nakopa.html': { file: 'skew-nakopa-bekanntmachung-2024-zweistufig.html', type: 'text/html; charset=utf-8' },
  '/calls/kleinprojektefonds.html': { file: 'bpb-kleinprojektefonds-kommunale-entwicklungspolitik-2022.html', type: 'text/html; charset=utf-8' },
  '/events/naumburg.html': { file: 'seed-skew-netzwerktreffen-migration-naumburg-2019.html', type: 'text/html; charset=utf-8' },
  '/events/klaaf.html': { file: 'allerweltshaus-koeln-klaaf-international-2016.html', type: 'text/html; charset=utf-8' },
  '/news/radevormwald.html': { file: 'seed-rp-radevormwald-ehrenamt-spitzentreffen.html', type: 'text/html; charset=utf-8' },
  '/calendar.html': { file: 'fairtrade-towns-vernetzung-anstehende-treffen-2019.html', type: 'text/html; charset=utf-8' },
  '/private/intern.html': { file: 'bpb-kleinprojektefonds-kommunale-entwicklungspolitik-2022.html', type: 'text/html; charset=utf-8' },
  '/feed.xml': { file: 'feed.xml', type: 'application/rss+xml; charset=utf-8' },
  '/events.ics': { file: 'events.ics', type: 'text/calendar; charset=utf-8' },
};

const LAST_MODIFIED = 'Tue, 02 May 2023 08:00:00 GMT';
const MB = 1024 * 1024;

export interface SiteRequest {
  host: string;
  path: string;
  headers: IncomingMessage['headers'];
}

export interface FixtureSite {
  server: LocalServer;
  port: number;
  /** http://<host>:<port> */
  origin(host?: string): string;
  /** resolves every `*.test` name to 127.0.0.1, except `nx.test` (no such host) */
  lookup: LookupFn;
  /** a port on 127.0.0.1 nothing listens on (connection refused) */
  closedPort: number;
  requests: SiteRequest[];
  /** requests for a path (any host) */
  hits(path: string, host?: string): SiteRequest[];
  /** the deadline written on /calls/moving.html */
  movingDeadline: string;
  /** robots.txt served per host (default: Disallow /private/) */
  robots: Map<string, string>;
  close(): Promise<void>;
}

/** Windows-1252/ISO-8859-1 bytes of a text (characters outside Latin-1 are written as ASCII look-alikes). */
function latin1(text: string): Buffer {
  return Buffer.from(text.replace(/[–—]/g, '-').replace(/[„“”]/g, '"').replace(/[‘’]/g, "'").replace(/[^\x00-\xff]/g, '?'), 'latin1');
}

function serveBody(req: IncomingMessage, res: ServerResponse, body: string | Buffer, type: string): void {
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  if (req.headers['if-none-match'] === etag || (req.headers['if-none-match'] === undefined && req.headers['if-modified-since'] === LAST_MODIFIED)) {
    res.writeHead(304, { etag, 'last-modified': LAST_MODIFIED }).end();
    return;
  }
  res.writeHead(200, { 'content-type': type, etag, 'last-modified': LAST_MODIFIED }).end(body);
}

/** Streams `total` bytes until done or the client hangs up. */
function streamHuge(res: ServerResponse, total: number): void {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  let closed = false;
  res.on('close', () => (closed = true));
  const pump = () => {
    while (!closed && sent < total) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!closed) res.end();
  };
  res.writeHead(200, { 'content-type': 'text/html' });
  pump();
}

/** Starts the fixture site. */
export async function startFixtureSite(): Promise<FixtureSite> {
  const requests: SiteRequest[] = [];
  const robots = new Map<string, string>();
  let shortRetryServed = false;
  const site: Partial<FixtureSite> & { movingDeadline: string } = { movingDeadline: '15. September 2023' };
  const server = await startServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    requests.push({ host, path, headers: req.headers });
    // a stuck or huge response must not keep the socket open after the client gave up
    req.socket.on('error', () => undefined);
    if (path === '/robots.txt') {
      const text = robots.get(host) ?? 'User-agent: *\nDisallow: /private/\n';
      if (text === '503') return void res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end(text);
    }
    const page = PAGES[path];
    if (page) return serveBody(req, res, read(page.file), page.type);
    switch (path) {
      case '/calls/moving.html':
        return serveBody(req, res, read('moving-call.html').replace('__DEADLINE__', site.movingDeadline), 'text/html; charset=utf-8');
      case '/charset/latin1-meta.html':
        // ISO-8859-1 bytes, no charset in the header, declared in <meta>
        return serveBody(req, res, latin1(read(PAGES['/calls/nakopa.html'].file).replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')), 'text/html');
      case '/charset/wrong-header.html':
        // ISO-8859-1 bytes sent as UTF-8: the decoder must notice and fall back to windows-1252
        return serveBody(req, res, latin1(read(PAGES['/calls/nakopa.html'].file)), 'text/html; charset=utf-8');
      case '/fault/malformed.html': {
        const html = read(PAGES['/calls/kleinprojektefonds.html'].file);
        // unclosed elements, a stray </div>, a broken attribute and a truncated end
        const broken = html.replace(/<\/p>/g, '').replace('<main', '</div><main class="x').replace(/<\/body>[\s\S]*$/, '<div><span>');
        return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(broken);
      }
      case '/fault/500':
        return void res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Internal Server Error</h1>');
      case '/fault/429':
        return void res.writeHead(429, { 'content-type': 'text/plain', 'retry-after': '120' }).end('slow down');
      case '/fault/429-short':
        if (!shortRetryServed) {
          shortRetryServed = true;
          return void res.writeHead(429, { 'content-type': 'text/plain', 'retry-after': '1' }).end('one moment');
        }
        return serveBody(req, res, read(PAGES['/calls/kleinprojektefonds.html'].file), 'text/html; charset=utf-8');
      case '/fault/never-ends':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>Antragsfrist');
        return; // …and nothing more
      case '/fault/huge':
        return streamHuge(res, 50 * MB);
      case '/fault/loop-a':
        return void res.writeHead(302, { location: '/fault/loop-b' }).end();
      case '/fault/loop-b':
        return void res.writeHead(302, { location: '/fault/loop-a' }).end();
      default:
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    }
  });
  const lookup: LookupFn = async (hostname) => {
    if (hostname === 'nx.test' || !hostname.endsWith('.test')) {
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    }
    return [{ address: '127.0.0.1', family: 4 }];
  };
  return Object.assign(site, {
    server,
    port: server.port,
    origin: (host = 'agency.test') => `http://${host}:${server.port}`,
    lookup,
    closedPort: await closedPort(),
    requests,
    hits: (path: string, host?: string) => requests.filter((r) => r.path === path && (host === undefined || r.host === host)),
    robots,
    close: () => server.close(),
  }) as FixtureSite;
}
