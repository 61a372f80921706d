import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, urlKey } from '../../shared/canonical-url.ts';

describe('canonicalUrl', () => {
  it('spells one page one way: fragment, tracking, parameter order, host case, www, scheme, default port, trailing slash', () => {
    const same = [
      'https://www.foerderung.de/aufruf?a=1&b=2',
      'http://WWW.Foerderung.de:80/aufruf/?utm_source=newsletter&b=2&a=1#frist',
      'https://foerderung.de:443/aufruf?b=2&fbclid=x&a=1&mc_cid=1&pk_campaign=y&_hsenc=z',
      '  https://foerderung.de/aufruf?a=1&b=2&mtm_source=m&wt_mc=w  ',
    ];
    expect(new Set(same.map(canonicalUrl))).toEqual(new Set(['https://foerderung.de/aufruf?a=1&b=2']));
  });

  it('keeps what selects content: other parameters, path case, other ports', () => {
    expect(canonicalUrl('https://x.de/a?id=1')).not.toBe(canonicalUrl('https://x.de/a?id=2'));
    expect(canonicalUrl('https://x.de/Aufruf')).not.toBe(canonicalUrl('https://x.de/aufruf'));
    expect(canonicalUrl('https://x.de:8443/a')).toBe('https://x.de:8443/a');
  });

  it('is null for anything but an http(s) URL', () => {
    for (const raw of ['javascript:alert(1)', 'mailto:a@b.de', 'not a url', '', null, undefined]) expect(canonicalUrl(raw)).toBeNull();
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const once = canonicalUrl(url);
        expect(canonicalUrl(once)).toBe(once);
      }),
    );
  });
});

describe('urlKey', () => {
  it('is the canonical spelling of a URL and the trimmed text of anything else', () => {
    expect(urlKey('http://www.x.de/a/')).toBe('https://x.de/a');
    expect(urlKey('  kein Link ')).toBe('kein Link');
  });
});
