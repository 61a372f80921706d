// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../extension/entrypoints/preview/App.tsx';
import { storeDraft } from '../../../extension/lib/clip/clip-tab.ts';
import { toDraftItem } from '../../../extension/lib/clip/draft.ts';
import { clipDrafts } from '../../../extension/lib/store/drafts.ts';
import { itemsCopy } from '../../../extension/lib/store/items.ts';
import { pendingOps } from '../../../extension/lib/store/pending.ts';
import { makeItem, speak } from '../fixtures.ts';
import { click, connectBackground, mount, type, until } from '../render.ts';

beforeAll(() => speak('de'));
beforeEach(() => {
  fakeBrowser.reset();
  connectBackground();
});

const page = (items: unknown[], url = 'https://agency.example/call') => ({
  url,
  canonicalUrl: null,
  pageTitle: 'Agentur',
  fromSelection: false,
  items: items.map((i) => toDraftItem(i, url)),
  diagnostics: [],
});

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

  it('updates the item already on the list instead of creating a duplicate', async () => {
    const existing = makeItem({ title: 'Alter Titel', url: 'https://agency.example/call', status: 'applying' });
    await itemsCopy.setValue({ [existing.id]: existing });
    const draft = await storeDraft(page([{ kind: 'call', title: 'Neuer Titel', url: 'https://agency.example/call' }]));
    expect(draft.existingItemId).toBe(existing.id);
    const root = await mount(() => <App draftId={draft.id} />);
    await until(() => expect(root.querySelector('#existing-heading')?.textContent).toBe('Diese Seite ist bereits auf der Liste:'));
    await click(root.querySelector('button[type="submit"]'));
    await until(async () => expect((await pendingOps.getValue()).map((op) => [op.itemId, op.set.title, op.set.status])).toEqual([[existing.id, 'Neuer Titel', undefined]]));
  });
});
