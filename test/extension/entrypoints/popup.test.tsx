// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../extension/entrypoints/popup/App.tsx';
import { itemsCopy } from '../../../extension/lib/store/items.ts';
import { pendingOps } from '../../../extension/lib/store/pending.ts';
import { syncProblems } from '../../../extension/lib/store/problems.ts';
import { DEFAULT_SETTINGS, settings } from '../../../extension/lib/store/settings.ts';
import { makeItem, speak } from '../fixtures.ts';
import { connectBackground, mount, type, until } from '../render.ts';

const now = () => new Date('2026-03-10T09:00:00Z');
const deadline = (date: string, label = 'Antragsfrist') => ({ date, label, kind: 'application' as const });

beforeAll(() => speak('de'));
beforeEach(async () => {
  fakeBrowser.reset();
  connectBackground(now);
  await settings.setValue({ ...DEFAULT_SETTINGS, member: { id: 'me', name: 'Anna', role: 'member' } });
});

async function seed(...items: ReturnType<typeof makeItem>[]) {
  await itemsCopy.setValue(Object.fromEntries(items.map((i) => [i.id, i])));
}

describe('popup', () => {
  it('lists the next deadlines soonest first with countdown words, urgency and stage labels', async () => {
    await seed(
      makeItem({ title: 'Später', deadlines: [deadline('2026-04-30')] }),
      makeItem({ title: 'Zweistufig', deadlines: [deadline('2026-03-11', 'Projektskizze'), deadline('2026-06-01', 'Antrag')] }),
      makeItem({ title: 'Heute', kind: 'event', deadlines: [deadline('2026-03-10', 'Anmeldeschluss')] }),
      makeItem({ title: 'Vorbei', deadlines: [deadline('2026-03-08')] }),
    );
    const root = await mount(() => <App tab={null} now={now} initialFilter={{ who: 'all', kind: 'all' }} />);
    const rows = [...root.querySelectorAll('.deadline-row')];
    expect(rows.map((r) => r.querySelector('.item-title')?.textContent)).toEqual(['Heute', 'Zweistufig', 'Später', 'Vorbei']);
    expect(rows.map((r) => r.querySelector('.countdown')?.textContent)).toEqual(['heute', 'morgen', 'in 51 Tagen', 'abgelaufen']);
    expect(rows.map((r) => r.className.replace('deadline-row ', ''))).toEqual(['urgency-critical', 'urgency-critical', 'urgency-later', 'urgency-expired']);
    expect(rows[1].querySelector('.due-line')?.textContent).toBe('Stufe 1 von 2: Projektskizze · Mi., 11.03.2026');
  });

  it('filters mine / all and calls / events', async () => {
    await seed(
      makeItem({ title: 'Mein Aufruf', assignee: 'me', deadlines: [deadline('2026-03-20')] }),
      makeItem({ title: 'Fremder Aufruf', assignee: 'other', deadlines: [deadline('2026-03-21')] }),
      makeItem({ title: 'Meine Veranstaltung', kind: 'event', assignee: 'me', start: '2026-03-22' }),
    );
    const root = await mount(() => <App tab={null} now={now} initialFilter={{ who: 'all', kind: 'all' }} />);
    const titles = () => [...root.querySelectorAll('.deadline-row .item-title')].map((e) => e.textContent);
    expect(titles()).toHaveLength(3);
    await type(root.querySelector('input[name="who"][value="mine"]'), 'mine', 'change');
    await until(() => expect(titles()).toEqual(['Mein Aufruf', 'Meine Veranstaltung']));
    await type(root.querySelector('input[name="kind"][value="event"]'), 'event', 'change');
    await until(() => expect(titles()).toEqual(['Meine Veranstaltung']));
  });

  it('changes the status in one step through the op queue', async () => {
    const item = makeItem({ title: 'Nakopa', deadlines: [deadline('2026-03-20')] });
    await seed(item);
    const root = await mount(() => <App tab={null} now={now} initialFilter={{ who: 'all', kind: 'all' }} />);
    const select = root.querySelector<HTMLSelectElement>('select[aria-label="Status von „Nakopa“"]');
    await type(select, 'applying', 'change');
    await until(async () => expect((await pendingOps.getValue()).map((op) => op.set)).toEqual([{ status: 'applying' }]));
    await until(() => expect(root.querySelector<HTMLSelectElement>('.status-select')?.value).toBe('applying'));
  });

  it('says so when the current page is already on the list, and marks the tab', async () => {
    await seed(makeItem({ title: 'Klimaschutz-Aufruf', url: 'https://www.klimaschutz.de/aufruf/' }));
    const root = await mount(() => <App tab={{ id: 4, url: 'https://www.klimaschutz.de/aufruf?utm_source=x' } as never} now={now} initialFilter={{ who: 'all', kind: 'all' }} />);
    expect(root.querySelector('.on-list')?.textContent).toContain('Diese Seite ist bereits auf der Liste:');
    expect(root.querySelector('.clip-panel button')?.textContent).toBe('Erneut erfassen und Eintrag aktualisieren');
    await until(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('✓'));
  });

  it('renders page text as text and never links a javascript: address', async () => {
    await seed(makeItem({ title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)', deadlines: [deadline('2026-03-20')] }));
    const root = await mount(() => <App tab={null} now={now} initialFilter={{ who: 'all', kind: 'all' }} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.item-title')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('a.item-title')).toBeNull();
  });

  it('shows rejected changes with the reason and hides them when dismissed', async () => {
    await syncProblems.setValue([{ op: { opId: '0190a000-0000-7000-8000-00000000abcd', itemId: 'x', hlc: '', set: {} }, title: 'Nakopa', error: 'title: must not be empty', at: '' }]);
    const root = await mount(() => <App tab={null} now={now} initialFilter={{ who: 'all', kind: 'all' }} />);
    expect(root.querySelector('.problems')?.textContent).toContain('„Nakopa“ wurde vom Dienst abgelehnt: title: must not be empty');
    (root.querySelector('.problems button') as HTMLButtonElement).click();
    await until(() => expect(root.querySelector('.problems')).toBeNull());
  });
});

describe('popup: unsaved clips', () => {
  it('lists clips whose preview was closed unsaved, linking back to them', async () => {
    const { storeDraft } = await import('../../../extension/lib/clip/store-draft.ts');
    const { toDraftItem } = await import('../../../extension/lib/clip/draft.ts');
    const draft = await storeDraft({ url: 'https://a.de/x', canonicalUrl: null, pageTitle: 'Seite', fromSelection: false, items: [toDraftItem({ title: 'Halb erfasst' }, 'https://a.de/x')], diagnostics: [] });
    const root = await mount(() => <App tab={null} now={now} initialFilter={{ who: 'all', kind: 'all' }} />);
    await until(() => expect(root.querySelector('.unsaved a')?.textContent).toBe('Halb erfasst'));
    expect(root.querySelector('.unsaved a')?.getAttribute('href')).toBe(`/preview.html?draft=${draft.id}&view=popup`);
  });
});
