import { describe, expect, it } from 'vitest';
import { scheduleAlerts } from '../../../shared/alerts.ts';
import type { PlannedAlert } from '../../../shared/alerts.ts';
import { deadline, item, rules } from './helpers.ts';

/** offset → dueAt, the shape the tables below are written in */
const slots = (alerts: PlannedAlert[]) => Object.fromEntries(alerts.map((a) => [a.offset, a.dueAt]));

describe('scheduleAlerts', () => {
  it('plans 14, 7, 2 and 0 days before a deadline at 08:00 Berlin on working days (winter: 07:00 UTC)', () => {
    // 2026-03-20 is a Friday; all four days are ordinary working days in NW
    expect(slots(scheduleAlerts(item([deadline('2026-03-20')]), rules()))).toEqual({
      14: '2026-03-06T07:00:00.000Z',
      7: '2026-03-13T07:00:00.000Z',
      2: '2026-03-18T07:00:00.000Z',
      0: '2026-03-20T07:00:00.000Z',
    });
  });

  it('moves weekend and holiday days to the working day before', () => {
    // 2026-05-16 is a Saturday; 05-14 is Christi Himmelfahrt, 05-02 a Saturday after Tag der Arbeit (Friday 05-01)
    expect(slots(scheduleAlerts(item([deadline('2026-05-16')]), rules()))).toEqual({
      14: '2026-04-30T06:00:00.000Z',
      7: '2026-05-08T06:00:00.000Z',
      2: '2026-05-13T06:00:00.000Z',
      0: '2026-05-15T06:00:00.000Z',
    });
  });

  it('moves a due day on Easter Monday in NW to the Thursday before Good Friday', () => {
    // 2026-04-20 − 14 days = Ostermontag 2026-04-06; Sunday, Saturday and Karfreitag are skipped too
    const [alert] = scheduleAlerts(item([deadline('2026-04-20')]), rules({ offsets: [14] }));
    expect(alert.dueAt).toBe('2026-04-02T06:00:00.000Z');
  });

  it('moves Fronleichnam in NW but not in BE', () => {
    // 2026-06-18 − 14 days = Fronleichnam 2026-06-04 (a Thursday)
    const planned = (land: 'NW' | 'BE') => scheduleAlerts(item([deadline('2026-06-18')]), rules({ offsets: [14], holidays: land }))[0].dueAt;
    expect(planned('NW')).toBe('2026-06-03T06:00:00.000Z');
    expect(planned('BE')).toBe('2026-06-04T06:00:00.000Z');
  });

  it('follows the DST switches: 08:00 Berlin is 07:00 UTC in winter and 06:00 UTC in summer', () => {
    // spring: 14 days before 2026-04-10 is Friday 03-27 (CET); 7 days before is Karfreitag → Thursday 04-02 (CEST)
    expect(slots(scheduleAlerts(item([deadline('2026-04-10')]), rules({ offsets: [14, 7] })))).toEqual({
      14: '2026-03-27T07:00:00.000Z',
      7: '2026-04-02T06:00:00.000Z',
    });
    // autumn, at 07:00: Friday 10-23 is still CEST, Friday 10-30 is CET
    expect(slots(scheduleAlerts(item([deadline('2026-11-06')]), rules({ offsets: [14, 7], at: '07:00' })))).toEqual({
      14: '2026-10-23T05:00:00.000Z',
      7: '2026-10-30T06:00:00.000Z',
    });
  });

  it('alerts each stage of a two-stage call on its own', () => {
    const twoStage = item([
      deadline('2026-03-20', { label: 'Projektskizze', kind: 'interest' }),
      deadline('2026-05-29', { label: 'Antrag', kind: 'application' }),
    ]);
    const alerts = scheduleAlerts(twoStage, rules());
    expect(alerts).toHaveLength(8);
    expect(alerts.filter((a) => a.deadline.kind === 'interest').map((a) => a.offset)).toEqual([14, 7, 2, 0]);
    expect(alerts.filter((a) => a.deadline.kind === 'application').map((a) => a.offset)).toEqual([14, 7, 2, 0]);
    expect(new Set(alerts.map((a) => a.key)).size).toBe(8);
  });

  it('gives a moved deadline new keys, and keeps keys when nothing moved', () => {
    const before = scheduleAlerts(item([deadline('2026-03-20')]), rules()).map((a) => a.key);
    const again = scheduleAlerts(item([deadline('2026-03-20', { label: 'Neues Label' })]), rules()).map((a) => a.key);
    const moved = scheduleAlerts(item([deadline('2026-03-27')]), rules()).map((a) => a.key);
    const timed = scheduleAlerts(item([deadline('2026-03-20', { time: '12:00' })]), rules()).map((a) => a.key);
    expect(again).toEqual(before);
    expect(moved.filter((k) => before.includes(k))).toEqual([]);
    expect(timed.filter((k) => before.includes(k))).toEqual([]);
    expect(before[0]).toBe('0190a7f0-0000-7000-8000-000000000001|2026-03-20-application|14');
    expect(timed[0]).toBe('0190a7f0-0000-7000-8000-000000000001|2026-03-20T12:00-application|14');
  });

  it.each([
    ['deleted', { deleted: true }],
    ['done', { status: 'done' as const }],
    ['dismissed', { status: 'dismissed' as const }],
  ])('plans nothing for a %s item', (_name, change) => {
    expect(scheduleAlerts(item([deadline('2026-03-20')], change), rules())).toEqual([]);
  });

  it('still alerts submitted and applying items', () => {
    expect(scheduleAlerts(item([deadline('2026-03-20')], { status: 'submitted' }), rules())).toHaveLength(4);
    expect(scheduleAlerts(item([deadline('2026-03-20')], { status: 'applying' }), rules())).toHaveLength(4);
  });

  it('drops an alert that would go out after its deadline (08:00 alert, 07:30 deadline)', () => {
    expect(scheduleAlerts(item([deadline('2026-03-20', { time: '07:30' })]), rules()).map((a) => a.offset)).toEqual([14, 7, 2]);
    expect(scheduleAlerts(item([deadline('2026-03-20', { time: '08:01' })]), rules()).map((a) => a.offset)).toEqual([14, 7, 2, 0]);
  });

  it('keeps the more urgent offset when two are moved onto the same day', () => {
    // 2026-03-23 is a Monday: 2 days before is Saturday, 1 day before Sunday — both move to Friday 03-20
    const alerts = scheduleAlerts(item([deadline('2026-03-23')]), rules({ offsets: [2, 1, 0] }));
    expect(alerts.map((a) => [a.offset, a.dueAt])).toEqual([
      [1, '2026-03-20T07:00:00.000Z'],
      [0, '2026-03-23T07:00:00.000Z'],
    ]);
  });

  it('plans a deadline listed twice only once', () => {
    const twice = item([deadline('2026-03-20'), deadline('2026-03-20', { label: 'Frist (2)' })]);
    expect(scheduleAlerts(twice, rules())).toHaveLength(4);
  });

  it('reads a deadline in another zone in that zone', () => {
    // 23:00 in New York is 05:00 the next morning in Berlin: the 08:00 alert on the day is still before it
    const [alert] = scheduleAlerts(item([deadline('2026-03-20', { time: '23:00', tz: 'America/New_York' })]), rules({ offsets: [0] }));
    expect(alert.deadlineAt).toBe('2026-03-21T03:00:00.000Z');
    expect(alert.deadlineKey).toBe('2026-03-20T23:00-application~America/New_York');
  });

  describe('alerts that fell due before the deadline was known', () => {
    it('sends only the most urgent missed one, once, when the deadline becomes known', () => {
      // clipped on Monday 03-16 at 13:00 Berlin: the 14- and 7-day slots are gone
      const alerts = scheduleAlerts(item([deadline('2026-03-20')]), rules(), { knownSince: '2026-03-16T12:00:00.000Z' });
      expect(alerts.map((a) => [a.offset, a.sendAt, a.late])).toEqual([
        [7, '2026-03-16T12:00:00.000Z', true],
        [2, '2026-03-18T07:00:00.000Z', false],
        [0, '2026-03-20T07:00:00.000Z', false],
      ]);
      expect(alerts[0].dueAt).toBe('2026-03-13T07:00:00.000Z');
    });

    it('sends nothing late once the deadline is over', () => {
      expect(scheduleAlerts(item([deadline('2026-03-20')]), rules(), { knownSince: '2026-03-21T00:00:00.000Z' })).toEqual([]);
    });

    it('sends the day-of alert late when the deadline is still ahead that day', () => {
      const alerts = scheduleAlerts(item([deadline('2026-03-20', { time: '15:00' })]), rules(), { knownSince: '2026-03-20T10:00:00.000Z' });
      expect(alerts.map((a) => [a.offset, a.late])).toEqual([[0, true]]);
    });

    it('reads per-deadline instants, so an old stage keeps its alerts when a new stage appears', () => {
      const twoStage = item([deadline('2026-03-20', { kind: 'interest' }), deadline('2026-05-29')]);
      const alerts = scheduleAlerts(twoStage, rules(), { knownSince: { '2026-05-29-application': '2026-05-23T12:00:00.000Z' } });
      expect(alerts.filter((a) => a.deadline.kind === 'interest').every((a) => !a.late)).toBe(true);
      expect(alerts.filter((a) => a.deadline.kind === 'application').map((a) => [a.offset, a.late])).toEqual([
        [7, true],
        [2, false],
        [0, false],
      ]);
    });
  });
});
