import { describe, expect, it } from 'vitest';
import { germanDate, germanDeadlineDate } from '../../../shared/alerts.ts';
import { deadline } from './helpers.ts';

describe('German dates', () => {
  it.each([
    ['2023-03-31', '15:00', 'Freitag, 31. März 2023, 15:00 Uhr'],
    ['2026-01-01', undefined, 'Donnerstag, 1. Januar 2026'],
    ['2024-02-29', '09:05', 'Donnerstag, 29. Februar 2024, 09:05 Uhr'],
    ['2026-12-27', undefined, 'Sonntag, 27. Dezember 2026'],
  ])('%s %s → %s', (date, time, expected) => {
    expect(germanDate(date, time)).toBe(expected);
  });

  it('writes a deadline', () => {
    expect(germanDeadlineDate(deadline('2026-05-16'))).toBe('Samstag, 16. Mai 2026');
  });
});
