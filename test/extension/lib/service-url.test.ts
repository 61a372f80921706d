import { describe, expect, it } from 'vitest';
import { completeServiceUrl } from '../../../extension/lib/service-url.ts';

describe('the service address as typed', () => {
  it('completes an address without a scheme: https, or http for the local machine', () => {
    expect(completeServiceUrl(' callwatch.stadt.de/ ')).toEqual({ ok: true, url: 'https://callwatch.stadt.de', completed: true });
    expect(completeServiceUrl('localhost:8787')).toEqual({ ok: true, url: 'http://localhost:8787', completed: true });
    expect(completeServiceUrl('127.0.0.1:8787/')).toEqual({ ok: true, url: 'http://127.0.0.1:8787', completed: true });
    expect(completeServiceUrl('[::1]:8787')).toEqual({ ok: true, url: 'http://[::1]:8787', completed: true });
    expect(completeServiceUrl('intranet.kreis.de/callwatch')).toEqual({ ok: true, url: 'https://intranet.kreis.de/callwatch', completed: true });
  });

  it('keeps a full address as it is, without the trailing slash', () => {
    expect(completeServiceUrl('https://callwatch.stadt.de/')).toEqual({ ok: true, url: 'https://callwatch.stadt.de', completed: false });
    expect(completeServiceUrl('http://10.0.0.5:8787')).toEqual({ ok: true, url: 'http://10.0.0.5:8787', completed: false });
  });

  it('refuses what is not a web address', () => {
    for (const typed of ['', '   ', 'ftp://callwatch.stadt.de', 'javascript:alert(1)', 'https://', 'https://user:pw@callwatch.stadt.de', 'ein Dienst']) {
      expect(completeServiceUrl(typed), typed).toEqual({ ok: false });
    }
  });
});
