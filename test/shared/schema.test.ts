import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DateOrDateTimeSchema, DeadlineSchema, isCalendarDate, isClockTime, ItemFieldsSchema } from '../../shared/schema.ts';

describe('schema', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-30')).toBe(false);
    expect(isCalendarDate('2027-13-01')).toBe(false);
    expect(isCalendarDate('27-01-01')).toBe(false);
  });

  it('accepts clock times up to 23:59 only', () => {
    expect(isClockTime('00:00')).toBe(true);
    expect(isClockTime('23:59')).toBe(true);
    expect(isClockTime('25:00')).toBe(false);
    expect(isClockTime('12:60')).toBe(false);
  });

  it('reads start/end as a date or a date with time', () => {
    expect(v.is(DateOrDateTimeSchema, '2019-12-17T12:30')).toBe(true);
    expect(v.is(DateOrDateTimeSchema, '2019-12-17')).toBe(true);
    expect(v.is(DateOrDateTimeSchema, '2019-12-17T24:00')).toBe(false);
  });

  it('refuses deadlines, starts and ends outside 1970–2199, naming the field', () => {
    for (const date of ['9999-12-31', '2200-01-01', '1969-12-31', '0001-01-01']) {
      const result = v.safeParse(v.partial(ItemFieldsSchema), { deadlines: [{ date, label: 'Frist', kind: 'application' }], start: date, end: `${date}T10:00` });
      expect(result.success).toBe(false);
      expect(result.issues!.map((i) => [v.getDotPath(i), i.message])).toEqual([
        ['deadlines.0.date', 'must be a date from 1970 to 2199'],
        ['start', 'must be a date from 1970 to 2199'],
        ['end', 'must be a date from 1970 to 2199'],
      ]);
    }
    for (const date of ['1970-01-01', '2199-12-31']) expect(v.is(DeadlineSchema, { date, label: '', kind: 'other' })).toBe(true);
    // a value that is no date at all is told so once
    expect(v.safeParse(DateOrDateTimeSchema, 'bald').issues!.map((i) => i.message)).toEqual(['must be YYYY-MM-DD or YYYY-MM-DDTHH:MM']);
  });

  it('refuses unknown fields in a deadline and in item fields', () => {
    expect(v.is(DeadlineSchema, { date: '2023-07-31', label: 'Projektskizze', kind: 'interest', extra: 1 })).toBe(false);
    const partial = v.partial(ItemFieldsSchema);
    expect(v.is(partial, { title: 'Nakopa' })).toBe(true);
    expect(v.is(partial, { title: 'Nakopa', rev: 3 })).toBe(false);
    expect(v.is(partial, { title: 'x'.repeat(501) })).toBe(false);
  });
});
