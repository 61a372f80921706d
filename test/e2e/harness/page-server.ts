/**
 * The internet edge, faked: agency pages from the corpus (test/fixtures/corpus/dev) served on 127.0.0.1, plus a hostile page
 * whose title is markup. Every request is recorded, so a test can prove that an injected handler never phoned home.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

import { CORPUS_DIR } from '../../fixtures/corpus/index.ts';

export { CORPUS_DIR };

/** The hostile page: its title and heading are an <img> tag with an onerror handler that calls /pwned. */
export const HOSTILE_TITLE = '<img src=x onerror="fetch(\'/pwned\');document.title=\'PWNED\'">';

function hostilePage(): string {
  const escaped = HOSTILE_TITLE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${HOSTILE_TITLE}</title>
<meta property="og:title" content="${escaped}"></head>
<body><h1>${escaped}</h1><p>Bewerbungsfrist: <time datetime="2030-05-31">31. Mai 2030</time></p></body></html>`;
}

export interface PageServer {
  url: string;
  /** paths requested so far */
  requests: string[];
  close(): Promise<void>;
}

/** Serves /corpus/<name>.html and /hostile.html on a free port of 127.0.0.1. */
export async function startPageServer(): Promise<PageServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    if (path === '/hostile.html') return send(200, hostilePage());
    const m = /^\/corpus\/([\w.-]+\.html)$/.exec(path);
    if (!m) return send(404, 'not found');
    try {
      send(200, readFileSync(join(CORPUS_DIR, m[1]), 'utf8'));
    } catch {
      send(404, 'not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
