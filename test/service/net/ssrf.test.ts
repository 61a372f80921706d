import { describe, expect, it } from 'vitest';
import { FetchError } from '../../../service/net/fetch-error.ts';
import { assertPublicUrl, isBlockedAddress, type LookupFn } from '../../../service/net/ssrf.ts';
import { rejection } from './local-server.ts';

/** A fake resolver: the internet edge, answering from a table; unknown names fail like dns.lookup. */
function fakeLookup(table: Record<string, string[]>): LookupFn & { calls: string[] } {
  const calls: string[] = [];
  const lookup = async (hostname: string) => {
    calls.push(hostname);
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: (address.includes(':') ? 6 : 4) as 4 | 6 }));
  };
  return Object.assign(lookup, { calls });
}

async function codeOf(url: string, options: Parameters<typeof assertPublicUrl>[1] = {}): Promise<string> {
  const error = await rejection(() => assertPublicUrl(url, options));
  expect(error).toBeInstanceOf(FetchError);
  return (error as FetchError).code;
}

describe('isBlockedAddress', () => {
  it.each([
    '127.0.0.1', '127.255.0.9', '10.0.0.1', '10.255.255.255', '172.16.0.1', '172.31.255.254', '192.168.1.1',
    '169.254.169.254', '169.254.0.1', '100.64.0.1', '100.127.255.255', '0.0.0.0', '0.1.2.3', '224.0.0.1',
    '239.255.255.250', '240.0.0.1', '255.255.255.255', '192.0.2.10', '198.51.100.7', '203.0.113.9', '198.18.0.1',
    '::1', '::', '[::1]', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'febf::1', 'fe80::1%eth0', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.1.2.3', '::ffff:169.254.169.254', '::127.0.0.1',
    '64:ff9b::a00:1', '64:ff9b::7f00:1', '64:ff9b::a9fe:a9fe', '64:ff9b:1::1', '2002:c0a8:101::1', '2002:7f00:1::',
    '2001:db8::1', '2001::1', 'not-an-ip', '',
  ])('blocks %s', (ip) => {
    expect(isBlockedAddress(ip)).toBe(true);
  });

  it.each([
    '93.184.216.34', '8.8.8.8', '172.15.255.255', '172.32.0.1', '100.63.255.255', '100.128.0.1', '169.255.0.1',
    '192.169.0.1', '11.0.0.1', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e', '::ffff:93.184.216.34',
    '64:ff9b::5db8:d822', '2002:5db8:d822::1',
  ])('allows the public address %s', (ip) => {
    expect(isBlockedAddress(ip)).toBe(false);
  });
});

describe('assertPublicUrl', () => {
  const lookup = fakeLookup({
    'www.foerderdatenbank.de': ['93.184.216.34', '2606:4700:4700::1111'],
    'evil.test': ['127.0.0.1'],
    'mixed.test': ['93.184.216.34', '10.0.0.7'],
    'v6evil.test': ['::ffff:127.0.0.1'],
    'metadata.test': ['169.254.169.254'],
  });

  it('passes a public host and returns every checked address', async () => {
    const { url, addresses } = await assertPublicUrl('https://www.foerderdatenbank.de:8443/x?y=1', { lookup });
    expect(url.port).toBe('8443');
    expect(addresses.map((a) => a.address)).toEqual(['93.184.216.34', '2606:4700:4700::1111']);
  });

  it.each([
    'http://127.0.0.1/',
    'http://127.1/',
    'http://2130706433/',
    'http://0x7f.0.0.1/',
    'http://10.1.2.3:8080/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[fd00::5]/',
    'http://localhost/',
    'http://LOCALHOST./',
    'http://app.localhost/',
    'http://evil.test/',
    'http://v6evil.test/',
    'http://metadata.test/',
  ])('refuses %s as blocked_address', async (url) => {
    expect(await codeOf(url, { lookup })).toBe('blocked_address');
  });

  it('refuses a host when any one of its addresses is private', async () => {
    const error = (await rejection(() => assertPublicUrl('https://mixed.test/', { lookup }))) as FetchError;
    expect(error.code).toBe('blocked_address');
    expect(error.details.address).toBe('10.0.0.7');
    expect(error.messageDe).toContain('zeigt auf ein internes Netz');
  });

  it.each(['file:///etc/passwd', 'ftp://example.org/x', 'javascript:alert(1)', 'data:text/html,hi', 'gopher://x/'])(
    'refuses the scheme of %s',
    async (url) => {
      expect(await codeOf(url, { lookup })).toBe('unsupported_scheme');
    },
  );

  it.each(['https://user:pw@www.foerderdatenbank.de/', 'https://user@www.foerderdatenbank.de/'])(
    'refuses credentials in %s',
    async (url) => {
      expect(await codeOf(url, { lookup })).toBe('credentials_in_url');
    },
  );

  it('reports an unknown host as dns and garbage as invalid_url', async () => {
    expect(await codeOf('https://nowhere.invalid/', { lookup })).toBe('dns');
    expect(await codeOf('not a url', { lookup })).toBe('invalid_url');
  });

  it('lets private addresses through with allowPrivate, but still refuses schemes and credentials', async () => {
    await expect(assertPublicUrl('http://127.0.0.1:8787/', { allowPrivate: true, lookup })).resolves.toBeTruthy();
    await expect(assertPublicUrl('http://evil.test/', { allowPrivate: true, lookup })).resolves.toBeTruthy();
    await expect(assertPublicUrl('http://localhost/', { allowPrivate: true, lookup: fakeLookup({ localhost: ['127.0.0.1'] }) }))
      .resolves.toBeTruthy();
    expect(await codeOf('file:///etc/passwd', { allowPrivate: true, lookup })).toBe('unsupported_scheme');
    expect(await codeOf('http://a:b@evil.test/', { allowPrivate: true, lookup })).toBe('credentials_in_url');
  });

  it('checks IP literals without asking the resolver', async () => {
    const counting = fakeLookup({});
    expect(await codeOf('http://10.0.0.1/', { lookup: counting })).toBe('blocked_address');
    await assertPublicUrl('http://93.184.216.34/', { lookup: counting });
    expect(counting.calls).toEqual([]);
  });
});
