import { describe, expect, it } from 'vitest';
import { dueAlerts } from '../../../shared/alerts.ts';
import { deadline, item, rules } from './helpers.ts';

const id = (n: number) => `0190a7f0-0000-7000-8000-00000000000${n}`;

describe('dueAlerts', () => {
  const list = [
    item([deadline('2026-03-20')], { id: id(1) }), // 2 days before: Wednesday 03-18 08:00
    item([deadline('2026-04-01')], { id: id(2) }), // 14 days before: Wednesday 03-18 08:00
    item([deadline('2026-03-26')], { id: id(3) }), // nothing on 03-18 (03-12, 03-19, 03-24, 03-26)
    item([deadline('2026-03-20')], { id: id(4), status: 'done' }),
    item([deadline('2026-03-20')], { id: id(5), deleted: true }),
    item([deadline('2026-03-20')], { id: id(6), status: 'dismissed' }),
  ];

  it('returns the alerts whose time lies in (since, now], sorted by time then key', () => {
    const due = dueAlerts(list, rules(), '2026-03-18T07:00:00.000Z', { since: '2026-03-17T07:00:00.000Z' });
    expect(due.map((a) => [a.itemId, a.offset])).toEqual([
      [id(1), 2],
      [id(2), 14],
    ]);
  });

  it('excludes since and includes now', () => {
    const slot = '2026-03-18T07:00:00.000Z';
    expect(dueAlerts(list, rules(), '2026-03-19T00:00:00.000Z', { since: slot })).toEqual([]);
    expect(dueAlerts(list, rules(), slot, { since: '2026-03-18T06:59:59.999Z' })).toHaveLength(2);
  });

  it('is empty for an empty or reversed window', () => {
    expect(dueAlerts(list, rules(), '2026-03-18T07:00:00.000Z', { since: '2026-03-18T07:00:00.000Z' })).toEqual([]);
    expect(dueAlerts(list, rules(), '2026-03-17T07:00:00.000Z', { since: '2026-03-18T07:00:00.000Z' })).toEqual([]);
  });

  it('takes Dates and epoch milliseconds as well as ISO strings', () => {
    const asIso = dueAlerts(list, rules(), '2026-03-18T08:00:00.000Z', { since: '2026-03-17T08:00:00.000Z' });
    const asDate = dueAlerts(list, rules(), new Date('2026-03-18T08:00:00.000Z'), { since: Date.parse('2026-03-17T08:00:00.000Z') });
    expect(asDate).toEqual(asIso);
    expect(() => dueAlerts(list, rules(), 'yesterday', { since: 0 })).toThrow(RangeError);
  });

  it('sends the most urgent missed alert at the moment a deadline becomes known, and no other missed one', () => {
    const clipped = item([deadline('2026-03-20')], { id: id(7), knownSince: '2026-03-16T12:00:00.000Z' });
    const week = dueAlerts([clipped], rules(), '2026-03-21T00:00:00.000Z', { since: '2026-03-01T00:00:00.000Z' });
    expect(week.map((a) => [a.offset, a.sendAt, a.late])).toEqual([
      [7, '2026-03-16T12:00:00.000Z', true],
      [2, '2026-03-18T07:00:00.000Z', false],
      [0, '2026-03-20T07:00:00.000Z', false],
    ]);
    // the next run (after the clip) does not send it again
    expect(dueAlerts([clipped], rules(), '2026-03-17T00:00:00.000Z', { since: '2026-03-16T12:00:00.000Z' })).toEqual([]);
  });

  it('plans a moved deadline afresh: the old deadline\'s alerts are gone, the new one\'s come with new keys', () => {
    const before = item([deadline('2026-03-20')], { id: id(8) });
    const moved = item([deadline('2026-03-27')], { id: id(8), knownSince: '2026-03-17T10:00:00.000Z' });
    const window = { since: '2026-03-17T10:00:00.000Z' };
    const beforeKeys = dueAlerts([before], rules(), '2026-03-28T00:00:00.000Z', window).map((a) => a.key);
    const movedAlerts = dueAlerts([moved], rules(), '2026-03-28T00:00:00.000Z', window);
    expect(movedAlerts.map((a) => a.deadline.date)).toEqual(['2026-03-27', '2026-03-27', '2026-03-27']);
    expect(movedAlerts.some((a) => beforeKeys.includes(a.key))).toBe(false);
    // 14 days before 03-27 (03-13) was missed when it moved on 03-17; 7 days before (03-20) was not
    expect(movedAlerts.map((a) => [a.offset, a.late])).toEqual([
      [7, false],
      [2, false],
      [0, false],
    ]);
  });

  it('ignores deadlines over before the window', () => {
    expect(dueAlerts([item([deadline('2026-03-20')])], rules(), '2026-04-01T00:00:00.000Z', { since: '2026-03-21T00:00:00.000Z' })).toEqual([]);
  });
});
