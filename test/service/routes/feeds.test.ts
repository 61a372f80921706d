/**
 * The calendar feed routes: GET /api/v1/feeds/ics gives a personal address with its own `cwf_` token, the feed at
 * that address parses with ical.js and answers 304 to its ETag, and DELETE rotates the token.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expectError } from '../helpers/expect.ts';
import { DIALECTS } from '../helpers/store.ts';
import { useTestApi } from '../helpers/suite.ts';

describe.each(DIALECTS)('calendar feed routes on %s', (dialect) => {
  const api = useTestApi(dialect, { alerts: { publicUrl: 'https://callwatch.kreis.example/' } });

  const feedUrl = async (token: string) => {
    const res = await api.call('GET', '/api/v1/feeds/ics', { token });
    expect(res.status).toBe(200);
    return ((await res.json()) as { url: string }).url;
  };
  const path = (url: string) => new URL(url).pathname;

  it('gives each member a stable personal address whose token is not an API token', async () => {
    const admin = await api.team();
    const viewer = await admin.add('viewer');
    const url = await feedUrl(admin.token);
    expect(url).toMatch(/^https:\/\/callwatch\.kreis\.example\/ics\/cwf_[A-Za-z0-9_-]{43}\.ics$/);
    expect(await feedUrl(admin.token)).toBe(url);
    expect(await feedUrl(viewer.token)).not.toBe(url);
    const feedToken = /cwf_[A-Za-z0-9_-]{43}/.exec(url)![0];
    await expectError(await api.call('GET', '/api/v1/me', { token: feedToken }), 401);
    await expectError(await api.call('GET', '/api/v1/feeds/ics'), 401);
  });

  it('serves the team’s deadlines as iCalendar with ETag/304; rotation retires the old address', async () => {
    const admin = await api.team('Gemeinde Kalletal');
    const created = await api.call('POST', '/api/v1/items', {
      token: admin.token,
      body: { kind: 'call', title: 'Nakopa', url: 'https://example.org/nakopa', deadlines: [{ date: '2027-03-31', time: '15:00', label: 'Antragsfrist', kind: 'application' }] },
    });
    const item = (await created.json()) as { id: string };
    const url = await feedUrl(admin.token);

    const res = await api.call('GET', path(url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('callwatch – Gemeinde Kalletal');
    expect(calendar.getFirstPropertyValue('url')).toBe(url);
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.uid)).toEqual([`${item.id}-application@callwatch`]);
    expect(events[0].summary).toBe('Antragsfrist: Nakopa');
    expect(events[0].startDate.toJSDate().toISOString()).toBe('2027-03-31T13:00:00.000Z');

    const again = await api.call('GET', path(url), { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    // a change to the list changes the tag
    await api.call('PATCH', `/api/v1/items/${item.id}`, { token: admin.token, body: { title: 'Nakopa 2027' } });
    const changed = await api.call('GET', path(url), { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain('Nakopa 2027');
    // a moved deadline is the same event moved: same UID, higher SEQUENCE, the new date
    const before = new ICAL.Event(new ICAL.Component(ICAL.parse(await (await api.call('GET', path(url))).text())).getFirstSubcomponent('vevent')!);
    await api.call('PATCH', `/api/v1/items/${item.id}`, { token: admin.token, body: { deadlines: [{ date: '2027-04-30', time: '15:00', label: 'Antragsfrist', kind: 'application' }] } });
    const moved = await (await api.call('GET', path(url))).text();
    const after = new ICAL.Event(new ICAL.Component(ICAL.parse(moved)).getFirstSubcomponent('vevent')!);
    expect([after.uid, after.startDate.toString().slice(0, 10)]).toEqual([before.uid, '2027-04-30']);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(moved.endsWith('END:VCALENDAR\r\n')).toBe(true);

    // another team's feed shows nothing of this team
    const other = await api.team();
    const otherFeed = await (await api.call('GET', path(await feedUrl(other.token)))).text();
    expect(otherFeed).not.toContain('Nakopa');

    expect((await api.call('DELETE', '/api/v1/feeds/ics', { token: admin.token })).status).toBe(204);
    await expectError(await api.call('GET', path(url)), 404);
    const rotated = await feedUrl(admin.token);
    expect(rotated).not.toBe(url);
    expect((await api.call('GET', path(rotated))).status).toBe(200);
    await expectError(await api.call('GET', '/ics/cwf_nonsense.ics'), 404);
    await expectError(await api.call('GET', `${path(rotated).slice(0, -4)}.txt`), 404);
  });
});
