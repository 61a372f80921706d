import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../../service/net/fetch-error.ts';
import { fetchPage } from '../../../service/net/fetch-page.ts';
import type { LookupFn } from '../../../service/net/ssrf.ts';
import { rejection } from './local-server.ts';

// A throw-away self-signed certificate (test only, valid for 100 years), made with
// `openssl req -x509 -newkey ec … -subj /CN=self-signed.example -addext subjectAltName=DNS:self-signed.example,IP:127.0.0.1`.
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

let server: Server;
let port = 0;
let requests = 0;
beforeAll(async () => {
  server = createServer({ key: fixture('self-signed.key.pem'), cert: fixture('self-signed.cert.pem') }, (_req, res) => {
    requests += 1;
    res.end('<p>secret</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  port = (server.address() as AddressInfo).port;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

const lookup: LookupFn = async () => [{ address: '127.0.0.1', family: 4 }];

describe('fetchPage over https', () => {
  it('reports an untrusted certificate as tls', async () => {
    const error = await rejection(() => fetchPage(`https://127.0.0.1:${port}/`, { allowPrivate: true, timeoutMs: 2000 }));
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).code).toBe('tls');
    expect(requests).toBe(0);
  });

  it('dials https host names through the pinned lookup as well', async () => {
    const allowed = await rejection(() =>
      fetchPage(`https://self-signed.example:${port}/`, { allowPrivate: true, lookup, timeoutMs: 2000 }),
    );
    // reaching the TLS handshake proves the name was dialled to the looked-up address
    expect(allowed).toMatchObject({ code: 'tls' });
    const refused = await rejection(() => fetchPage(`https://self-signed.example:${port}/`, { lookup, timeoutMs: 2000 }));
    expect(refused).toMatchObject({ code: 'blocked_address', details: { address: '127.0.0.1' } });
  });
});
