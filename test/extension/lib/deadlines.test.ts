import { describe, expect, it } from 'vitest';
import { deadlinesWithinWeek, dueDateOf, upcoming } from '../../../extension/lib/deadlines.ts';
import { makeItem } from '../fixtures.ts';

// 10:00 in Berlin on Tuesday 2026-03-10
const now = new Date('2026-03-10T09:00:00Z');

describe('due dates', () => {
  it('picks the next deadline of a two-stage call and names its stage', () => {
    const item = makeItem({
      deadlines: [
        { date: '2026-05-01', label: 'Antrag', kind: 'application' },
        { date: '2026-03-01', label: 'Projektskizze', kind: 'interest' },
      ],
    });
    const due = dueDateOf(item, now)!;
    expect(due.label).toBe('Antrag');
    expect(due.stage).toEqual({ index: 2, of: 2 });
    const early = dueDateOf(item, new Date('2026-02-01T09:00:00Z'))!;
    expect(early.label).toBe('Projektskizze');
    expect(early.stage).toEqual({ index: 1, of: 2 });
  });

  it("counts down to a deadline in its own zone, as the alerts do", () => {
    // 09:30 in New York is 14:30 in Berlin: still open at 10:00 Berlin
    const item = makeItem({ deadlines: [{ date: '2026-03-10', time: '09:30', tz: 'America/New_York', label: '', kind: 'application' }] });
    expect(dueDateOf(item, now)!.countdown).toEqual({ expired: false, days: 0, urgency: 'critical' });
  });

  it("uses an event's start when it has no deadline", () => {
    const due = dueDateOf(makeItem({ kind: 'event', start: '2026-03-20T10:00' }), now)!;
    expect(due).toMatchObject({ date: '2026-03-20', time: '10:00', deadline: null });
  });

  it('lists open items soonest first, recently expired ones last, closed and old ones not at all', () => {
    const items = [
      makeItem({ title: 'later', deadlines: [{ date: '2026-04-01', label: '', kind: 'application' }] }),
      makeItem({ title: 'expired', deadlines: [{ date: '2026-03-05', label: '', kind: 'application' }] }),
      makeItem({ title: 'soon', deadlines: [{ date: '2026-03-12', label: '', kind: 'application' }] }),
      makeItem({ title: 'done', status: 'done', deadlines: [{ date: '2026-03-11', label: '', kind: 'application' }] }),
      makeItem({ title: 'deleted', deleted: true, deadlines: [{ date: '2026-03-11', label: '', kind: 'application' }] }),
      makeItem({ title: 'long gone', deadlines: [{ date: '2025-01-05', label: '', kind: 'application' }] }),
      makeItem({ title: 'no date' }),
    ];
    expect(upcoming(items, now).map((d) => d.item.title)).toEqual(['soon', 'later', 'expired']);
  });

  it('counts the deadlines within 7 days for the badge (every stage counts, closed items do not)', () => {
    const items = [
      makeItem({ deadlines: [{ date: '2026-03-10', label: '', kind: 'interest' }, { date: '2026-03-17', label: '', kind: 'application' }] }),
      makeItem({ deadlines: [{ date: '2026-03-18', label: '', kind: 'application' }] }),
      makeItem({ deadlines: [{ date: '2026-03-09', label: '', kind: 'application' }] }),
      makeItem({ status: 'dismissed', deadlines: [{ date: '2026-03-11', label: '', kind: 'application' }] }),
    ];
    expect(deadlinesWithinWeek(items, now)).toBe(2);
  });
});
