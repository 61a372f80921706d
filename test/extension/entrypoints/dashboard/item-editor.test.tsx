// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../extension/entrypoints/dashboard/App.tsx';
import { ServiceError, type HistoryEntry, type Member, type TeamClient } from '../../../../extension/lib/api.ts';
import { itemsCopy } from '../../../../extension/lib/store/items.ts';
import { pendingOps } from '../../../../extension/lib/store/pending.ts';
import { DEFAULT_SETTINGS, settings } from '../../../../extension/lib/store/settings.ts';
import { syncOnce } from '../../../../extension/lib/sync/sync-client.ts';
import { makeItem, speak } from '../../fixtures.ts';
import { click, connectBackground, mount, type, until } from '../../render.ts';
import { startSyncService } from '../../sync-service.ts';

const now = () => new Date('2026-03-10T09:00:00Z');
const nakopa = makeItem({ title: 'Nakopa', notes: '', tags: ['partnerschaft'], deadlines: [{ date: '2026-03-20', label: 'Skizze', kind: 'interest' }] });

function fakeTeam(history: HistoryEntry[] = []) {
  const calls: string[] = [];
  let members: Member[] = [{ id: 'm-admin', name: 'Ada', role: 'admin' }];
  const client: TeamClient = {
    members: async () => members,
    history: async (id) => (calls.push(`history ${id}`), history),
    addMember: async (name, role) => {
      calls.push(`add ${name} ${role}`);
      const member = { id: `m-${name}`, name, role };
      members = [...members, member];
      return { member, token: 'cw_secret-token-for-clara' };
    },
    setRole: async (id, role) => {
      calls.push(`role ${id} ${role}`);
      if (id === 'm-admin') throw new ServiceError(409, 'conflict', 'the last admin of a team must stay admin');
      return { ...members.find((m) => m.id === id)!, role };
    },
    removeMember: async (id) => void calls.push(`remove ${id}`),
  };
  return { client, calls, members: () => members };
}

beforeAll(() => speak('de'));
beforeEach(async () => {
  fakeBrowser.reset();
  connectBackground(now);
  vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('offline')));
  await itemsCopy.setValue({ [nakopa.id]: nakopa });
});
afterEach(() => vi.unstubAllGlobals());

const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith(text))!;
const field = (root: HTMLElement, name: string) => root.querySelector(`#edit-${nakopa.id}-${name}`);
const sets = async () => (await pendingOps.getValue()).map((op) => op.set);

