/**
 * The watchlist as CSV for people, the same from the CLI and the dashboard: German column names, German words
 * (Förderaufruf, Eingereicht, Ja), member names instead of ids, and dates German Excel reads as dates
 * ("31.03.2027", "31.03.2027 12:00"). `callwatch import` reads it back exactly: every deadline is one line of the
 * "Fristen" cell ("31.03.2027 12:00 · Antrag · Antragsfrist"); "Nächste Frist" and the timestamps are for reading
 * only. The reader also takes the older English export (field names as columns, JSON lists, English values).
 */
import type { Deadline, DeadlineKind, Item, ItemKind, ItemStatus } from './schema.ts';
import { parseCsv, toCsv, type CsvDelimiter } from './csv.ts';
import { instantToWallTime } from './time/berlin.ts';

/** A member as the CSV names it. */
export interface CsvMember {
  id: string;
  name: string;
}

const KINDS: Record<ItemKind, string> = { call: 'Förderaufruf', event: 'Veranstaltung' };
const STATUSES: Record<ItemStatus, string> = {
  new: 'Neu',
  watching: 'Beobachten',
  applying: 'Antrag in Arbeit',
  submitted: 'Eingereicht',
  done: 'Erledigt',
  dismissed: 'Verworfen',
};
const DEADLINE_KINDS: Record<DeadlineKind, string> = {
  application: 'Antrag',
  interest: 'Interessenbekundung / Skizze',
  registration: 'Anmeldung',
  submission: 'Einreichung',
  other: 'Sonstige',
};
const YES = 'Ja';
const NO = 'Nein';

interface Context {
  names: Map<string, string>;
  today: string;
}

/** A column: its German header, the item field it reads back into (none: for reading only), and its cell. */
interface Column {
  header: string;
  field?: keyof Item;
  cell: (item: Item, context: Context) => string;
}

const text = (field: keyof Item): Column['cell'] => (item) => {
  const value = item[field];
  return value === null || value === undefined ? '' : String(value);
};

const COLUMNS: readonly Column[] = [
  { header: 'ID', field: 'id', cell: text('id') },
  { header: 'Art', field: 'kind', cell: (item) => KINDS[item.kind] },
  { header: 'Titel', field: 'title', cell: text('title') },
  { header: 'Status', field: 'status', cell: (item) => STATUSES[item.status] },
  { header: 'Zuständig', field: 'assignee', cell: (item, c) => (item.assignee ? (c.names.get(item.assignee) ?? item.assignee) : '') },
  { header: 'Nächste Frist', cell: (item, c) => nextDeadline(item.deadlines, c.today) },
  { header: 'Fristen', field: 'deadlines', cell: (item) => item.deadlines.map(deadlineLine).join('\n') },
  { header: 'Beginn', field: 'start', cell: (item) => germanDateTime(item.start) },
  { header: 'Ende', field: 'end', cell: (item) => germanDateTime(item.end) },
  { header: 'Ort', field: 'location', cell: text('location') },
  { header: 'Veranstalter / Fördergeber', field: 'organizer', cell: text('organizer') },
  { header: 'Förderprogramm', field: 'programme', cell: text('programme') },
  { header: 'Fördersumme', field: 'amount', cell: text('amount') },
  { header: 'Schlagwörter', field: 'tags', cell: (item) => item.tags.join(', ') },
  { header: 'Adresse der Seite', field: 'url', cell: text('url') },
  { header: 'Kurzbeschreibung', field: 'summary', cell: text('summary') },
  { header: 'Notizen', field: 'notes', cell: text('notes') },
  { header: 'Beobachten', field: 'watch', cell: (item) => (item.watch ? YES : NO) },
  { header: 'Herkunft', field: 'origin', cell: text('origin') },
  { header: 'Angelegt von', cell: (item, c) => (item.createdBy ? (c.names.get(item.createdBy) ?? '') : '') },
  { header: 'Angelegt am', cell: (item) => germanInstant(item.createdAt) },
  { header: 'Geändert am', cell: (item) => germanInstant(item.updatedAt) },
];

export const CSV_HEADERS: readonly string[] = COLUMNS.map((c) => c.header);

