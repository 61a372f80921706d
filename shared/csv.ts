/**
 * CSV that German Excel opens safely, the one writer for the CLI and the dashboard (RFC 4180 otherwise): UTF-8 BOM so
 * umlauts survive, `;` between cells by default (German Excel splits on `;`, `,` for other tools), CRLF line ends,
 * and every cell quoted that holds either delimiter, a quote, a line break or edge whitespace. Every cell that a
 * spreadsheet would run as a formula (= + - @ tab CR first) gets a leading apostrophe (OWASP "CSV injection"); a
 * cell that already starts with an apostrophe gets one too, so the reader can take exactly one off again.
 */

export type CsvDelimiter = ';' | ',';
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [';', ','];

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as a spreadsheet will show it and never run it. */
export function guardCell(text: string): string {
  return FORMULA_START.test(text) || text.startsWith("'") ? `'${text}` : text;
}

/** The text of a guarded cell (the inverse of guardCell; cells without the guard are left alone). */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && (FORMULA_START.test(cell.slice(1)) || cell[1] === "'") ? cell.slice(1) : cell;
}

function quote(cell: string): string {
  return /[";,\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One CSV text from rows of cells: BOM, guarded and quoted cells, CRLF after every row. */
export function toCsv(rows: readonly (readonly string[])[], delimiter: CsvDelimiter = ';'): string {
  return BOM + rows.map((row) => row.map((cell) => quote(guardCell(cell))).join(delimiter)).join('\r\n') + '\r\n';
}

/** The delimiter of a CSV text: the one of `;` and `,` that occurs more often outside quotes in its first line. */
export function detectDelimiter(text: string): CsvDelimiter {
  let quoted = false;
  let semicolons = 0;
  let commas = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n' || ch === '\r') break;
    else if (ch === ';') semicolons += 1;
    else if (ch === ',') commas += 1;
  }
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

/**
 * Rows of cells from CSV text, unguarded (a leading BOM is ignored; a final line break does not make an empty row).
 * The delimiter is detected from the first line unless given. Linear in the text.
 */
export function parseCsv(text: string, delimiter: CsvDelimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const end = () => {
    row.push(unguardCell(cell));
    cell = '';
  };
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) end();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      end();
      rows.push(row);
      row = [];
    } else cell += ch;
  }
  if (quoted) throw new Error('CSV: a quoted field is not closed');
  if (cell !== '' || row.length > 0) {
    end();
    rows.push(row);
  }
  return rows;
}