describe('dashboard item editor (issue 13, item 2)', () => {
  it('corrects every field and sends one op with only the changed fields', async () => {
    const root = await mount(() => <App now={now} />);
    await click(button(root, 'Details'));
    await type(field(root, 'kind'), 'event', 'change');
    await type(field(root, 'title'), 'Nakopa 2027');
    await type(root.querySelector(`#edit-${nakopa.id}-deadline-0-date`), '2026-04-02');
    await click(button(root, 'Frist hinzufügen'));
    const second = root.querySelectorAll('.deadline-edit')[1];
    await type(second.querySelector('input[type="date"]'), '2026-05-15');
    await type(second.querySelector('input[type="time"]'), '12:00');
    await type(second.querySelector('input[type="text"]'), 'Antrag');
    await type(second.querySelector('select'), 'application', 'change');
    await type(field(root, 'start'), '2026-06-01');
    await type(root.querySelector(`[aria-label="Uhrzeit (Beginn)"]`), '10:00');
    await type(field(root, 'end'), '2026-06-02');
    await type(field(root, 'location'), 'Detmold');
    await type(field(root, 'organizer'), 'SKEW');
    await type(field(root, 'programme'), 'Nakopa');
    await type(field(root, 'amount'), 'bis 250.000 €');
    await type(field(root, 'summary'), 'Kommunale Partnerschaften');
    await type(field(root, 'url'), 'https://skew.example/nakopa');
    await click(field(root, 'watch'));
    await type(root.querySelector(`#notes-${nakopa.id}`), 'Rücksprache mit Kämmerei');
    await type(root.querySelector(`#tags-${nakopa.id}`), 'partnerschaft, haushalt');
    await click(button(root, 'Speichern'));
    await until(async () =>
      expect(await sets()).toEqual([
        {
          kind: 'event',
          title: 'Nakopa 2027',
          deadlines: [
            { date: '2026-04-02', label: 'Skizze', kind: 'interest' },
            { date: '2026-05-15', time: '12:00', label: 'Antrag', kind: 'application' },
          ],
          start: '2026-06-01T10:00',
          end: '2026-06-02',
          location: 'Detmold',
          organizer: 'SKEW',
          programme: 'Nakopa',
          amount: 'bis 250.000 €',
          summary: 'Kommunale Partnerschaften',
          url: 'https://skew.example/nakopa',
          watch: !nakopa.watch,
          notes: 'Rücksprache mit Kämmerei',
          tags: ['partnerschaft', 'haushalt'],
        },
      ]),
    );
    await until(() => expect(root.querySelector('.item-editor [role="status"]')?.textContent).toBe('Gespeichert.'));
    expect(document.activeElement?.textContent).toBe('Gespeichert.');
  });

  it('sends only what changed, and removes a deadline', async () => {
    const root = await mount(() => <App now={now} />);
    await click(button(root, 'Details'));
    await click(root.querySelector('[aria-label="Frist 1 entfernen"]'));
    await type(field(root, 'title'), '  Nakopa  ');
    await click(button(root, 'Speichern'));
    await until(async () => expect(await sets()).toEqual([{ deadlines: [] }]));
  });

  it('refuses invalid fields with a German message per field and queues nothing', async () => {
    const root = await mount(() => <App now={now} />);
    await click(button(root, 'Details'));
    await type(field(root, 'title'), '   ');
    await type(field(root, 'url'), 'ftp://example.org');
    await click(button(root, 'Frist hinzufügen'));
    await type(field(root, 'summary'), 'x'.repeat(2001));
    await click(button(root, 'Speichern'));
    await until(() => expect(root.querySelector('.item-editor [role="status"]')?.textContent).toBe('Nicht gespeichert: Bitte die markierten Angaben prüfen.'));
    const errors = [...root.querySelectorAll('.field-error')].map((e) => e.textContent);
    expect(errors).toEqual([
      'Bitte einen Titel eingeben.',
      'Bitte jede Frist mit einem gültigen Datum versehen oder entfernen.',
      'Dieser Text ist zu lang. Bitte kürzen.',
      'Bitte eine Adresse beginnend mit http:// oder https:// eingeben.',
    ]);
    expect(field(root, 'title')?.getAttribute('aria-invalid')).toBe('true');
    expect(await pendingOps.getValue()).toEqual([]);
  });

  it('deletes with a tombstone op and undoes with a newer op setting deleted:false', async () => {
    const root = await mount(() => <App now={now} />);
    await click(button(root, 'Details'));
    await click(button(root, 'Löschen'));
    await until(() => expect(root.querySelector('.undo-line')?.textContent).toBe('„Nakopa“ wurde gelöscht. Rückgängig'));
    expect(root.querySelector('.watchlist')).toBeNull();
    await click(button(root, 'Rückgängig'));
    await until(async () => expect(await sets()).toEqual([{ deleted: true }, { deleted: false }]));
    const [del, undo] = await pendingOps.getValue();
    expect(undo.hlc > del.hlc).toBe(true);
    await until(() => expect(root.querySelector('.watchlist')?.textContent).toContain('Nakopa'));
    expect(root.querySelector('.undo-line')?.textContent).toBe('');
  });

  it('creates a new entry without a page (kind and title) and opens its editor', async () => {
    const root = await mount(() => <App now={now} />);
    await click(button(root, 'Neuer Eintrag'));
    await click(button(root, 'Anlegen'));
    expect(root.querySelector('#new-item-error')?.textContent).toBe('Bitte einen Titel eingeben.');
    await type(root.querySelector('#new-item-kind'), 'event', 'change');
    await type(root.querySelector('#new-item-title'), 'Bürgerversammlung');
    await click(button(root, 'Anlegen'));
    await until(async () => expect(await sets()).toEqual([{ kind: 'event', title: 'Bürgerversammlung', watch: false }]));
    await until(() => expect(root.querySelector('.item-editor form')?.getAttribute('aria-label')).toBe('„Bürgerversammlung“ bearbeiten'));
  });

  it('keeps a new entry’s editor, and what was typed into it, while its first push is answered and pulled back', async () => {
    const root = await mount(() => <App now={now} />);
    await click(button(root, 'Neuer Eintrag'));
    await type(root.querySelector('#new-item-title'), 'Bürgerversammlung');
    await click(button(root, 'Anlegen'));
    await until(() => expect(root.querySelector('.item-editor form')?.getAttribute('aria-label')).toBe('„Bürgerversammlung“ bearbeiten'));
    const [created] = await pendingOps.getValue();
    const edit = (name: string) => root.querySelector(`#edit-${created.itemId}-${name}`) as HTMLInputElement | null;
    await type(edit('title'), 'Bürgerversammlung Radwege 2027');
    await type(edit('location'), 'Rathaus, Saal 2');
    // the background's sync round with the real service: the push is answered at once, the pull comes later
    const service = await startSyncService();
    let pullNow = () => {};
    const round = syncOnce(service.client({ pullGate: new Promise<void>((r) => (pullNow = r)) }));
    await until(async () => expect(await pendingOps.getValue()).toEqual([]));
    expect((await service.items()).map((item) => [item.id, item.title])).toEqual([[created.itemId, 'Bürgerversammlung']]);
    await until(() => expect(edit('title')?.value).toBe('Bürgerversammlung Radwege 2027'));
    pullNow();
    expect(await round).toMatchObject({ ok: true, pushed: 1 });
    await until(async () => expect((await itemsCopy.getValue())[created.itemId]?.title).toBe('Bürgerversammlung'));
    await until(() => expect([edit('title')?.value, edit('location')?.value]).toEqual(['Bürgerversammlung Radwege 2027', 'Rathaus, Saal 2']));
    await click(button(root, 'Speichern'));
    await until(async () => expect(await sets()).toEqual([{ title: 'Bürgerversammlung Radwege 2027', location: 'Rathaus, Saal 2' }]));
  });

  it('keeps an open editor and its unsaved edits with its item when a colleague’s entry sorts in before it', async () => {
    const root = await mount(() => <App now={now} />);
    await click(button(root, 'Details'));
    await type(field(root, 'kind'), 'event', 'change');
    await type(field(root, 'location'), 'Detmold');
    // an entry due earlier arrives from the service: the list re-sorts, the open editor must not change hands
    const earlier = makeItem({ title: 'Früher fällig', deadlines: [{ date: '2026-03-12', label: 'Antrag', kind: 'application' }] });
    await itemsCopy.setValue({ [nakopa.id]: nakopa, [earlier.id]: earlier });
    await until(() => expect(root.querySelector('.watchlist tbody tr')?.textContent).toContain('Früher fällig'));
    expect(root.querySelector(`#details-${earlier.id}`)).toBeNull();
    expect((field(root, 'kind') as HTMLSelectElement).value).toBe('event');
    expect((field(root, 'location') as HTMLInputElement).value).toBe('Detmold');
    await click(button(root, 'Speichern'));
    await until(async () => expect(await pendingOps.getValue()).toMatchObject([{ itemId: nakopa.id, set: { kind: 'event', location: 'Detmold' } }]));
  });

  it('shows the history with member names and German dates', async () => {
    await settings.setValue({ ...DEFAULT_SETTINGS, serviceUrl: 'http://127.0.0.1:9', token: 'tok', member: { id: 'm1', name: 'Ada', role: 'member' } });
    const { client, calls } = fakeTeam([
      { at: '2026-03-09T14:30:00.000Z', memberId: 'm2', memberName: 'Clara Weber', fields: ['title', 'location'], origin: 'clip' },
      { at: '2026-03-01T08:00:00.000Z', memberId: 'source:s1', memberName: null, fields: ['deadlines'], origin: 'source:s1' },
    ]);
    const root = await mount(() => <App now={now} teamFor={() => client} />);
    await click(button(root, 'Details'));
    await until(() => expect(root.querySelectorAll('.history-list li')).toHaveLength(2));
    expect(calls).toContain(`history ${nakopa.id}`);
    expect(root.querySelector('.item-history h3')?.textContent).toBe('Verlauf');
    expect([...root.querySelectorAll('.history-list li')].map((li) => li.textContent)).toEqual([
      'Mo., 09.03.2026, 15:30 – Clara Weber: Titel, Ort',
      'So., 01.03.2026, 09:00 – eine beobachtete Quelle: Fristen',
    ]);
    // no team administration for a member
    expect(root.querySelector('#tab-team')).toBeNull();
  });
});

