import { describe, expect, it } from 'vitest';
import { DEADLINE_CHANGED_TITLE, deadlineChanges } from '../../../shared/alerts.ts';
import { deadline, item } from './helpers.ts';

const skizze = (date: string) => deadline(date, { label: 'Projektskizze', kind: 'interest' });
const antrag = (date: string) => deadline(date, { label: 'Antrag', kind: 'application' });

describe('deadline changes ("Frist geändert")', () => {
  it('reports a moved stage with its old and new deadline', () => {
    const changes = deadlineChanges(item([skizze('2026-03-20'), antrag('2026-05-29')]), item([skizze('2026-03-27'), antrag('2026-05-29')]));
    expect(changes).toEqual([
      {
        type: 'deadline.changed',
        key: '0190a7f0-0000-7000-8000-000000000001|changed|2026-03-20-interest>2026-03-27-interest',
        itemId: '0190a7f0-0000-7000-8000-000000000001',
        from: skizze('2026-03-20'),
        to: skizze('2026-03-27'),
      },
    ]);
    expect(DEADLINE_CHANGED_TITLE.de).toBe('Frist geändert');
  });

  it('pairs by label first when two deadlines of one kind move', () => {
    const a = deadline('2026-03-20', { label: 'Runde 1' });
    const b = deadline('2026-06-20', { label: 'Runde 2' });
    const changes = deadlineChanges(item([a, b]), item([{ ...b, date: '2026-06-30' }, { ...a, date: '2026-03-31' }]));
    expect(changes.map((c) => [c.from?.label, c.from?.date, c.to?.date])).toEqual([
      ['Runde 2', '2026-06-20', '2026-06-30'],
      ['Runde 1', '2026-03-20', '2026-03-31'],
    ]);
  });

  it('reports a time added to a date as a change', () => {
    const changes = deadlineChanges(item([antrag('2026-05-29')]), item([{ ...antrag('2026-05-29'), time: '12:00' }]));
    expect(changes.map((c) => [c.from?.time, c.to?.time])).toEqual([[undefined, '12:00']]);
  });

  it('reports an added and a removed deadline', () => {
    const added = deadlineChanges(item([antrag('2026-05-29')]), item([skizze('2026-03-20'), antrag('2026-05-29')]));
    expect(added.map((c) => [c.from, c.to?.date])).toEqual([[null, '2026-03-20']]);
    const removed = deadlineChanges(item([skizze('2026-03-20'), antrag('2026-05-29')]), item([antrag('2026-05-29')]));
    expect(removed.map((c) => [c.from?.date, c.to])).toEqual([['2026-03-20', null]]);
  });

  it('reports nothing when only a label changed, for a new item, or for an item that no longer alerts', () => {
    expect(deadlineChanges(item([antrag('2026-05-29')]), item([{ ...antrag('2026-05-29'), label: 'Vollantrag' }]))).toEqual([]);
    expect(deadlineChanges(null, item([antrag('2026-05-29')]))).toEqual([]);
    expect(deadlineChanges(item([antrag('2026-05-29')]), item([antrag('2026-06-05')], { status: 'dismissed' }))).toEqual([]);
    expect(deadlineChanges(item([antrag('2026-05-29')]), item([antrag('2026-06-05')], { deleted: true }))).toEqual([]);
  });
});
