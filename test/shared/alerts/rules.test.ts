import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AlertRulesSchema, defaultAlertRules, parseAlertRules } from '../../../shared/alerts.ts';

describe('alert rules schema', () => {
  it('accepts the defaults of DESIGN.md', () => {
    expect(parseAlertRules(defaultAlertRules())).toEqual({ offsets: [14, 7, 2, 0], at: '08:00', digest: 'weekly', holidays: 'NW' });
  });

  it('hands out a fresh copy each time', () => {
    const a = defaultAlertRules();
    a.offsets.push(30);
    expect(defaultAlertRules().offsets).toEqual([14, 7, 2, 0]);
  });

  it.each([
    ['a duplicate offset', { offsets: [7, 7] }],
    ['an offset over 365 days', { offsets: [366] }],
    ['a negative offset', { offsets: [-1] }],
    ['a fractional offset', { offsets: [1.5] }],
    ['more than ten offsets', { offsets: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }],
    ['an impossible time', { at: '24:00' }],
    ['a time without leading zero', { at: '8:00' }],
    ['an unknown digest', { digest: 'daily' }],
    ['an unknown Land', { holidays: 'XX' }],
    ['Augsburg (a city, not a Land)', { holidays: 'AUGSBURG' }],
    ['an unknown field', { extra: true }],
  ])('refuses %s', (_name, change) => {
    expect(v.is(AlertRulesSchema, { ...defaultAlertRules(), ...change })).toBe(false);
  });

  it('accepts ten offsets, 365 days, no offsets at all and every Land', () => {
    expect(v.is(AlertRulesSchema, { ...defaultAlertRules(), offsets: [0, 1, 2, 3, 4, 5, 6, 7, 8, 365] })).toBe(true);
    expect(v.is(AlertRulesSchema, { ...defaultAlertRules(), offsets: [] })).toBe(true);
    for (const land of ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH']) {
      expect(v.is(AlertRulesSchema, { ...defaultAlertRules(), holidays: land })).toBe(true);
    }
  });
});
