import { describe, expect, it } from 'vitest';
import { detectDelimiter, guardCell, parseCsv, toCsv, unguardCell } from '../../shared/csv.ts';

/**
 * How German Excel opens a .csv by double-click: a UTF-8 BOM switches it to UTF-8, every line is split on ";"
 * (the list separator of the German locale), `"…"` fields may hold ";" and line breaks, and a cell whose text starts
 * with = + - @ (or tab/CR) is evaluated as a formula. Returns the cells as Excel reads them and which would run.
 */
function openInGermanExcel(csv: string): { utf8: boolean; rows: string[][]; formulas: string[] } {
  const utf8 = csv.startsWith('\uFEFF');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = utf8 ? 1 : 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') row.push(cell), (cell = '');
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && csv[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return { utf8, rows, formulas: rows.flat().filter((c) => /^[=+\-@\t\r]/.test(c)) };
}

describe('CSV for German Excel', () => {
  it('writes a BOM, splits on ";" and never lets a cell run as a formula', () => {
    const rows = [['Titel', 'Betrag'], ['Aufruf;=1+1;x', '=1+1'], ['+49 30 123', '-50 %'], ['@SUMME(A1)', '\t=2'], ['\r=3', 'Bürger; Öffnung']];
    const excel = openInGermanExcel(toCsv(rows));
    expect(excel.utf8).toBe(true);
    expect(excel.formulas).toEqual([]);
    expect(excel.rows).toEqual([
      ['Titel', 'Betrag'],
      ["Aufruf;=1+1;x", "'=1+1"],
      ["'+49 30 123", "'-50 %"],
      ["'@SUMME(A1)", "'\t=2"],
      ["'\r=3", 'Bürger; Öffnung'],
    ]);
  });

  it('quotes every cell with either delimiter, a quote or a line break, and writes "," on request', () => {
    const csv = toCsv([['a,b', 'c;d', 'say "hi"', 'line\nbreak', 'plain']]);
    expect(csv).toBe('\uFEFF"a,b";"c;d";"say ""hi""";"line\nbreak";plain\r\n');
    expect(toCsv([['a,b', 'c']], ',')).toBe('\uFEFF"a,b",c\r\n');
  });

  it('reads back exactly what it wrote, guard and all, with either delimiter', () => {
    const rows = [['a,b', 'say "hi"', 'line\nbreak', ' padded ', ''], ['=1+1', "'quoted", "''", '-5', "'=x"]];
    for (const delimiter of [';', ','] as const) expect(parseCsv(toCsv(rows, delimiter))).toEqual(rows);
    expect(parseCsv('\uFEFFa,b\r\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(() => parseCsv('"open')).toThrow();
  });

  it('detects the delimiter from the first line and undoes only its own guard', () => {
    expect(detectDelimiter('a;b;"c,d"\r\n1,2')).toBe(';');
    expect(detectDelimiter('a,b,"c;d;e"')).toBe(',');
    expect(guardCell('=1')).toBe("'=1");
    expect(unguardCell("'=1")).toBe('=1');
    expect(unguardCell("'Hallo")).toBe("'Hallo"); // not a guard: left alone
  });
});
