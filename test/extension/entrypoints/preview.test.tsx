// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../extension/entrypoints/preview/App.tsx';
import { storeDraft } from '../../../extension/lib/clip/store-draft.ts';
import { blankDraftItem } from '../../../extension/lib/clip/draft.ts';
import { clipDrafts } from '../../../extension/lib/store/drafts.ts';
import { itemsCopy } from '../../../extension/lib/store/items.ts';
import { pendingOps } from '../../../extension/lib/store/pending.ts';
import { makeItem, speak } from '../fixtures.ts';
import { click, connectBackground, mount, type, until } from '../render.ts';
import { clippedPage } from './preview-page.ts';

beforeAll(() => speak('de'));
beforeEach(() => {
  fakeBrowser.reset();
  connectBackground();
});

const page = clippedPage;

describe('preview form', () => {
  it('shows every field with evidence, takes edits and saves them as a new item (offline: into the queue)', async () => {
    const draft = await storeDraft(page([{ kind: 'call', title: 'Aufruf', deadlines: [{ date: '2026-05-01', label: 'Frist', kind: 'application' }], evidence: [{ field: 'deadline', value: '2026-05-01', text: 'Bewerbung bis 1. Mai 2026.' }] }]));
    let closed = false;
    const root = await mount(() => <App draftId={draft.id} close={() => (closed = true)} />);
    await until(() => expect(root.querySelector('#item-0-title')).not.toBeNull());
    for (const id of ['kind', 'title', 'start', 'end', 'location', 'organizer', 'programme', 'amount', 'summary', 'tags', 'url']) expect(root.querySelector(`#item-0-${id}`), id).not.toBeNull();
    expect(root.querySelector('.evidence')?.textContent).toBe('Fundstelle: „Bewerbung bis 1. Mai 2026.“');
    await type(root.querySelector('#item-0-title'), 'Aufruf (bearbeitet)');
    await type(root.querySelector('#item-0-tags'), 'klima, partnerschaft', 'change');
    await click(root.querySelector('button[type="submit"]'));
    await until(() => expect(root.querySelector('.notice')?.textContent).toContain('gespeichert'));
    const [op] = await pendingOps.getValue();
    expect(op.set).toMatchObject({ kind: 'call', title: 'Aufruf (bearbeitet)', tags: ['klima', 'partnerschaft'], status: 'new', deadlines: [{ date: '2026-05-01', label: 'Frist', kind: 'application' }] });
    expect(await clipDrafts.getValue()).toEqual({});
    await click(root.querySelector('button.primary'));
    expect(closed).toBe(true);
  });

  it('refuses to save an empty title and keeps the draft', async () => {
    const draft = await storeDraft(page([{ kind: 'event', title: '' }]));
    const root = await mount(() => <App draftId={draft.id} />);
    await until(() => expect(root.querySelector('#item-0-title')).not.toBeNull());
    await type(root.querySelector('#item-0-title'), '   '); // passes the browser's `required`, not the schema
    await click(root.querySelector('button[type="submit"]'));
    await until(() => expect(root.querySelector('.field-error')?.textContent).toBe('Bitte einen Titel eingeben.'));
    expect(await pendingOps.getValue()).toEqual([]);
    expect(Object.keys(await clipDrafts.getValue())).toEqual([draft.id]);
  });

  it('offers the items of a listing page as a checklist and saves only the checked ones', async () => {
    const draft = await storeDraft(page([{ kind: 'event', title: 'Treffen 1' }, { kind: 'event', title: 'Treffen 2' }, { kind: 'event', title: 'Treffen 3' }]));
    const root = await mount(() => <App draftId={draft.id} />);
    await until(() => expect(root.querySelectorAll('input[type="checkbox"]')).toHaveLength(3));
    expect(root.textContent).toContain('Auf dieser Seite wurden 3 Einträge gefunden.');
    await click(root.querySelector('#item-1-pick'));
    await click(root.querySelector('button[type="submit"]'));
    await until(async () => expect((await pendingOps.getValue()).map((op) => op.set.title)).toEqual(['Treffen 1', 'Treffen 3']));
  });

  it('re-clips a page on the list as an update of the saved item: corrections stay, only accepted changes apply, undo restores', async () => {
    const handAdded = { date: '2027-05-20', label: 'Interne Frist', kind: 'application' as const };
    const existing = makeItem({ title: 'Alter Titel (korrigiert)', url: 'https://agency.example/call', status: 'applying', organizer: 'Agentur', deadlines: [handAdded] });
    await itemsCopy.setValue({ [existing.id]: existing });
    const pageDeadline = { date: '2027-06-15', label: 'Antragsfrist', kind: 'application' };
    const draft = await storeDraft(page([{ kind: 'call', title: 'Neuer Titel', url: 'https://agency.example/call', deadlines: [pageDeadline], evidence: [{ field: 'deadline', value: '2027-06-15', text: 'Anträge bis 15. Juni 2027.' }] }]));
    expect(draft.existingItemId).toBe(existing.id);
    const root = await mount(() => <App draftId={draft.id} />);
    await until(() => expect(root.querySelector('#existing-heading')?.textContent).toBe('Diese Seite ist bereits auf der Liste:'));
    expect((root.querySelector('input[name="mode"]') as HTMLInputElement).checked).toBe(true);
    // the form starts from the saved item, the page's values are offered above it
    expect((root.querySelector('#item-0-title') as HTMLInputElement).value).toBe('Alter Titel (korrigiert)');
    expect((root.querySelector('#item-0-deadline-0-date') as HTMLInputElement).value).toBe('2027-05-20');
    const offers = [...root.querySelectorAll('.change-list li')].map((li) => li.textContent);
    expect(offers).toHaveLength(2);
    expect(offers[0]).toContain('Titel:');
    expect(offers[0]).toContain('Alter Titel (korrigiert)');
    expect(offers[0]).toContain('Neuer Titel');
    expect(offers[1]).toContain('Neue Frist auf der Seite:');
    expect(offers[1]).toContain('15.06.2027');
    expect(offers[1]).toContain('Fundstelle: „Anträge bis 15. Juni 2027.“');
    expect([...root.querySelectorAll<HTMLInputElement>('.change-list input')].map((c) => c.checked)).toEqual([false, false]);

    await click(root.querySelector('#change-1'));
    expect(root.querySelectorAll('[id^="item-0-deadline-"][type="date"]')).toHaveLength(2);
    expect((root.querySelector('#item-0-title') as HTMLInputElement).value).toBe('Alter Titel (korrigiert)');
    await click(root.querySelector('button[type="submit"]'));
    await until(() => expect(root.querySelector('.notice')?.textContent).toBe('„Alter Titel (korrigiert)“ wurde aktualisiert.'));
    const [update] = await pendingOps.getValue();
    expect(update.itemId).toBe(existing.id);
    expect(update.set).toEqual({ deadlines: [handAdded, pageDeadline] });
    expect(await clipDrafts.getValue()).toEqual({});

    const undo = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Rückgängig');
    await click(undo ?? null);
    await until(async () => expect((await pendingOps.getValue()).map((op) => op.set)).toEqual([{ deadlines: [handAdded, pageDeadline] }, { deadlines: [handAdded] }]));
    await until(() => expect(root.querySelector('.notice')?.textContent).toBe('Die Aktualisierung von „Alter Titel (korrigiert)“ wurde rückgängig gemacht.'));
  });

  it('saves nothing when no change of the page is accepted, and a selection clip defaults to a new item', async () => {
    const existing = makeItem({ title: 'Gespeichert', url: 'https://agency.example/call' });
    await itemsCopy.setValue({ [existing.id]: existing });
    const whole = await storeDraft(page([{ kind: 'call', title: 'Von der Seite', url: 'https://agency.example/call' }]));
    const root = await mount(() => <App draftId={whole.id} />);
    await until(() => expect(root.querySelector('.change-list')).not.toBeNull());
    await click(root.querySelector('button[type="submit"]'));
    await until(() => expect(root.querySelector('.notice')?.textContent).toBe('Nichts geändert – der Eintrag bleibt, wie er war.'));
    expect(await pendingOps.getValue()).toEqual([]);

    const selection = await storeDraft({ ...page([{ kind: 'event', title: 'Workshop aus dem Abschnitt' }]), fromSelection: true });
    const again = await mount(() => <App draftId={selection.id} />);
    await until(() => expect(again.querySelector('#item-0-title')).not.toBeNull());
    expect([...again.querySelectorAll<HTMLInputElement>('input[name="mode"]')].map((r) => r.checked)).toEqual([false, true]);
    expect((again.querySelector('#item-0-title') as HTMLInputElement).value).toBe('Workshop aus dem Abschnitt');
    await click(again.querySelector('button[type="submit"]'));
    await until(async () => expect((await pendingOps.getValue()).map((op) => [op.itemId === existing.id, op.set.title])).toEqual([[false, 'Workshop aus dem Abschnitt']]));
  });

  it('says plainly when the page shows no call or event, and offers an empty entry only on request', async () => {
    const news = { ...page([]), pageTitle: 'Stadtrat beschließt Haushalt', items: [blankDraftItem('https://news.example/artikel', 'Stadtrat beschließt Haushalt')] };
    const draft = await storeDraft(news);
    const root = await mount(() => <App draftId={draft.id} />);
    await until(() => expect(root.querySelector('#nothing-heading')?.textContent).toBe('Kein Förderaufruf und keine Veranstaltung erkannt'));
    expect(root.textContent).not.toContain('Gefunden auf');
    expect(root.querySelector('#item-0-title')).toBeNull();
    expect(root.querySelector('button[type="submit"]')).toBeNull();
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Leeren Eintrag anlegen') ?? null);
    expect((root.querySelector('#item-0-title') as HTMLInputElement).value).toBe('');
    expect(root.querySelector('#item-0-heading')?.textContent).toBe('(ohne Titel)');
  });

  it('names a date from the page\'s machine-readable data in plain words, not in developer terms', async () => {
    const draft = await storeDraft(page([{ kind: 'event', title: 'Konferenz', start: '2027-03-04T09:00', evidence: [{ field: 'start', value: '2027-03-04T09:00', text: 'structured data (JSON-LD)' }] }]));
    const root = await mount(() => <App draftId={draft.id} />);
    await until(() => expect(root.querySelector('.evidence')).not.toBeNull());
    expect(root.querySelector('.evidence')?.textContent).toBe('Fundstelle: die maschinenlesbaren Angaben der Seite');
    expect(root.textContent).not.toContain('JSON-LD');
  });
});
