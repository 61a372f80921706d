import { describe, expect, it } from 'vitest';
import { buildDigest, POPUP_ROWS } from '../../../extension/lib/popup-digest.ts';
import { upcoming } from '../../../extension/lib/deadlines.ts';
import { makeItem } from '../fixtures.ts';

const now = new Date('2026-03-10T09:00:00Z');
const day = (n: number) => new Date(Date.UTC(2026, 2, 11 + n)).toISOString().slice(0, 10);

describe('popup digest', () => {
  it('holds the first rows of every filter, so the first paint matches the full list', () => {
    const items = [
      ...Array.from({ length: 120 }, (_, i) => makeItem({ title: `Aufruf ${i}`, deadlines: [{ date: day(i), label: '', kind: 'application' }], summary: 'lang '.repeat(100) })),
      makeItem({ title: 'Meins, spät', assignee: 'me', deadlines: [{ date: day(200), label: '', kind: 'application' }] }),
      makeItem({ title: 'Veranstaltung, spät', kind: 'event', start: day(300) }),
      makeItem({ title: 'Erledigt', status: 'done', deadlines: [{ date: day(1), label: '', kind: 'application' }] }),
    ];
    const digest = buildDigest(items, 'me', now);
    expect(digest.total).toBe(122);
    const shown = (list: typeof items) => upcoming(list, now).slice(0, POPUP_ROWS).map((d) => d.item.id);
    for (const pick of [(i: (typeof items)[0]) => true, (i: (typeof items)[0]) => i.assignee === 'me', (i: (typeof items)[0]) => i.kind === 'event', (i: (typeof items)[0]) => i.kind === 'call']) {
      expect(shown(digest.items.filter(pick))).toEqual(shown(items.filter(pick)));
    }
    expect(digest.items.length).toBeLessThanOrEqual(POPUP_ROWS + 2);
    expect(digest.items.every((i) => i.summary === '')).toBe(true);
  });
});
