/** CSV and JSON export of the (filtered) watchlist. CSV cells that start like a formula are quoted as text (CSV injection). */
import type { Item } from '../../../shared/schema.ts';

const COLUMNS = ['id', 'kind', 'title', 'status', 'assignee', 'deadlines', 'start', 'end', 'location', 'organizer', 'programme', 'amount', 'tags', 'url', 'notes', 'summary'] as const;

function cell(value: string): string {
  // a spreadsheet would run "=HYPERLINK(…)" from a page's title: prefix such cells with an apostrophe
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The items as CSV (comma-separated, one header row, deadlines as "date time label" joined by " | "). */
export function toCsv(items: readonly Item[]): string {
  const rows = items.map((item) =>
    COLUMNS.map((c) => {
      if (c === 'deadlines') return cell(item.deadlines.map((d) => [d.date, d.time, d.label].filter(Boolean).join(' ')).join(' | '));
      if (c === 'tags') return cell(item.tags.join(', '));
      const v = item[c];
      return cell(v === null || v === undefined ? '' : String(v));
    }).join(','),
  );
  return `\uFEFF${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** The items as pretty-printed JSON. */
export function toJson(items: readonly Item[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}

/** Offers `text` as a file download. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
