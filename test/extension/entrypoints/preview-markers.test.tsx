// @vitest-environment happy-dom
/** The preview's markers (issue 10, items 5 and 6): what is over, said in words and left unticked in a listing; fields to check. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../extension/entrypoints/preview/App.tsx';
import { storeDraft } from '../../../extension/lib/clip/store-draft.ts';
import { pendingOps } from '../../../extension/lib/store/pending.ts';
import { speak } from '../fixtures.ts';
import { click, connectBackground, mount, until } from '../render.ts';
import { clippedPage } from './preview-page.ts';

beforeAll(() => speak('de'));
beforeEach(() => {
  fakeBrowser.reset();
  connectBackground();
});

const page = (items: unknown[]) => clippedPage(items, 'https://agency.example/events');

describe('items that are over', () => {
  it('a past event shows its dates and place, says it is over, and can still be saved', async () => {
    const draft = await storeDraft(page([{ kind: 'event', title: 'Fachtagung 2017', start: '2017-09-14T10:00', end: '2017-09-14T16:00', location: 'Bielefeld', over: 'event' }]));
    const root = await mount(() => <App draftId={draft.id} />);
    await until(() => expect(root.querySelector('#item-0-title')).not.toBeNull());
    expect(root.querySelector('.over-marker')?.textContent).toBe('⌛ Veranstaltung vorbei. Sie können den Eintrag trotzdem speichern.');
    expect((root.querySelector('#item-0-start') as HTMLInputElement).value).toBe('2017-09-14');
    expect((root.querySelector('#item-0-location') as HTMLInputElement).value).toBe('Bielefeld');
    await click(root.querySelector('button[type="submit"]'));
    await until(() => expect(root.querySelector('.notice')?.textContent).toContain('gespeichert'));
    expect((await pendingOps.getValue()).map((op) => [op.set.title, op.set.start, op.set.location])).toEqual([['Fachtagung 2017', '2017-09-14T10:00', 'Bielefeld']]);
  });

  it('a listing keeps past items unticked and marked; only what is ahead is saved unless ticked', async () => {
    const draft = await storeDraft(page([
      { kind: 'event', title: 'Workshop März', start: '2026-03-12', over: 'event' },
      { kind: 'call', title: 'Aufruf 2025', deadlines: [{ date: '2025-06-30', label: 'Antragsfrist', kind: 'application' }], over: 'deadline' },
      { kind: 'event', title: 'Netzwerktreffen 2027', start: '2027-02-18', over: null },
    ]));
    const root = await mount(() => <App draftId={draft.id} />);
    await until(() => expect(root.querySelectorAll('input[type="checkbox"]')).toHaveLength(3));
    const picks = [0, 1, 2].map((i) => root.querySelector(`#item-${i}-pick`) as HTMLInputElement);
    expect(picks.map((p) => p.checked)).toEqual([false, false, true]);
    expect([...root.querySelectorAll('.over-marker strong')].map((m) => m.textContent)).toEqual(['Veranstaltung vorbei.', 'Frist abgelaufen.']);
    expect(picks[0].getAttribute('aria-describedby')).toBe('item-0-over');
    expect(picks[2].hasAttribute('aria-describedby')).toBe(false);
    await click(picks[1]);
    await click(root.querySelector('button[type="submit"]'));
    await until(() => expect(root.querySelector('.notice')?.textContent).toContain('gespeichert'));
    expect((await pendingOps.getValue()).map((op) => op.set.title)).toEqual(['Aufruf 2025', 'Netzwerktreffen 2027']);
  });

  it('an item that is not over carries no marker', async () => {
    const draft = await storeDraft(page([{ kind: 'call', title: 'Aufruf', deadlines: [{ date: '2027-05-01', label: 'Frist', kind: 'application' }] }]));
    const root = await mount(() => <App draftId={draft.id} />);
    await until(() => expect(root.querySelector('#item-0-title')).not.toBeNull());
    expect(root.querySelector('.over-marker')).toBeNull();
  });
});

describe('uncertain fields', () => {
  it('are marked "bitte prüfen" in words, named to screen readers, with the sentence behind a disclosure button', async () => {
    const draft = await storeDraft(page([{
      kind: 'event', title: 'Infoabend', start: '2027-03-04T18:00', location: 'Bürgerhaus', organizer: 'Kreis Minden',
      confidence: { kind: 0.9, title: 0.85, start: 0.4, end: 0.9, location: 0.45, organizer: 0.3, deadlines: 0.5 },
      evidence: [{ field: 'start', value: '2027-03-04T18:00', text: 'Wir laden am 4. März um 18 Uhr ein.' }],
    }]));
    const root = await mount(() => <App draftId={draft.id} />);
    await until(() => expect(root.querySelector('#item-0-title')).not.toBeNull());
    const marked = [...root.querySelectorAll('.uncertain-marker')].map((m) => m.id);
    expect(marked).toEqual(['item-0-start-check', 'item-0-location-check', 'item-0-organizer-check']);
    for (const field of ['start', 'location', 'organizer']) {
      const input = root.querySelector(`#item-0-${field}`)!;
      expect(root.querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent).toBe('⚠ bitte prüfen');
    }
    // trusted fields carry no marker, and at the 0.5 threshold nothing is marked
    for (const field of ['title', 'kind', 'end']) expect(root.querySelector(`#item-0-${field}`)?.hasAttribute('aria-describedby'), field).toBe(false);
    expect(root.querySelector('[aria-labelledby="item-0-deadlines-label"]')?.hasAttribute('aria-describedby')).toBe(false);
    // the start's sentence: hidden until the disclosure is opened
    const button = root.querySelector('button[aria-controls="item-0-start-check-evidence"]') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Fundstelle zu „Beginn“ zeigen');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(root.textContent).not.toContain('Wir laden am 4. März');
    await click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('#item-0-start-check-evidence')?.textContent).toBe('Fundstelle: „Wir laden am 4. März um 18 Uhr ein.“');
  });
});
