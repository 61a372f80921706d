// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../extension/entrypoints/popup/App.tsx';
import { itemsCopy } from '../../../extension/lib/store/items.ts';
import { DEFAULT_SETTINGS, settings } from '../../../extension/lib/store/settings.ts';
import { makeItem, speak } from '../fixtures.ts';
import { connectBackground, mount } from '../render.ts';

const now = () => new Date('2026-03-10T09:00:00Z');
beforeAll(() => speak('de'));
beforeEach(async () => {
  fakeBrowser.reset();
  connectBackground(now);
  await settings.setValue({ ...DEFAULT_SETTINGS, member: { id: 'me', name: 'Anna', role: 'member' } });
});

describe('popup, "Meine" empty (issue 13, item 7)', () => {
  it('says that nothing is assigned to you, not that there are no deadlines', async () => {
    const other = makeItem({ title: 'Fremder Aufruf', assignee: 'other', deadlines: [{ date: '2026-03-20', label: '', kind: 'application' }] });
    await itemsCopy.setValue({ [other.id]: other });
    const root = await mount(() => <App tab={null} now={now} initialFilter={{ who: 'mine', kind: 'all' }} />);
    expect(root.querySelector('.empty')?.textContent).toBe('Ihnen ist noch nichts zugewiesen.');
  });

  it('keeps "no deadlines" when something is assigned but has no date ahead', async () => {
    const mine = makeItem({ title: 'Mein Aufruf ohne Frist', assignee: 'me' });
    await itemsCopy.setValue({ [mine.id]: mine });
    const root = await mount(() => <App tab={null} now={now} initialFilter={{ who: 'mine', kind: 'all' }} />);
    expect(root.querySelector('.empty')?.textContent).toBe('Keine anstehenden Fristen.');
  });
});
