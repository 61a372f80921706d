// @vitest-environment happy-dom
/**
 * A clip that applied the team's site profile notes its use at the real service (SQLite): the profile's lastUsedAt is
 * set; a clip of a page the profile did not fill in, or of another host, reports nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../../service/app.ts';
import { cheerioView } from '../../../../service/extract/cheerio-view.ts';
import { createMemoryNotifier } from '../../../../service/notifier.ts';
import { createTeam } from '../../../../service/members/service.ts';
import { openMigratedStore, type Store } from '../../../../service/store/db.ts';
import { extract } from '../../../../shared/extract/index.ts';
import { SiteProfileSchema } from '../../../../shared/extract/profile/schema.ts';
import type { Draft } from '../../../../shared/extract/types.ts';
import { serviceClient, type ProfilesResult } from '../../../../extension/lib/api.ts';
import { clipDocument } from './clip-page.ts';
import { reportProfileUsed } from '../../../../extension/lib/clip/profile-used.ts';
import { templatePage } from '../../../shared/extract/profile/template.ts';
import * as v from 'valibot';

const NOW = new Date('2027-03-03T09:00:00Z');
const A = { title: 'Klimaschutz in Quartieren 2027', deadline: '15.04.2027', place: 'Düsseldorf' };
const B = { title: 'Starke Dorfgemeinschaften – Aufruf 2027', deadline: '30. Juni 2027, 12:00 Uhr', place: 'Münster', notice: true };
const fields = (d: Draft) => ({ kind: d.kind, title: d.title, url: d.url, summary: d.summary, organizer: d.organizer, location: d.location, deadlines: d.deadlines, start: d.start, end: d.end, programme: d.programme, amount: d.amount, tags: [] as string[] });

let dir: string;
let store: Store;
let token: string;
const app = () => createApp({ db: store.db, notifier: createMemoryNotifier(), now: () => NOW.getTime() });
const client = () => serviceClient('http://callwatch.test', token, async (input, init) => app().request(String(input), init));
const listed = async () => (await client().profiles!(0)).profiles;

function pageAt(url: string, html: string): Document {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'callwatch-profile-used-'));
  store = await openMigratedStore(join(dir, 'callwatch.db'));
  token = (await createTeam(store.db, { name: 'Kreis', adminName: 'Admin', at: NOW.toISOString() })).token;
  // page A corrected: the title and the deadline teach the host's profile
  const url = 'https://agentur.example/aufrufe/a';
  const html = templatePage(A);
  const draft = extract({ view: cheerioView(html), url, now: NOW, includePast: true }).items.map(fields);
  const saved = { ...structuredClone(draft[0]), title: A.title, deadlines: [{ date: '2027-04-15', label: 'Projektskizze', kind: 'submission' as const }] };
  const res = await app().request('/api/v1/corrections', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ url, clippedAt: NOW.toISOString(), html, draft, saved: [{ from: 0, fields: saved }] }) });
  expect(res.status).toBe(201);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a clip reports the use of its host’s profile', () => {
  it('sets lastUsedAt when the profile filled in a field of the clip, and only then', async () => {
    const [entry] = (await listed()) as ProfilesResult['profiles'];
    expect(entry.lastUsedAt).toBeNull();
    const profile = v.parse(SiteProfileSchema, entry.profile);
    const urlB = 'https://www.agentur.example/aufrufe/b';

    // another host's page, and a page without a profile: nothing applied, nothing reported
    const plain = clipDocument(pageAt(urlB, templatePage(B)), '', NOW);
    expect(await reportProfileUsed(urlB, plain.items, async () => client())).toBe(false);
    expect((await listed())[0].lastUsedAt).toBeNull();

    const clipped = clipDocument(pageAt(urlB, templatePage(B)), '', NOW, undefined, profile);
    expect(clipped.items[0].fields.title).toBe(B.title);
    expect(clipped.items[0].learned).toMatchObject({ title: { correctionAt: '2027-03-03' } });
    expect(await reportProfileUsed('https://other.example/b', clipped.items, async () => client())).toBe(false);
    expect((await listed())[0].lastUsedAt).toBeNull();
    expect(await reportProfileUsed(urlB, clipped.items, async () => client())).toBe(true);
    expect((await listed())[0].lastUsedAt).toBe(NOW.toISOString());
  });

  it('never fails the clip: an unreachable service or an unconnected extension is a quiet false', async () => {
    const items = [{ learned: { title: { correctionAt: '2027-03-03' } } }];
    const offline = serviceClient('http://callwatch.test', token, async () => { throw new TypeError('Failed to fetch'); });
    expect(await reportProfileUsed('https://agentur.example/x', items, async () => offline)).toBe(false);
    expect(await reportProfileUsed('https://agentur.example/x', items, async () => null)).toBe(false);
  });
});
