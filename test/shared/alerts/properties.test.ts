/**
 * Properties of the alert rules over generated teams: random deadlines across three years (so DST switches and
 * every movable holiday come up), random rules, random "known since" instants.
 */
import fc from 'fast-check';
import { isHoliday } from 'feiertagejs';
import { describe, expect, it } from 'vitest';
import { LANDS, dueAlerts, scheduleAlerts } from '../../../shared/alerts.ts';
import type { AlertItem, AlertRules } from '../../../shared/alerts.ts';
import type { Deadline } from '../../../shared/schema.ts';
import { intlBerlin } from '../time/intl-berlin.ts';

const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2027, 11, 31);
const pad = (n: number) => String(n).padStart(2, '0');

const dateArb = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms).toISOString().slice(0, 10));
const timeArb = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`);
const instantArb = fc.integer({ min: FROM - 30 * 86_400_000, max: TO }).map((ms) => new Date(ms).toISOString());

const deadlineArb: fc.Arbitrary<Deadline> = fc.record(
  {
    date: dateArb,
    time: timeArb,
    label: fc.constantFrom('Frist', 'Projektskizze', 'Antrag'),
    kind: fc.constantFrom('application', 'interest', 'registration', 'submission', 'other'),
  },
  { requiredKeys: ['date', 'label', 'kind'] },
);

const rulesArb: fc.Arbitrary<AlertRules> = fc.record({
  offsets: fc.uniqueArray(fc.integer({ min: 0, max: 365 }), { maxLength: 10 }),
  at: timeArb,
  digest: fc.constantFrom('weekly', 'off'),
  holidays: fc.constantFrom(...LANDS),
});

const itemsArb: fc.Arbitrary<AlertItem[]> = fc
  .array(
    fc.record({
      deadlines: fc.array(deadlineArb, { maxLength: 4 }),
      status: fc.constantFrom('new', 'watching', 'applying', 'submitted', 'done', 'dismissed'),
      deleted: fc.constantFrom(false, false, false, true),
      knownSince: fc.option(instantArb, { nil: undefined }),
    }),
    { maxLength: 25 },
  )
  .map((list) => list.map((it, i) => ({ id: `0190a7f0-0000-7000-8000-${String(i).padStart(12, '0')}`, ...it })));

const runs = { numRuns: 150 };

describe('alert rule properties', () => {
  it('never plans two alerts with the same key', () => {
    fc.assert(
      fc.property(itemsArb, rulesArb, (items, rules) => {
        const keys = items.flatMap((it) => scheduleAlerts(it, rules).map((a) => a.key));
        expect(new Set(keys).size).toBe(keys.length);
      }),
      runs,
    );
  });

  it('puts every alert at `at` Berlin time on a working day of the Land, before its deadline', () => {
    fc.assert(
      fc.property(itemsArb, rulesArb, (items, rules) => {
        for (const alert of items.flatMap((it) => scheduleAlerts(it, rules))) {
          const wall = intlBerlin(alert.dueAt); // straight from Intl, independent of the code under test
          expect(wall.time).toBe(rules.at);
          expect(['Sat', 'Sun']).not.toContain(wall.weekday);
          expect(isHoliday(wall.date, rules.holidays)).toBe(false);
          expect(wall.date <= alert.deadline.date).toBe(true);
          expect(alert.dueAt < alert.deadlineAt).toBe(true);
          expect(alert.sendAt < alert.deadlineAt).toBe(true);
          expect(alert.sendAt >= alert.dueAt).toBe(true);
          // moved back at most a few days past the offset (a weekend plus Easter is the longest run)
          const daysBefore = (Date.parse(alert.deadline.date) - Date.parse(wall.date)) / 86_400_000;
          expect(daysBefore).toBeGreaterThanOrEqual(alert.offset);
          expect(daysBefore).toBeLessThanOrEqual(alert.offset + 5);
        }
      }),
      runs,
    );
  });

  it('sends at most one late alert per deadline', () => {
    fc.assert(
      fc.property(itemsArb, rulesArb, (items, rules) => {
        const late = items.flatMap((it) => scheduleAlerts(it, rules)).filter((a) => a.late);
        const perDeadline = late.map((a) => `${a.itemId}|${a.deadlineKey}`);
        expect(new Set(perDeadline).size).toBe(perDeadline.length);
      }),
      runs,
    );
  });

  it('gives the same due set for a given now, whatever the order of the items', () => {
    fc.assert(
      fc.property(itemsArb, rulesArb, instantArb, fc.integer({ min: 1, max: 40 * 86_400_000 }), fc.func(fc.integer()), (items, rules, now, span, rank) => {
        const since = new Date(Date.parse(now) - span).toISOString();
        const shuffled = [...items].sort((a, b) => rank(a.id) - rank(b.id));
        const first = dueAlerts(items, rules, now, { since });
        expect(dueAlerts(shuffled, rules, now, { since })).toEqual(first);
        expect(dueAlerts(items, rules, now, { since })).toEqual(first);
      }),
      runs,
    );
  });

  it('splits windows without losing or repeating an alert: due(s, t1] ∪ due(t1, t2] = due(s, t2]', () => {
    fc.assert(
      fc.property(itemsArb, rulesArb, fc.uniqueArray(instantArb, { minLength: 3, maxLength: 3 }), (items, rules, instants) => {
        const [since, t1, t2] = [...instants].sort();
        const split = [...dueAlerts(items, rules, t1, { since }), ...dueAlerts(items, rules, t2, { since: t1 })];
        expect(split.map((a) => a.key)).toEqual(dueAlerts(items, rules, t2, { since }).map((a) => a.key));
      }),
      runs,
    );
  });

  it('agrees with scheduleAlerts: the due set is the planned alerts whose send time is in the window', () => {
    fc.assert(
      fc.property(itemsArb, rulesArb, instantArb, instantArb, (items, rules, a, b) => {
        const [since, now] = a < b ? [a, b] : [b, a];
        const planned = items
          .flatMap((it) => scheduleAlerts(it, rules))
          .filter((x) => x.sendAt > since && x.sendAt <= now)
          .map((x) => x.key)
          .sort();
        expect(dueAlerts(items, rules, now, { since }).map((x) => x.key).sort()).toEqual(planned);
      }),
      runs,
    );
  });
});
