import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/csv.ts';
import { CSV_HEADERS, csvToRecords, itemsToCsv } from '../../shared/items-csv.ts';
import { itemDefaults, type Item } from '../../shared/schema.ts';

let n = 0;
const makeItem = (over: Partial<Item>): Item => {
  n += 1;
  const kind = over.kind ?? 'call';
  return { id: `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`, kind, title: `Aufruf ${n}`, ...itemDefaults(kind), origin: 'clip', createdBy: null, createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-01T08:00:00.000Z', rev: n, ...over };
};

const members = [
  { id: 'm-anna', name: 'Anna Schulz' },
  { id: 'm-ben', name: 'Ben Yilmaz' },
];
const call = makeItem({
  title: 'Aufruf;=1+1;x',
  status: 'submitted',
  assignee: 'm-anna',
  createdBy: 'm-ben',
  createdAt: '2026-03-09T11:30:00.000Z',
  deadlines: [
    { date: '2027-03-31', time: '12:00', label: 'Antragsfrist', kind: 'application' },
    { date: '2026-01-15', label: '', kind: 'interest' },
    { date: '2027-05-02', time: '17:00', label: 'Zwei · Zeilen\nzweite Zeile', kind: 'other', tz: 'America/New_York' },
  ],
  tags: ['EU', 'Klima; Energie'],
  amount: '-50 %',
  notes: "'bereits mit Apostroph",
});
const event = makeItem({ kind: 'event', title: 'Klimakonferenz', start: '2027-03-04T10:00', end: '2027-03-05', watch: false, location: '@Rathaus' });

const cellsOf = (csv: string) => {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
};

describe('the watchlist as CSV for people', () => {
  it('uses German column names, German words, member names and dates German Excel reads', () => {
    const csv = itemsToCsv([call, event], { members, today: '2026-03-10' });
    expect(csv.startsWith('\uFEFFID;Art;Titel;Status;Zuständig;Nächste Frist;Fristen;')).toBe(true);
    const [first, second] = cellsOf(csv);
    expect(first).toMatchObject({
      Art: 'Förderaufruf',
      Titel: 'Aufruf;=1+1;x',
      Status: 'Eingereicht',
      Zuständig: 'Anna Schulz',
      'Nächste Frist': '31.03.2027 12:00',
      Fristen: '31.03.2027 12:00 · Antrag · Antragsfrist\n15.01.2026 · Interessenbekundung / Skizze\n02.05.2027 17:00 (America/New_York) · Sonstige · Zwei · Zeilen\nzweite Zeile',
      Schlagwörter: 'EU, Klima; Energie',
      Beobachten: 'Ja',
      'Angelegt von': 'Ben Yilmaz',
      'Angelegt am': '09.03.2026 12:30',
    });
    expect(second).toMatchObject({ Art: 'Veranstaltung', Status: 'Neu', Zuständig: '', 'Nächste Frist': '', Beginn: '04.03.2027 10:00', Ende: '05.03.2027', Beobachten: 'Nein', Ort: '@Rathaus' });
    // the raw file: the title is one quoted cell, the guarded cells start with an apostrophe
    expect(csv).toContain(';"Aufruf;=1+1;x";');
    expect(csv).toContain(";'-50 %;");
    expect(csv).toContain(";'@Rathaus;");
  });

  it('reads its own export back to the same fields, assignees resolved among the members', () => {
    const csv = itemsToCsv([call, event], { members, today: '2026-03-10' });
    const [a, b] = csvToRecords(csv, members);
    const fields = (item: typeof call) => ({
      id: item.id, kind: item.kind, title: item.title, status: item.status, deadlines: item.deadlines, tags: item.tags, amount: item.amount, notes: item.notes, watch: item.watch, origin: item.origin,
    });
    expect(a).toMatchObject({ ...fields(call), assignee: 'm-anna' });
    // empty cells are left out: the item keeps its default
    expect(b).toEqual({ id: event.id, kind: 'event', title: 'Klimakonferenz', status: 'new', start: '2027-03-04T10:00', end: '2027-03-05', location: '@Rathaus', watch: false, origin: 'clip' });
    expect(b).not.toHaveProperty('assignee');
    // into a team where nobody has that name: left unassigned rather than pointing at a stranger
    expect(csvToRecords(csv, [{ id: 'x', name: 'Someone' }])[0]).not.toHaveProperty('assignee');
  });

  it('writes "," for other tools and reads the older English export', () => {
    const csv = itemsToCsv([event], { today: '2026-03-10', delimiter: ',' });
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_HEADERS.join(',')}`);
    expect(csvToRecords(csv)[0]).toMatchObject({ kind: 'event', title: 'Klimakonferenz' });
    const old = 'id,kind,title,status,deadlines,tags,watch,amount\r\nabc,call,T,applying,"[{""date"":""2027-01-31"",""label"":""A"",""kind"":""other""}]","[""x""]",false,\'-5\r\n';
    expect(csvToRecords(old)).toEqual([
      { id: 'abc', kind: 'call', title: 'T', status: 'applying', deadlines: [{ date: '2027-01-31', label: 'A', kind: 'other' }], tags: ['x'], watch: false, amount: '-5' },
    ]);
  });
});
