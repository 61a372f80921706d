/**
 * Real PDFs for the tests, written by pdfkit: the call of the PDF suites (heading, a hyphenated line end, running
 * header/footer/page numbers on three pages, a table of Stichtage), an image-only one, a broken one.
 */
import { deflateSync } from 'node:zlib';
import { expect } from 'vitest';
import { runningLines as drawRunningLines, writePdf } from '../../../scripts/corpus/make-pdf.ts';
import { PdfError } from '../../../service/pdf/pdf-error.ts';

/** The writer and the running lines of the corpus PDFs (scripts/corpus/make-pdf.ts). */
export { writePdf };

const runningLines = (doc: Parameters<Parameters<typeof writePdf>[0]>[0], header: string) =>
  drawRunningLines(doc, { header, footer: 'Ministerium für Heimat, Kommunales, Bau und Digitalisierung · Referat 305' });

const FILLER =
  'Gefördert werden Vorhaben von Kommunen und kommunalen Zusammenschlüssen, die Partnerschaften mit Kommunen im ' +
  'Globalen Süden aufbauen oder vertiefen. Die Vorhaben sollen konkrete Beiträge zu den Zielen für nachhaltige ' +
  'Entwicklung leisten und die Zivilgesellschaft vor Ort einbeziehen. ';

/** The call's first deadline, in the text and in the table (a watched call's PDF may move it). */
export interface CallDeadline {
  text: string;
  cell: string;
}

/** The call of the PDF suites: three pages, a title, a hyphenated line end, a table of Stichtage. */
export function callPdf(interest: CallDeadline = { text: '31. März 2027', cell: '31.03.2027' }): Promise<Uint8Array> {
  return writePdf((doc) => {
    doc.font('Helvetica-Bold').fontSize(20).text('Förderaufruf „Kommunale Partnerschaften für Klimaschutz 2027“');
    doc.moveDown();
    doc.font('Helvetica').fontSize(11);
    doc.text('Das Ministerium ruft Kommunen auf, Projektskizzen einzureichen. Die Frist für die Interessen-');
    doc.text(`bekundung bis ${interest.text} ist verbindlich; später eingehende Skizzen werden nicht berücksichtigt.`);
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(14).text('1. Gegenstand der Förderung');
    doc.font('Helvetica').fontSize(11);
    for (let i = 0; i < 12; i += 1) doc.text(FILLER + FILLER).moveDown();
    doc.font('Helvetica-Bold').fontSize(14).text('2. Verfahren und Stichtage');
    doc.font('Helvetica').fontSize(11).moveDown(0.5);
    const rows = [
      ['Verfahrensschritt', 'Stichtag'],
      ['Interessenbekundung', interest.cell],
      ['Einreichung des Vollantrags', '30.06.2027'],
    ];
    for (const [step, date] of rows) {
      const y = doc.y;
      doc.text(step, 72, y, { width: 200 });
      doc.text(date, 330, y, { width: 150 });
      doc.x = 72;
    }
    doc.moveDown();
    for (let i = 0; i < 6; i += 1) doc.text(FILLER).moveDown();
    runningLines(doc, 'Förderaufruf Kommunale Partnerschaften 2027 – Bekanntmachung vom 15. Januar 2027');
  });
}

/** A call set in two columns (pdfkit's column flow), the deadline in the right-hand column. */
export function twoColumnPdf(): Promise<Uint8Array> {
  return writePdf((doc) => {
    doc.font('Helvetica-Bold').fontSize(18).text('Aufruf Kleinprojektefonds Nachbarschaft 2027');
    doc.moveDown();
    const left = 'Linke Spalte beginnt hier. ' + FILLER.repeat(3) + 'Ende der linken Spalte.';
    const right = 'Rechte Spalte beginnt hier. Anträge können bis zum 15. Mai 2027 gestellt werden. ' + FILLER.repeat(2) + 'Ende der rechten Spalte.';
    doc.font('Helvetica').fontSize(10).text(`${left} ${right}`, { columns: 2, columnGap: 24, height: 260, align: 'left' });
  });
}

/** A page with a drawn picture and no text at all (what a scan looks like to a reader of text). */
export function imageOnlyPdf(): Promise<Uint8Array> {
  return writePdf((doc) => {
    doc.rect(100, 100, 300, 400).fill('#336699');
    doc.circle(250, 300, 80).fill('#ffcc00');
  });
}

/** Something that says it is a PDF and is not one. */
export function brokenPdf(): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\n${'garbage '.repeat(200)}\n%%EOF`);
}

/** The PdfError a reading was refused with (the test fails when it was read, or failed otherwise). */
export const refusal = async (promise: Promise<unknown>): Promise<PdfError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(PdfError);
  return error as PdfError;
};

/** A one-page PDF (objects, cross-reference table, trailer) whose page content is `content`, compressed with zlib. */
export function pdfWithContent(content: Buffer): Buffer {
  const stream = deflateSync(content, { level: 9 });
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (part: string | Buffer) => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    parts.push(bytes);
    length += bytes.length;
  };
  add('%PDF-1.7\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  ];
  objects.forEach((object, i) => {
    offsets.push(length);
    add(`${i + 1} 0 obj\n${object}\nendobj\n`);
  });
  offsets.push(length);
  add(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`);
  add(stream);
  add('\nendstream\nendobj\n');
  offsets.push(length);
  add('5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n');
  const xref = length;
  add(`xref\n0 6\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  add(`trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

/** A decompression bomb: a line of text, then 300 MB of blanks in one content stream — about 300 KB on the wire. */
export const bombPdf = (): Buffer => pdfWithContent(Buffer.concat([Buffer.from('BT /F1 12 Tf 72 720 Td (Aufruf) Tj ET\n', 'latin1'), Buffer.alloc(300 * 1024 * 1024, ' ')]));
