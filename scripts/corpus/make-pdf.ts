/**
 * Writes the PDFs of a corpus batch from their layout descriptions, with a real PDF writer (pdfkit), reproducibly:
 *
 *   node bin/run-ts.mjs scripts/corpus/make-pdf.ts test/fixtures/corpus/pdf-2026-12
 *
 * reads every DIR/layout/NAME.json and writes DIR/NAME.pdf (the same bytes every time: the creation date is fixed,
 * and pdfkit derives the file's ID from its info). A layout is a simple description (validated here):
 *
 *   { "title": "…", "header": "…", "footer": "…", "pageNumbers": true, "blocks": [ … ] }
 *
 * with blocks { "h1" | "h2" | "h3": text }, { "p": text } (a flowing paragraph), { "lines": [text, …] } (lines set as
 * given, e.g. a word hyphenated at a line end: "Interessen-" / "bekundung …"), { "table": [[cell, …], …] } (the first
 * row a bold header), { "columns": [paragraph, …] } (two columns, balanced), { "list": [item, …] }, { "pageBreak":
 * true } and { "imagePage": true } (a page with a drawn picture and no text, as a scan looks to a reader of text).
 * The header, the footer and "Seite n von m" are drawn on every page, in the margins.
 */
import PDFDocument from 'pdfkit';
import * as v from 'valibot';
import { readDescription, runAsScript, writeBatch } from './batch.ts';

type Doc = InstanceType<typeof PDFDocument>;

const Text = v.pipe(v.string(), v.nonEmpty(), v.maxLength(20_000));
const Block = v.union([
  v.strictObject({ h1: Text }),
  v.strictObject({ h2: Text }),
  v.strictObject({ h3: Text }),
  v.strictObject({ p: Text }),
  v.strictObject({ lines: v.pipe(v.array(Text), v.nonEmpty(), v.maxLength(200)) }),
  v.strictObject({ list: v.pipe(v.array(Text), v.nonEmpty(), v.maxLength(100)) }),
  v.strictObject({ table: v.pipe(v.array(v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.minLength(2), v.maxLength(6))), v.nonEmpty(), v.maxLength(60)) }),
  v.strictObject({ columns: v.pipe(v.array(Text), v.nonEmpty(), v.maxLength(40)) }),
  v.strictObject({ pageBreak: v.literal(true) }),
  v.strictObject({ imagePage: v.literal(true) }),
]);

export const LayoutSchema = v.strictObject({
  title: v.optional(v.pipe(v.string(), v.maxLength(300))),
  header: v.optional(v.pipe(v.string(), v.maxLength(200))),
  footer: v.optional(v.pipe(v.string(), v.maxLength(200))),
  pageNumbers: v.optional(v.boolean(), true),
  blocks: v.pipe(v.array(Block), v.nonEmpty(), v.maxLength(500)),
});

export type Layout = v.InferOutput<typeof LayoutSchema>;

/** A fixed creation date: the same layout gives the same bytes. */
const CREATED = new Date('2026-12-01T09:00:00Z');
const MARGIN = 72;

