import { describe, expect, it } from 'vitest';
import { calendarEntries, monthGrid } from '../../../../extension/entrypoints/dashboard/calendar.ts';
import { toCsv, toJson } from '../../../../extension/entrypoints/dashboard/export.ts';
import { allTags, applyFilter, DEFAULT_FILTER, inbox } from '../../../../extension/entrypoints/dashboard/filter.ts';
import { makeItem } from '../../fixtures.ts';

const now = new Date('2026-03-10T09:00:00Z');
const items = [
  makeItem({ title: 'Nakopa Skizze', organizer: 'SKEW', programme: 'Nakopa', tags: ['partnerschaft'], deadlines: [{ date: '2026-03-20', label: 'Skizze', kind: 'interest' }], assignee: 'anna' }),
  makeItem({ title: 'Klimakonferenz', kind: 'event', organizer: 'Difu', start: '2026-03-12T10:00', end: '2026-03-13', tags: ['klima'] }),
  makeItem({ title: 'Förderfonds Ökologie', organizer: 'Stiftung', tags: ['klima'], status: 'done', deadlines: [{ date: '2026-03-11', label: '', kind: 'application' }] }),
  makeItem({ title: 'Gefunden', origin: 'source:skew', status: 'new', createdAt: '2026-03-09T00:00:00Z' }),
  makeItem({ title: 'Gelöscht', deleted: true }),
];

describe('dashboard filters', () => {
  it('searches title, organizer, programme and tags, ignoring case and accents', () => {
    expect(applyFilter(items, { ...DEFAULT_FILTER, query: 'skew' }, now).map((i) => i.title)).toEqual(['Nakopa Skizze']);
    expect(applyFilter(items, { ...DEFAULT_FILTER, query: 'KLIMA', status: 'all' }, now).map((i) => i.title)).toEqual(['Förderfonds Ökologie', 'Klimakonferenz']);
    expect(applyFilter(items, { ...DEFAULT_FILTER, query: 'okologie', status: 'all' }, now)).toHaveLength(1);
  });

  it('filters by kind, status, assignee, tag and due window; sorts soonest first', () => {
    expect(applyFilter(items, DEFAULT_FILTER, now).map((i) => i.title)).toEqual(['Klimakonferenz', 'Nakopa Skizze', 'Gefunden']);
    expect(applyFilter(items, { ...DEFAULT_FILTER, kind: 'event' }, now).map((i) => i.title)).toEqual(['Klimakonferenz']);
    expect(applyFilter(items, { ...DEFAULT_FILTER, status: 'done' }, now).map((i) => i.title)).toEqual(['Förderfonds Ökologie']);
    expect(applyFilter(items, { ...DEFAULT_FILTER, assignee: 'anna' }, now).map((i) => i.title)).toEqual(['Nakopa Skizze']);
    expect(applyFilter(items, { ...DEFAULT_FILTER, assignee: 'none' }, now).map((i) => i.title)).toEqual(['Klimakonferenz', 'Gefunden']);
    expect(applyFilter(items, { ...DEFAULT_FILTER, tag: 'klima' }, now).map((i) => i.title)).toEqual(['Klimakonferenz']);
    expect(applyFilter(items, { ...DEFAULT_FILTER, dueWithin: 7 }, now).map((i) => i.title)).toEqual(['Klimakonferenz']);
    expect(applyFilter(items, { ...DEFAULT_FILTER, sort: 'title' }, now).map((i) => i.title)).toEqual(['Gefunden', 'Klimakonferenz', 'Nakopa Skizze']);
  });

  it('"due within 7 days" leaves out items whose dates are all over, however long ago (issue 13, item 7)', () => {
    const list = [
      makeItem({ title: 'Längst vorbei', deadlines: [{ date: '2019-05-01', label: '', kind: 'application' }] }),
      makeItem({ title: 'Gestern', deadlines: [{ date: '2026-03-09', label: '', kind: 'application' }] }),
      makeItem({ title: 'Erste vorbei, zweite bald', deadlines: [{ date: '2026-02-01', label: '', kind: 'interest' }, { date: '2026-03-15', label: '', kind: 'application' }] }),
      makeItem({ title: 'Heute', deadlines: [{ date: '2026-03-10', label: '', kind: 'application' }] }),
      makeItem({ title: 'Später', deadlines: [{ date: '2026-04-30', label: '', kind: 'application' }] }),
    ];
    expect(applyFilter(list, { ...DEFAULT_FILTER, dueWithin: 7 }, now).map((i) => i.title)).toEqual(['Heute', 'Erste vorbei, zweite bald']);
  });

  it('searches place, organizer, programme, notes and tags besides the title (issue 13, item 7)', () => {
    const list = [
      makeItem({ title: 'A', location: 'Detmold, Rathaus' }),
      makeItem({ title: 'B', organizer: 'Bezirksregierung' }),
      makeItem({ title: 'C', programme: 'LEADER' }),
      makeItem({ title: 'D', notes: 'Rücksprache mit der Kämmerei' }),
      makeItem({ title: 'E', tags: ['Radwege'] }),
    ];
    const found = (query: string) => applyFilter(list, { ...DEFAULT_FILTER, query }, now).map((i) => i.title);
    expect(found('rathaus')).toEqual(['A']);
    expect(found('bezirksregierung')).toEqual(['B']);
    expect(found('leader')).toEqual(['C']);
    expect(found('kammerei')).toEqual(['D']);
    expect(found('radwege')).toEqual(['E']);
    // words across two fields do not run together
    expect(found('detmold rathaus')).toEqual(['A']);
  });

  it('"mine" keeps what is assigned to the connected member, nothing without a member', () => {
    expect(applyFilter(items, { ...DEFAULT_FILTER, assignee: 'mine' }, now, 'anna').map((i) => i.title)).toEqual(['Nakopa Skizze']);
    expect(applyFilter(items, { ...DEFAULT_FILTER, assignee: 'mine' }, now, null)).toEqual([]);
  });

  it('puts new finds from sources and newsletters in the inbox and lists the tags', () => {
    expect(inbox(items).map((i) => i.title)).toEqual(['Gefunden']);
    const fromMail = makeItem({ title: 'Aus dem Rundbrief', status: 'new', origin: 'mail:0190a000-0000-7000-8000-00000000ma11', createdAt: '2099-01-01T00:00:00Z' });
    const clipped = makeItem({ title: 'Geclippt', status: 'new', origin: 'clip' });
    expect(inbox([...items, fromMail, clipped]).map((i) => i.title)).toEqual(['Aus dem Rundbrief', 'Gefunden']);
    expect(allTags(items)).toEqual(['klima', 'partnerschaft']);
  });
});

