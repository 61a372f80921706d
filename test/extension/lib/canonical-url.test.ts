import { describe, expect, it } from 'vitest';
import { canonicalUrl, isSafeLink } from '../../../extension/lib/canonical-url.ts';
import { findItemForPage } from '../../../extension/lib/on-list.ts';
import { makeItem } from '../fixtures.ts';

describe('canonical URL', () => {
  it('treats tracking parameters, fragments, host case, trailing slash and scheme as the same page', () => {
    const a = canonicalUrl('https://WWW.Foerderung.de/aufruf/?utm_source=newsletter&b=2&a=1#frist');
    expect(a).toBe(canonicalUrl('http://www.foerderung.de/aufruf?a=1&b=2'));
    expect(canonicalUrl('https://x.de/a?id=1')).not.toBe(canonicalUrl('https://x.de/a?id=2'));
  });

  it('refuses anything but http(s)', () => {
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
    expect(isSafeLink('javascript:alert(1)')).toBe(false);
    expect(isSafeLink('https://ok.de')).toBe(true);
  });

  it('finds the live item of a page by any of its addresses', () => {
    const items = [makeItem({ url: 'https://x.de/gone', deleted: true }), makeItem({ title: 'Nakopa', url: 'https://x.de/nakopa/' })];
    expect(findItemForPage(items, [null, 'https://x.de/nakopa?utm_medium=mail'])?.title).toBe('Nakopa');
    expect(findItemForPage(items, ['https://x.de/gone'])).toBeNull();
  });
});
