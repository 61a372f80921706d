/** The rounds of one call are one call with every round's deadline (shared/extract/rounds.ts). */
import { describe, expect, it } from 'vitest';
import { mergeRounds, roundKey } from '../../../shared/extract/rounds.ts';
import { draftOf } from './helpers.ts';

const call = (title: string, date: string) => draftOf('call', title, { deadlines: [{ date, label: 'Frist', kind: 'application' }], deadline: date });
const event = (title: string, start: string) => draftOf('event', title, { start });
const shape = (items: ReturnType<typeof call>[]) => items.map((d) => [d.kind, d.title, d.deadlines.map((x) => x.date), d.deadline ?? null]);

describe('mergeRounds', () => {
  it('makes one call of calls whose names differ only in a month, a year or a number, with every deadline', () => {
    const items = [call('Beiratssitzung im März 2027: Anträge bis', '2027-01-15'), call('Beiratssitzung im September 2027: Anträge bis', '2027-07-15'), call('Beiratssitzung im März 2028: Anträge bis', '2028-01-15')];
    expect(shape(mergeRounds(items, '2027-03-01'))).toEqual([['call', 'Beiratssitzung im März 2027: Anträge bis', ['2027-01-15', '2027-07-15', '2028-01-15'], '2027-07-15']]);
    expect(shape(mergeRounds([call('Funding round 1', '2026-05-01'), call('Funding round 2', '2026-11-01')], '2026-01-10'))).toEqual([['call', 'Funding round 1', ['2026-05-01', '2026-11-01'], '2026-05-01']]);
  });

  it('keeps the other items in their place', () => {
    const items = [event('Infoabend zum Fonds', '2026-02-03'), call('Stichtage 2026', '2026-03-31'), call('Kleinprojektefonds Dorfleben', '2026-04-30'), call('Stichtage 2027', '2027-03-31')];
    expect(mergeRounds(items, '2026-01-10').map((d) => [d.title, d.deadlines.map((x) => x.date)])).toEqual([
      ['Infoabend zum Fonds', []],
      ['Stichtage 2026', ['2026-03-31', '2027-03-31']],
      ['Kleinprojektefonds Dorfleben', ['2026-04-30']],
    ]);
  });

  it('leaves apart calls with names of their own, calls named alike, calls without a deadline and events', () => {
    const own = [call('Heimatpreis 2026', '2026-06-30'), call('Klimapreis 2026', '2026-07-31')];
    expect(mergeRounds(own, '2026-01-10')).toEqual(own);
    // two entries of a listing named from one shared cell: their names tell no round apart
    const alike = [call('Projektförderung', '2026-03-01'), call('Projektförderung', '2026-09-01')];
    expect(mergeRounds(alike, '2026-01-10')).toEqual(alike);
    const sessions = [event('Sprechstunde im Mai', '2026-05-05'), event('Sprechstunde im Juni', '2026-06-02')];
    expect(mergeRounds(sessions, '2026-01-10')).toEqual(sessions);
    const undated = [draftOf('call', 'Aufruf 2026'), draftOf('call', 'Aufruf 2027')];
    expect(mergeRounds(undated, '2026-01-10')).toEqual(undated);
  });

  it('reads a name without its dates', () => {
    expect(roundKey('Sitzung am Dienstag, 3. März 2026 – Anträge bis 1. Febr.')).toBe('sitzung am anträge bis');
    expect(roundKey('Round 2 (closes 30 June)')).toBe('round closes');
    expect(roundKey('2026')).toBe('');
    // a month's name inside a longer word stays
    expect(roundKey('Mainzer Maifonds')).toBe('mainzer maifonds');
  });
});
