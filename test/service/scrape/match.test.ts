import { describe, expect, it } from 'vitest';
import { urlKey as canonicalUrl } from '../../../shared/canonical-url.ts';
import type { Found } from '../../../service/scrape/found.ts';
import { changedFields, distinctiveUrls, findKey, matchFind, normTitle, type ItemRef, type KnownFind } from '../../../service/scrape/match.ts';
import type { SourceFind } from '../../../service/scrape/readers/types.ts';

const SOURCE = 'https://agency.example/aktuelles/';
const find = (over: Partial<SourceFind> = {}): SourceFind => ({
  kind: 'call', title: 'Nakopa – Bekanntmachung 2024', url: 'https://agency.example/calls/nakopa.html', summary: '', organizer: null,
  location: null, deadlines: [{ date: '2023-07-31', label: 'Projektskizze', kind: 'interest' }], start: null, end: null, programme: null,
  amount: null, pageUrl: 'https://agency.example/calls/nakopa.html', ...over,
});
const item = (over: Partial<ItemRef> = {}): ItemRef => ({
  id: 'item-1', kind: 'call', title: 'Nakopa – Bekanntmachung 2024', url: null, deadlines: [], start: null, deleted: false, ...over,
});

describe('canonical URLs', () => {
  it('ignores tracking parameters, fragments, trailing slashes, www, scheme and default ports', () => {
    expect(canonicalUrl('http://WWW.Agency.example:80/calls/nakopa.html/?utm_source=x&b=2&a=1#top')).toBe(
      canonicalUrl('https://agency.example/calls/nakopa.html?a=1&b=2'),
    );
    expect(canonicalUrl('https://agency.example/a?id=1')).not.toBe(canonicalUrl('https://agency.example/a?id=2'));
  });
});

describe('matching a find to an item', () => {
  it('matches by canonical URL', () => {
    const f = find();
    const distinctive = distinctiveUrls([f]);
    const m = matchFind(f, findKey(f, distinctive), distinctive, [], [item({ id: 'by-url', title: 'other words', url: 'http://www.agency.example/calls/nakopa.html?utm_medium=mail' })]);
    expect(m).toMatchObject({ via: 'url', itemId: 'by-url' });
  });

  it('matches by title and deadline when the URL does not name the item alone', () => {
    const a = find({ url: SOURCE, pageUrl: SOURCE });
    const b = find({ url: SOURCE, pageUrl: SOURCE, title: 'Kleinprojektefonds' });
    const distinctive = distinctiveUrls([a, b]);
    expect(distinctive.size).toBe(0);
    const items = [item({ id: 'same-title-other-deadline', deadlines: [{ date: '2024-01-31', label: '', kind: 'other' }] }), item({ id: 'same', url: SOURCE, deadlines: [{ date: '2023-07-31', label: 'Frist', kind: 'application' }] })];
    expect(matchFind(a, findKey(a, distinctive), distinctive, [], items)).toMatchObject({ via: 'title', itemId: 'same' });
    expect(matchFind(b, findKey(b, distinctive), distinctive, [], items)).toBeNull();
  });

  it('finds what the source found before by its key, and by its title on the same page when its deadline moved', () => {
    const before = find({ url: SOURCE, pageUrl: SOURCE });
    const distinctive = distinctiveUrls([before, find({ url: SOURCE, pageUrl: SOURCE, title: 'Zweiter Aufruf' })]);
    const known: KnownFind[] = [{ key: findKey(before, distinctive), itemId: 'known', pageUrl: SOURCE, snapshot: before }];
    expect(matchFind(before, findKey(before, distinctive), distinctive, known, [])).toMatchObject({ via: 'source', itemId: 'known' });
    const moved = find({ url: SOURCE, pageUrl: SOURCE, deadlines: [{ date: '2023-08-15', label: 'Projektskizze', kind: 'interest' }] });
    expect(findKey(moved, distinctive)).not.toBe(known[0].key);
    expect(matchFind(moved, findKey(moved, distinctive), distinctive, known, [])).toMatchObject({ via: 'source', itemId: 'known' });
  });

  it('compares titles loosely', () => {
    expect(normTitle('Nakopa – Bekanntmachung  2024!')).toBe(normTitle('nakopa bekanntmachung 2024'));
  });
});

describe('what really changed', () => {
  const base: Found = find();
  const fields = { deadlines: base.deadlines, start: null, end: null, location: null };

  it('is nothing when the page says what it said before, even if a person edited the item since', () => {
    expect(changedFields(base, find(), { ...fields, location: 'Bonn' })).toEqual({});
  });

  it('ignores reworded titles, summaries and deadline labels', () => {
    const reworded = find({ title: 'Nakopa 2024', summary: 'neu', deadlines: [{ date: '2023-07-31', label: 'Frist für Skizzen', kind: 'interest' }] });
    expect(changedFields(base, reworded, fields)).toEqual({});
  });

  it('is the deadlines when one moved or a stage was added', () => {
    const moved = find({ deadlines: [{ date: '2023-08-15', label: 'Projektskizze', kind: 'interest' }] });
    expect(changedFields(base, moved, fields)).toEqual({ deadlines: moved.deadlines });
    const staged = find({ deadlines: [...base.deadlines, { date: '2023-09-30', label: 'Antrag', kind: 'application' }] });
    expect(changedFields(base, staged, fields)).toEqual({ deadlines: staged.deadlines });
  });

  it('fills in, for an item the source never saw, only what the page states and the item lacks or holds differently', () => {
    const event = find({ kind: 'event', start: '2023-09-20T10:00', location: 'Naumburg', deadlines: [] });
    expect(changedFields(null, event, { deadlines: [{ date: '2023-09-01', label: '', kind: 'registration' }], start: null, end: null, location: null })).toEqual({
      start: '2023-09-20T10:00',
      location: 'Naumburg',
    });
  });
});