describe('calendar', () => {
  it('lays a month out in six Monday-first weeks', () => {
    const grid = monthGrid(2026, 3);
    expect(grid).toHaveLength(42);
    expect(grid[0]).toBe('2026-02-23'); // 1 March 2026 is a Sunday
    expect(grid.indexOf('2026-03-01')).toBe(6);
  });

  it('places deadlines on their day and events on every day they run', () => {
    const byDay = calendarEntries(items, monthGrid(2026, 3));
    expect(byDay.get('2026-03-20')?.map((e) => [e.item.title, e.label])).toEqual([['Nakopa Skizze', 'Skizze']]);
    expect(byDay.get('2026-03-12')?.map((e) => e.kind)).toEqual(['event']);
    expect(byDay.get('2026-03-13')?.map((e) => e.item.title)).toEqual(['Klimakonferenz']);
    expect(byDay.has('2026-03-14')).toBe(false);
  });
});

describe('export', () => {
  it('writes the CLI\'s CSV for German Excel: ";", BOM, German words, member names, formula-like cells defused', () => {
    const csv = toCsv(
      [makeItem({ title: '=HYPERLINK("http://evil")', notes: 'Zeile 1\nZeile 2', tags: ['a', 'b'], assignee: 'm1', status: 'submitted', deadlines: [{ date: '2026-05-01', time: '12:00', label: 'Antrag', kind: 'application' }] })],
      [{ id: 'm1', name: 'Anna' }],
      now,
    );
    expect(csv.startsWith('\uFEFFID;Art;Titel;Status;Zuständig;Nächste Frist;')).toBe(true);
    const row = csv.split('\r\n')[1];
    expect(row).toContain(`;"'=HYPERLINK(""http://evil"")";Eingereicht;Anna;01.05.2026 12:00;01.05.2026 12:00 · Antrag · Antrag;`);
    expect(csv).toContain('"Zeile 1\nZeile 2"');
    expect(row).toContain(';"a, b";');
  });

  it('writes JSON that reads back to the same items', () => {
    expect(JSON.parse(toJson(items))).toEqual(items);
  });
});
