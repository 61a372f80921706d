// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../extension/entrypoints/dashboard/App.tsx';
import { itemsCopy } from '../../../../extension/lib/store/items.ts';
import { pendingOps } from '../../../../extension/lib/store/pending.ts';
import { makeItem, speak } from '../../fixtures.ts';
import { click, connectBackground, mount, type, until } from '../../render.ts';

const now = () => new Date('2026-03-10T09:00:00Z');
beforeAll(() => speak('de'));
beforeEach(async () => {
  fakeBrowser.reset();
  connectBackground(now);
  const items = [
    makeItem({ title: 'Nakopa', notes: '', tags: ['partnerschaft'], deadlines: [{ date: '2026-03-20', label: 'Skizze', kind: 'interest' }] }),
    makeItem({ title: 'Neu gefunden', origin: 'source:skew', status: 'new' }),
    makeItem({ title: 'Konferenz', kind: 'event', start: '2026-03-12', end: '2026-03-13' }),
  ];
  await itemsCopy.setValue(Object.fromEntries(items.map((i) => [i.id, i])));
});

const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith(text))!;

describe('dashboard', () => {
  it('edits notes and tags inline as one op', async () => {
    const root = await mount(() => <App now={now} />);
    await click(button(root, 'Details'));
    const notes = root.querySelector('textarea[id^="notes-"]');
    await type(notes, 'Rücksprache mit Kämmerei');
    await type(root.querySelector('input[id^="tags-"]'), 'partnerschaft, haushalt');
    await click(button(root, 'Speichern'));
    await until(async () => expect((await pendingOps.getValue()).map((op) => op.set)).toEqual([{ notes: 'Rücksprache mit Kämmerei', tags: ['partnerschaft', 'haushalt'] }]));
  });

  it('has an inbox of new finds with one-click actions, and a calendar', async () => {
    const root = await mount(() => <App now={now} />);
    await click(button(root, 'Eingang (1)'));
    expect(root.querySelector('[role="tabpanel"]')?.textContent).toContain('Neu gefunden');
    await click(button(root, 'Auf die Liste'));
    await until(async () => expect((await pendingOps.getValue()).map((op) => op.set)).toEqual([{ status: 'watching' }]));
    await until(() => expect(button(root, 'Eingang (0)')).toBeTruthy());
    await click(button(root, 'Kalender'));
    expect(root.querySelector('#calendar-heading')?.textContent).toBe('März 2026');
    const day = [...root.querySelectorAll('.calendar .day')].find((d) => d.getAttribute('aria-label') === 'Fr., 20.03.2026');
    expect(day?.textContent).toContain('Skizze: Nakopa');
  });
});
