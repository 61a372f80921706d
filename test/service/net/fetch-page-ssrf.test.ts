import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../../service/net/fetch-error.ts';
import { fetchPage, type FetchPageOptions } from '../../../service/net/fetch-page.ts';
import { isBlockedAddress, type LookupFn } from '../../../service/net/ssrf.ts';
import { rejection, startServer, type LocalServer } from './local-server.ts';

// The "internal" service an attacker would like to reach. With allowPrivate off, it must never see a request.
let internal: LocalServer;
let redirector: LocalServer;
let redirectTo = '';

beforeAll(async () => {
  internal = await startServer((_req, res) => res.end('<p>secret</p>'));
  redirector = await startServer((req, res) => {
    if (req.url === '/go') res.writeHead(302, { location: redirectTo }).end();
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>public page</p>');
  });
});
afterAll(async () => {
  await internal.close();
  await redirector.close();
});

/** The resolver stands in for the internet edge: a table of names, ENOTFOUND for the rest. */
const tableLookup = (table: Record<string, string>): LookupFn => async (hostname) => {
  const address = table[hostname];
  if (!address) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  return [{ address, family: address.includes(':') ? 6 : 4 }];
};

async function fetchError(url: string, options: FetchPageOptions = {}): Promise<FetchError> {
  const error = await rejection(() => fetchPage(url, { timeoutMs: 2000, ...options }));
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('fetchPage refuses internal addresses', () => {
  it.each([
    (port: number) => `http://127.0.0.1:${port}/`,
    (port: number) => `http://localhost:${port}/`,
    (port: number) => `http://[::1]:${port}/`,
    (port: number) => `http://[::ffff:127.0.0.1]:${port}/`,
    (port: number) => `http://2130706433:${port}/`,
    () => 'http://10.20.30.40/',
    () => 'http://169.254.169.254/latest/meta-data/',
  ])('refuses %s', async (makeUrl) => {
    const before = internal.requests.length;
    const error = await fetchError(makeUrl(internal.port));
    expect(error.code).toBe('blocked_address');
    expect(internal.requests.length).toBe(before);
  });

  it('refuses a host name that resolves to 127.0.0.1', async () => {
    const before = internal.requests.length;
    const error = await fetchError(`http://intranet.example:${internal.port}/`, {
      lookup: tableLookup({ 'intranet.example': '127.0.0.1' }),
    });
    expect(error).toMatchObject({ code: 'blocked_address', details: { address: '127.0.0.1' } });
    expect(internal.requests.length).toBe(before);
  });

  it('pins the connection to the checked address (DNS rebinding: public at the check, loopback at connect)', async () => {
    const before = internal.requests.length;
    let calls = 0;
    const rebinding: LookupFn = async () => {
      calls += 1;
      return [{ address: calls === 1 ? '93.184.216.34' : '127.0.0.1', family: 4 }];
    };
    const error = await fetchError(`http://rebind.example:${internal.port}/`, { lookup: rebinding });
    expect(error).toMatchObject({ code: 'blocked_address', details: { address: '127.0.0.1' } });
    // the refusal names the host (it said "The address the address points to…")
    expect(error.message).toBe('The address rebind.example:' + internal.port + ' points to an internal network (127.0.0.1) and is not fetched.');
    expect(error.messageDe).toBe(`Die Adresse rebind.example:${internal.port} zeigt auf ein internes Netz und wird nicht abgerufen.`);
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(internal.requests.length).toBe(before);
  });

  it.each(['file:///etc/passwd', 'ftp://ftp.example.org/', 'javascript:alert(1)'])('refuses the scheme %s', async (url) => {
    expect((await fetchError(url)).code).toBe('unsupported_scheme');
  });

  it('refuses credentials in the URL', async () => {
    expect((await fetchError(`http://admin:secret@127.0.0.1:${internal.port}/`, { allowPrivate: true })).code).toBe(
      'credentials_in_url',
    );
  });
});

describe('fetchPage re-checks every redirect hop', () => {
  // "public.example" stands for a public site: the test's address rule treats exactly 127.0.0.1 (where the local
  // servers listen) as public and keeps every other rule, so the redirect targets below are judged as in production.
  const publicSite: FetchPageOptions = {
    lookup: tableLookup({ 'public.example': '127.0.0.1', 'intranet.example': '10.1.2.3', 'loop.example': '127.0.0.2' }),
    isBlockedAddress: (ip) => ip !== '127.0.0.1' && isBlockedAddress(ip),
  };

  it('fetches the public page itself', async () => {
    const page = await fetchPage(`http://public.example:${redirector.port}/`, { timeoutMs: 2000, ...publicSite });
    expect(page.html).toBe('<p>public page</p>');
  });

  it.each([
    () => `http://[::1]:${internal.port}/`,
    () => `http://127.0.0.2:${internal.port}/`,
    () => `http://loop.example:${internal.port}/`,
    () => `http://localhost:${internal.port}/`,
    () => 'http://169.254.169.254/latest/meta-data/iam/',
    () => 'http://intranet.example/admin',
  ])('refuses a redirect to %s', async (target) => {
    redirectTo = target();
    const before = redirector.requests.length;
    const internalBefore = internal.requests.length;
    const error = await fetchError(`http://public.example:${redirector.port}/go`, publicSite);
    expect(error.code).toBe('blocked_address');
    expect(redirector.requests.length).toBe(before + 1);
    expect(internal.requests.length).toBe(internalBefore);
  });

  it('refuses a redirect to another scheme', async () => {
    redirectTo = 'file:///etc/passwd';
    expect((await fetchError(`http://public.example:${redirector.port}/go`, publicSite)).code).toBe('unsupported_scheme');
  });

  it('follows the same redirect when allowPrivate lifts the rule (the control case)', async () => {
    redirectTo = `http://127.0.0.1:${internal.port}/`;
    const before = internal.requests.length;
    const page = await fetchPage(`http://127.0.0.1:${redirector.port}/go`, { allowPrivate: true, timeoutMs: 2000 });
    expect(page).toMatchObject({ html: '<p>secret</p>', url: `http://127.0.0.1:${internal.port}/`, redirects: [redirectTo] });
    expect(internal.requests.length).toBe(before + 1);
  });
});