/** Writes a PDF with pdfkit and returns its bytes. */
export function writePdf(draw: (doc: Doc) => void, options: ConstructorParameters<typeof PDFDocument>[0] = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** Header, footer and "Seite n von m" on every page, in the margins (drawn once the pages are known). */
export function runningLines(doc: Doc, lines: { header?: string; footer?: string; pageNumbers?: boolean }): void {
  const range = doc.bufferedPageRange();
  for (let n = range.start; n < range.start + range.count; n += 1) {
    doc.switchToPage(n);
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    doc.font('Helvetica').fontSize(8);
    if (lines.header) doc.text(lines.header, MARGIN, 30, { lineBreak: false });
    if (lines.footer) doc.text(lines.footer, MARGIN, 800, { lineBreak: false });
    if (lines.pageNumbers !== false) doc.text(`Seite ${n + 1} von ${range.count}`, 480, 812, { lineBreak: false });
    doc.page.margins = margins;
  }
}

function table(doc: Doc, rows: string[][]): void {
  const width = doc.page.width - 2 * MARGIN;
  const columns = Math.max(...rows.map((r) => r.length));
  const cell = width / columns;
  doc.fontSize(10);
  rows.forEach((row, i) => {
    doc.font(i === 0 ? 'Helvetica-Bold' : 'Helvetica');
    const height = Math.max(...row.map((text) => doc.heightOfString(text, { width: cell - 12 })));
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    row.forEach((text, c) => doc.text(text, MARGIN + c * cell, y, { width: cell - 12 }));
    doc.x = MARGIN;
    doc.y = y + height + 4;
  });
  doc.moveDown(0.5);
}

function columns(doc: Doc, paragraphs: string[]): void {
  const text = paragraphs.join('\n');
  const gap = 24;
  const columnWidth = (doc.page.width - 2 * MARGIN - gap) / 2;
  doc.font('Helvetica').fontSize(10);
  // balanced: each column holds about half the text (a line more, so nothing spills onto a third)
  const height = Math.min(doc.heightOfString(text, { width: columnWidth }) / 2 + doc.currentLineHeight(true) * 2, doc.page.height - MARGIN - doc.y);
  const y = doc.y;
  doc.text(text, MARGIN, y, { columns: 2, columnGap: gap, height, width: doc.page.width - 2 * MARGIN, align: 'left' });
  doc.x = MARGIN;
  doc.y = y + height + 8;
}

/** Draws a layout into a new PDF. */
export function layoutPdf(layout: Layout): Promise<Uint8Array> {
  return writePdf(
    (doc) => {
      for (const block of layout.blocks) {
        doc.x = MARGIN;
        if ('h1' in block) doc.font('Helvetica-Bold').fontSize(18).text(block.h1).moveDown(0.6);
        else if ('h2' in block) doc.moveDown(0.4).font('Helvetica-Bold').fontSize(14).text(block.h2).moveDown(0.4);
        else if ('h3' in block) doc.moveDown(0.3).font('Helvetica-Bold').fontSize(12).text(block.h3).moveDown(0.3);
        else if ('p' in block) doc.font('Helvetica').fontSize(11).text(block.p).moveDown(0.6);
        else if ('lines' in block) {
          doc.font('Helvetica').fontSize(11);
          for (const line of block.lines) doc.text(line);
          doc.moveDown(0.6);
        } else if ('list' in block) doc.font('Helvetica').fontSize(11).list(block.list, { bulletRadius: 2, textIndent: 12 }).moveDown(0.6);
        else if ('table' in block) table(doc, block.table);
        else if ('columns' in block) columns(doc, block.columns);
        else if ('pageBreak' in block) doc.addPage();
        else {
          doc.addPage();
          doc.rect(110, 140, 380, 520).fill('#c8d3df');
          doc.rect(150, 190, 300, 40).fill('#34506b');
          doc.circle(300, 420, 90).fill('#e0a526');
          doc.fillColor('black');
          doc.addPage();
        }
      }
      runningLines(doc, layout);
    },
    { info: { Title: layout.title ?? '', Producer: 'callwatch scripts/corpus/make-pdf.ts', Creator: 'pdfkit', CreationDate: CREATED, ModDate: CREATED } },
  );
}

/** Reads and validates one description. */
export function readLayout(file: string): Layout {
  return readDescription(LayoutSchema, file, 'layout');
}

/** Writes DIR/NAME.pdf for every DIR/layout/NAME.json; returns the names written. */
export function makeBatch(dir: string): Promise<string[]> {
  return writeBatch(dir, 'layout', 'pdf', (file) => layoutPdf(readLayout(file)));
}

await runAsScript(import.meta.filename, 'layout', 'PDFs', makeBatch);
