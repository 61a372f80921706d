/** CSV and JSON export of the (filtered) watchlist; the CSV is the CLI's (shared/items-csv.ts): German Excel opens it safely. */
import type { Item } from '../../../shared/schema.ts';
import { itemsToCsv, type CsvMember } from '../../../shared/items-csv.ts';
import { berlinDay } from '../../../shared/time/berlin.ts';

/** The items as CSV for German Excel (`;`, BOM, German columns and words, member names, dates Excel reads). */
export function toCsv(items: readonly Item[], members: readonly CsvMember[] = [], now: Date = new Date()): string {
  return itemsToCsv(items, { members, today: berlinDay(now) });
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
