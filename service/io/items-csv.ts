/**
 * The watchlist as CSV: one row per item, one column per field; lists (deadlines, tags) as JSON so a round trip is
 * exact. Cells a spreadsheet would run as a formula (=, +, -, @ first) get a leading apostrophe, removed on import.
 */
import type { Item } from '../../shared/schema.ts';
import { parseCsv, toCsv } from './csv.ts';

export const CSV_COLUMNS = [
  'id', 'kind', 'title', 'url', 'summary', 'organizer', 'location', 'deadlines', 'start', 'end', 'status', 'assignee',
  'tags', 'notes', 'programme', 'amount', 'watch', 'deleted', 'origin', 'createdBy', 'createdAt', 'updatedAt', 'rev',
] as const satisfies readonly (keyof Item)[];

const JSON_COLUMNS = new Set<string>(['deadlines', 'tags']);
const BOOLEAN_COLUMNS = new Set<string>(['watch', 'deleted']);
const FORMULA_START = /^[=+\-@\t\r]/;

function cellOf(column: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = JSON_COLUMNS.has(column) ? JSON.stringify(value) : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The items as CSV text with a header row. */
export function itemsToCsv(items: readonly Item[]): string {
  return toCsv([[...CSV_COLUMNS], ...items.map((item) => CSV_COLUMNS.map((column) => cellOf(column, item[column])))]);
}

/**
 * Records from CSV text: known columns only, empty cells left out (the item keeps its default), lists parsed from
 * JSON, booleans from true/false. Values are validated afterwards like any other input.
 */
export function csvToRecords(text: string): Record<string, unknown>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const columns = header.map((h) => h.trim());
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => {
      const record: Record<string, unknown> = {};
      columns.forEach((column, i) => {
        let cell = row[i] ?? '';
        if (cell === '' || !(CSV_COLUMNS as readonly string[]).includes(column)) return;
        if (cell.startsWith("'") && FORMULA_START.test(cell.slice(1))) cell = cell.slice(1);
        if (JSON_COLUMNS.has(column)) {
          try {
            record[column] = JSON.parse(cell);
          } catch {
            record[column] = cell; // refused by validation, with the field named
          }
        } else if (BOOLEAN_COLUMNS.has(column)) record[column] = cell === 'true' ? true : cell === 'false' ? false : cell;
        else if (column === 'rev') record[column] = Number(cell);
        else record[column] = cell;
      });
      return record;
    });
}
