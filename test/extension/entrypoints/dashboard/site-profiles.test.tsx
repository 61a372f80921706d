// @vitest-environment happy-dom
/**
 * The dashboard's site profiles (issue 10, item 2) against the real service app (SQLite): an admin sees each host's
 * profile with the fields learned, from how many corrections and when it was last used, in German; deletes one after
 * asking, and every copy sees the tombstone; a refusal is said plainly and keeps the row.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createApp } from '../../../../service/app.ts';
import { cheerioView } from '../../../../service/extract/cheerio-view.ts';
import { createMemoryNotifier } from '../../../../service/notifier.ts';
import { addMember, createTeam } from '../../../../service/members/service.ts';
import { openMigratedStore, type Store } from '../../../../service/store/db.ts';
import { extract } from '../../../../shared/extract/index.ts';
import type { Draft } from '../../../../shared/extract/types.ts';
import { serviceClient } from '../../../../extension/lib/api.ts';
import { SiteProfiles, type ProfilesClient } from '../../../../extension/entrypoints/dashboard/SiteProfiles.tsx';
import { templatePage } from '../../../shared/extract/profile/template.ts';
import { speak } from '../../fixtures.ts';
import { click, mount, until } from '../../render.ts';

const NOW = new Date('2027-03-03T09:00:00Z');
const fields = (d: Draft) => ({ kind: d.kind, title: d.title, url: d.url, summary: d.summary, organizer: d.organizer, location: d.location, deadlines: d.deadlines, start: d.start, end: d.end, programme: d.programme, amount: d.amount, tags: [] as string[] });

let dir: string;
let store: Store;
let admin: string;
let member: string;
let wall = NOW.getTime();
const app = () => createApp({ db: store.db, notifier: createMemoryNotifier(), now: () => wall });
const clientOf = (token: string) => serviceClient('http://callwatch.test', token, async (input, init) => app().request(String(input), init)) as ProfilesClient;

/** A correction of the title and the deadline on a page of `host`'s template. */
async function correct(token: string, host: string, title: string) {
  const url = `https://${host}/aufrufe/a`;
  const html = templatePage({ title, deadline: '15.04.2027', place: 'Düsseldorf' });
  const draft = extract({ view: cheerioView(html), url, now: NOW, includePast: true }).items.map(fields);
  const saved = { ...structuredClone(draft[0]), title, deadlines: [{ date: '2027-04-15', label: 'Projektskizze', kind: 'submission' as const }] };
  const res = await app().request('/api/v1/corrections', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ url, clippedAt: NOW.toISOString(), html, draft, saved: [{ from: 0, fields: saved }] }) });
  expect(res.status).toBe(201);
}

const rows = (root: HTMLElement) => [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 4).map((c) => c.textContent));
const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith(text)) ?? null;

beforeAll(() => speak('de'));
beforeEach(async () => {
  fakeBrowser.reset();
  wall = NOW.getTime();
  dir = mkdtempSync(join(tmpdir(), 'callwatch-site-profiles-'));
  store = await openMigratedStore(join(dir, 'callwatch.db'));
  const team = await createTeam(store.db, { name: 'Kreis', adminName: 'Admin', at: NOW.toISOString() });
  admin = team.token;
  member = (await addMember(store.db, team.team.id, { name: 'Clara', role: 'member', at: NOW.toISOString() })).token;
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('site profiles in the dashboard', () => {
  it('says plainly that there are none yet', async () => {
    const root = await mount(() => <SiteProfiles client={clientOf(admin)} />);
    await until(() => expect(root.querySelector('.empty')?.textContent).toContain('Noch keine Profile'));
    expect(root.querySelector('h2')?.textContent).toBe('Gelernte Website-Profile');
  });

  it('lists each host with its fields, corrections and last use; an admin deletes one after asking', async () => {
    await correct(member, 'agentur.example', 'Klimaschutz in Quartieren 2027');
    await correct(admin, 'agentur.example', 'Starke Dorfgemeinschaften 2027');
    await correct(member, 'kreis.example', 'Digitale Dörfer 2028');
    wall = Date.parse('2027-03-05T14:30:00Z');
    expect((await app().request('/api/v1/profiles/kreis.example/used', { method: 'POST', headers: { Authorization: `Bearer ${member}` } })).status).toBe(204);

    const root = await mount(() => <SiteProfiles client={clientOf(admin)} />);
    await until(() => expect(rows(root)).toHaveLength(2));
    expect(rows(root)).toEqual([
      ['agentur.example', 'Titel, Fristen', '2 Korrekturen', 'noch nie'],
      ['kreis.example', 'Titel, Fristen', '1 Korrektur', '05.03.2027, 15:30'],
    ]);
    expect(root.querySelector('caption')?.textContent).toBe('Gelernte Profile, 2 Websites');

    await click(button(root, 'Löschen: agentur.example'));
    // asked first: nothing deleted yet, and 'Abbrechen' keeps it
    await click(button(root, 'Abbrechen'));
    expect(rows(root)).toHaveLength(2);
    await click(button(root, 'Löschen: agentur.example'));
    await click(button(root, 'Profil von agentur.example wirklich löschen'));
    await until(() => expect(rows(root).map((r) => r[0])).toEqual(['kreis.example']));
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Das Profil von agentur.example ist gelöscht.');
    // every copy sees the tombstone
    const all = await clientOf(member).profiles(0);
    expect(all.profiles.find((p) => p.host === 'agentur.example')).toMatchObject({ profile: null, fields: [] });
  });

  it('says so when the service refuses the deletion (not an admin) or cannot be reached, and keeps the row', async () => {
    await correct(member, 'agentur.example', 'Klimaschutz in Quartieren 2027');
    let reachable = true;
    const flaky = serviceClient('http://callwatch.test', member, async (input, init) => {
      if (!reachable && init?.method === 'DELETE') throw new TypeError('Failed to fetch');
      return app().request(String(input), init);
    }) as ProfilesClient;
    const root = await mount(() => <SiteProfiles client={flaky} />);
    await until(() => expect(rows(root)).toHaveLength(1));
    const attempt = async () => {
      await click(button(root, 'Löschen: agentur.example'));
      await click(button(root, 'Profil von agentur.example wirklich löschen'));
    };
    await attempt();
    await until(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Nur die Administration darf das Team verwalten.'));
    reachable = false;
    await attempt();
    await until(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Das Profil von agentur.example konnte nicht gelöscht werden. Bitte später erneut versuchen.'));
    expect(rows(root)).toHaveLength(1);
  });
});