describe('dashboard "Meine" (issue 13, item 7)', () => {
  it('says that nothing is assigned to you', async () => {
    await settings.setValue({ ...DEFAULT_SETTINGS, member: { id: 'm1', name: 'Ada', role: 'member' } });
    const root = await mount(() => <App now={now} />);
    const who = [...root.querySelectorAll('.toolbar select')].find((s) => s.querySelector('option[value="mine"]'));
    await type(who!, 'mine', 'change');
    await until(() => expect(root.querySelector('.empty')?.textContent).toBe('Ihnen ist noch nichts zugewiesen.'));
  });
});

describe('team administration (issue 13, item 8)', () => {
  it('admins add a colleague, see the token once with copy and where to paste it, change roles and revoke access', async () => {
    await settings.setValue({ ...DEFAULT_SETTINGS, serviceUrl: 'https://callwatch.stadt.de', token: 'tok', member: { id: 'm-admin', name: 'Ada', role: 'admin' } });
    const team = fakeTeam();
    const copied: string[] = [];
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: async (text: string) => void copied.push(text) } });
    const root = await mount(() => <App now={now} teamFor={() => team.client} />);
    await click(root.querySelector('#tab-team'));
    await type(root.querySelector('#team-new-name'), 'Clara');
    await type(root.querySelector('#team-new-role'), 'viewer', 'change');
    await click(button(root, 'Hinzufügen'));
    await until(() => expect((root.querySelector('#team-token') as HTMLInputElement | null)?.value).toBe('cw_secret-token-for-clara'));
    expect(team.calls).toContain('add Clara viewer');
    const panel = root.querySelector('.new-token')!;
    expect(panel.textContent).toContain('Dieser Schlüssel wird nur jetzt angezeigt.');
    expect(panel.textContent).toContain('unter „Adresse des Dienstes“ https://callwatch.stadt.de und unter „Zugangsschlüssel“ diesen Schlüssel');
    await click(button(root, 'Schlüssel kopieren'));
    await until(() => expect(copied).toEqual(['cw_secret-token-for-clara']));
    await click(button(root, 'Schlüssel weitergegeben'));
    expect(root.querySelector('#team-token')).toBeNull();

    // the last admin keeps the role: the service's 409 is said in German
    await type(root.querySelector('[aria-label="Rolle von Ada"]'), 'member', 'change');
    await until(() => expect(root.querySelector('.team-admin [role="status"].hint')?.textContent).toBe('Das geht nicht: Das Team braucht mindestens eine Person mit der Rolle Administration.'));

    await click(button(root, 'Zugang entziehen: Ada'));
    await click(button(root, 'Abbrechen'));
    expect(team.calls.some((c) => c.startsWith('remove'))).toBe(false);
    await click(button(root, 'Zugang entziehen: Ada'));
    await click(button(root, 'Ja, Ada den Zugang entziehen'));
    await until(() => expect(team.calls).toContain('remove m-admin'));
  });
});
