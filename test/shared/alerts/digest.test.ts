import { describe, expect, it } from 'vitest';
import { buildDigest, digestSlots } from '../../../shared/alerts.ts';
import { deadline, item, rules } from './helpers.ts';

describe('weekly digest', () => {
  it('comes every Monday at `at` Berlin time within (since, now]', () => {
    // 2026-03-16 and 2026-03-23 are Mondays (CET)
    expect(digestSlots(rules(), '2026-03-10T00:00:00Z', '2026-03-24T12:00:00Z')).toEqual([
      { key: 'digest|2026-03-16', weekOf: '2026-03-16', sendAt: '2026-03-16T07:00:00.000Z' },
      { key: 'digest|2026-03-23', weekOf: '2026-03-23', sendAt: '2026-03-23T07:00:00.000Z' },
    ]);
  });

  it('excludes a slot at since and includes one at now', () => {
    expect(digestSlots(rules(), '2026-03-16T07:00:00Z', '2026-03-20T00:00:00Z')).toEqual([]);
    expect(digestSlots(rules(), '2026-03-16T06:00:00Z', '2026-03-16T07:00:00Z').map((s) => s.weekOf)).toEqual(['2026-03-16']);
  });

  it('stays on a holiday Monday (Ostermontag) and follows summer time', () => {
    expect(digestSlots(rules({ at: '09:30' }), '2026-04-05T00:00:00Z', '2026-04-07T00:00:00Z')).toEqual([
      { key: 'digest|2026-04-06', weekOf: '2026-04-06', sendAt: '2026-04-06T07:30:00.000Z' },
    ]);
  });

  it('is not sent when turned off', () => {
    expect(digestSlots(rules({ digest: 'off' }), '2026-03-10T00:00:00Z', '2026-03-24T12:00:00Z')).toEqual([]);
  });

  it('lists the alertable deadlines still ahead within 30 days, soonest first', () => {
    const [slot] = digestSlots(rules(), '2026-03-15T00:00:00Z', '2026-03-17T00:00:00Z');
    const digest = buildDigest(
      [
        item([deadline('2026-04-15', { label: 'last day in' }), deadline('2026-04-16', { label: 'one day too far' })], { id: 'b', title: 'B' }),
        item([deadline('2026-03-16', { time: '08:30', label: 'later today' }), deadline('2026-03-16', { time: '07:30', label: 'over before 08:00' })], { id: 'a', title: 'A' }),
        item([deadline('2026-03-20')], { id: 'c', status: 'done' }),
        item([deadline('2026-03-20')], { id: 'd', deleted: true }),
      ],
      slot,
    );
    expect(digest.until).toBe('2026-04-15');
    expect(digest.entries.map((e) => [e.itemId, e.deadline.label, e.days])).toEqual([
      ['a', 'later today', 0],
      ['b', 'last day in', 30],
    ]);
    expect(digest.entries[0]).toMatchObject({ title: 'A', url: 'https://example.org/nakopa', deadlineAt: '2026-03-16T07:30:00.000Z' });
  });

  it('is empty when nothing is due', () => {
    const [slot] = digestSlots(rules(), '2026-03-15T00:00:00Z', '2026-03-17T00:00:00Z');
    expect(buildDigest([], slot).entries).toEqual([]);
  });
});
