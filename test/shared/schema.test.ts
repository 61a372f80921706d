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

  it('refuses unknown fields in a deadline and in item fields', () => {
    expect(v.is(DeadlineSchema, { date: '2023-07-31', label: 'Projektskizze', kind: 'interest', extra: 1 })).toBe(false);
    const partial = v.partial(ItemFieldsSchema);
    expect(v.is(partial, { title: 'Nakopa' })).toBe(true);
    expect(v.is(partial, { title: 'Nakopa', rev: 3 })).toBe(false);
    expect(v.is(partial, { title: 'x'.repeat(501) })).toBe(false);
  });
});