/** "2027-03-31" → "31.03.2027"; "2027-03-31T12:00" → "31.03.2027 12:00". */
function germanDateTime(value: string | null): string {
  if (!value) return '';
  const [date, time] = value.split('T');
  const german = `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
  return time ? `${german} ${time}` : german;
}

/** An ISO instant as Berlin wall time, "31.03.2027 12:00". */
function germanInstant(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const { date, time } = instantToWallTime(ms);
  return germanDateTime(`${date}T${time}`);
}

/** "31.03.2027 12:00 (America/New_York) · Antrag · Antragsfrist" — time, zone and label only when set. */
function deadlineLine(deadline: Deadline): string {
  const when = germanDateTime(deadline.time ? `${deadline.date}T${deadline.time}` : deadline.date);
  const zone = deadline.tz ? ` (${deadline.tz})` : '';
  const label = deadline.label ? ` · ${deadline.label}` : '';
  return `${when}${zone} · ${DEADLINE_KINDS[deadline.kind]}${label}`;
}

/** The earliest deadline on or after today, as a date (and time) Excel reads; empty when none is ahead. */
function nextDeadline(deadlines: readonly Deadline[], today: string): string {
  let next: Deadline | null = null;
  for (const d of deadlines) {
    if (d.date < today) continue;
    if (!next || d.date < next.date || (d.date === next.date && (d.time ?? '') < (next.time ?? ''))) next = d;
  }
  return next ? germanDateTime(next.time ? `${next.date}T${next.time}` : next.date) : '';
}

export interface ItemsCsvOptions {
  /** the team's members, so assignees and creators are named */
  members?: readonly CsvMember[];
  /** the Berlin day "YYYY-MM-DD" that "Nächste Frist" counts from */
  today: string;
  delimiter?: CsvDelimiter;
}

/** The items as CSV text with a German header row. */
export function itemsToCsv(items: readonly Item[], options: ItemsCsvOptions): string {
  const context: Context = { names: new Map((options.members ?? []).map((m) => [m.id, m.name])), today: options.today };
  return toCsv([CSV_HEADERS, ...items.map((item) => COLUMNS.map((column) => column.cell(item, context)))], options.delimiter);
}

// ---- reading back ----

const invert = <K extends string>(words: Record<K, string>): Map<string, K> =>
  new Map(Object.entries(words).flatMap(([key, word]) => [[(word as string).toLowerCase(), key as K], [key.toLowerCase(), key as K]]));
const KIND_OF = invert(KINDS);
const STATUS_OF = invert(STATUSES);
const DEADLINE_KIND_OF = invert(DEADLINE_KINDS);
const FIELD_OF = new Map<string, keyof Item>(
  COLUMNS.flatMap((c) => (c.field ? [[c.header.toLowerCase(), c.field] as const, [c.field.toLowerCase(), c.field] as const] : [])),
);

/** "31.03.2027" → "2027-03-31", "31.03.2027 12:00" → "2027-03-31T12:00"; anything else is returned as it is. */
function isoDateTime(value: string): string {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,? (\d{1,2}):(\d{2}))?$/.exec(value.trim());
  if (!m) return value;
  const date = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return m[4] ? `${date}T${m[4].padStart(2, '0')}:${m[5]}` : date;
}

const DEADLINE_LINE = /^(\d{1,2}\.\d{1,2}\.\d{4})(?: (\d{1,2}:\d{2}))?(?: \(([^()]+)\))? · ([^·]+?)(?: · ([\s\S]*))?$/;

/** The deadlines of a "Fristen" cell (a line that does not start with a date continues the label before it). */
function parseDeadlines(cell: string): unknown {
  if (cell.trimStart().startsWith('[')) {
    try {
      return JSON.parse(cell); // the older export
    } catch {
      return cell; // refused by validation, with the field named
    }
  }
  const deadlines: Record<string, unknown>[] = [];
  for (const line of cell.split(/\r?\n/)) {
    const m = DEADLINE_LINE.exec(line);
    const kind = m ? DEADLINE_KIND_OF.get(m[4].trim().toLowerCase()) : undefined;
    if (m && kind) {
      const [date, time] = isoDateTime(m[2] ? `${m[1]} ${m[2]}` : m[1]).split('T');
      deadlines.push({ date, ...(time ? { time } : {}), label: m[5] ?? '', kind, ...(m[3] ? { tz: m[3] } : {}) });
    } else if (deadlines.length > 0) {
      const last = deadlines[deadlines.length - 1];
      last.label = `${String(last.label)}\n${line}`;
    } else if (line.trim() !== '') {
      return cell; // not a deadline line: refused by validation, with the field named
    }
  }
  return deadlines;
}

function parseTags(cell: string): unknown {
  if (cell.trimStart().startsWith('[')) {
    try {
      return JSON.parse(cell);
    } catch {
      return cell;
    }
  }
  return cell.split(/,\s*/).map((tag) => tag.trim()).filter((tag) => tag !== '');
}

function parseBoolean(cell: string): unknown {
  const word = cell.trim().toLowerCase();
  return word === 'ja' || word === 'true' ? true : word === 'nein' || word === 'false' ? false : cell;
}

/** The assignee's member id: by name or id among the members; undefined (left unset) for anyone else. */
function memberId(cell: string, members: readonly CsvMember[]): string | undefined {
  const wanted = cell.trim();
  return (members.find((m) => m.id === wanted) ?? members.find((m) => m.name === wanted) ?? members.find((m) => m.name.toLowerCase() === wanted.toLowerCase()))?.id;
}

function fieldValue(field: keyof Item, cell: string, members: readonly CsvMember[]): unknown {
  switch (field) {
    case 'kind':
      return KIND_OF.get(cell.trim().toLowerCase()) ?? cell;
    case 'status':
      return STATUS_OF.get(cell.trim().toLowerCase()) ?? cell;
    case 'deadlines':
      return parseDeadlines(cell);
    case 'tags':
      return parseTags(cell);
    case 'watch':
      return parseBoolean(cell);
    case 'start':
    case 'end':
      return isoDateTime(cell);
    case 'assignee':
      return memberId(cell, members);
    default:
      return cell;
  }
}

/**
 * Records from CSV text (this export or the older English one): known columns only, empty cells left out (the item
 * keeps its default), assignees named by a member of `members` (anyone else is left unassigned). The values are
 * validated afterwards like any other input.
 */
export function csvToRecords(text: string, members: readonly CsvMember[] = []): Record<string, unknown>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const fields = header.map((h) => FIELD_OF.get(h.trim().toLowerCase()));
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => {
      const record: Record<string, unknown> = {};
      fields.forEach((field, i) => {
        const cell = row[i] ?? '';
        if (!field || cell === '') return;
        const value = fieldValue(field, cell, members);
        if (value !== undefined) record[field] = value;
      });
      return record;
    });
}
