/**
 * The bounds of reading a PDF, reported for what they are (issue 11, bad input): a decompression bomb — a small PDF,
 * written here by hand with zlib, whose content stream unpacks to 300 MB — is refused as such in a fraction of the
 * budget, in the extraction pool's worker as the service reads it, and the next PDF reads as before; a PDF whose
 * pages past the page limit were left unread, and whose first pages hold no text, says the page limit, not "no text".
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractionPool } from '../../../service/extract/pool.ts';
import { checkInflatedSize } from '../../../service/pdf/inflate-guard.ts';
import { PDF_LIMITS } from '../../../service/pdf/limits.ts';
import { PdfError } from '../../../service/pdf/pdf-error.ts';
import { pdfToHtml } from '../../../service/pdf/pdf-to-html.ts';
import { bombPdf, callPdf, pdfWithContent, refusal, writePdf } from './make-pdf.ts';

const pool = new ExtractionPool({ size: 1 });
afterAll(() => pool.close());
const NOW = new Date('2027-01-20T10:00:00Z');

describe('a decompression bomb', () => {
  it('is refused as one within a fraction of the budget; the pool reads the next PDF as before', { timeout: 60_000 }, async () => {
    const bomb = bombPdf();
    expect(bomb.length).toBeLessThan(400 * 1024);
    const started = performance.now();
    const error = await refusal(pool.extract({ html: '', pdf: new Uint8Array(bomb), url: 'https://example.org/bombe.pdf', now: NOW }));
    expect(error.code).toBe('pdf_too_complex');
    expect(error.message).toBe('The PDF unpacks to more than 100 MB (a decompression bomb or an extremely complex document) and was not read.');
    expect(error.messageDe).toMatch(/^Die PDF entpackt sich auf mehr als 100 MB/);
    expect(performance.now() - started).toBeLessThan(5_000);

    const { items } = await pool.extract({ html: '', pdf: await callPdf(), url: 'https://www.mhkbd.nrw/foerderaufruf-2027.pdf', now: NOW });
    expect(items.map((i) => i.title)).toEqual(['Förderaufruf „Kommunale Partnerschaften für Klimaschutz 2027“']);
  });

  it('a PDF whose streams unpack within the bound passes the guard and reads', { timeout: 30_000 }, async () => {
    const text = Buffer.from('BT /F1 14 Tf 72 720 Td (Foerderaufruf Klimapartnerschaften 2031) Tj 0 -20 Td (Projektskizzen bis zum 31. Maerz 2031) Tj ET\n', 'latin1');
    const small = pdfWithContent(Buffer.concat([text, Buffer.alloc(5 * 1024 * 1024, ' ')]));
    expect(() => checkInflatedSize(small)).not.toThrow();
    expect((await pdfToHtml(new Uint8Array(small))).html).toContain('Foerderaufruf Klimapartnerschaften 2031');
    // the bound counts every stream together
    expect(() => checkInflatedSize(small, 4 * 1024 * 1024)).toThrow(PdfError);
    expect(PDF_LIMITS.maxInflatedBytes).toBe(100 * 1024 * 1024);
  });
});

describe('the page limit', () => {
  it('a PDF with text only past the first 200 pages says the page limit, not "no text"', { timeout: 120_000 }, async () => {
    const bytes = await writePdf((doc) => {
      for (let i = 0; i < PDF_LIMITS.maxPages + 5; i++) doc.addPage();
      doc.text('Förderaufruf Klimapartnerschaften 2031: Projektskizzen bis zum 31. März 2031 einreichen.');
    });
    const error = await refusal(pdfToHtml(bytes));
    expect(error.code).toBe('pdf_page_limit');
    expect(error.message).toBe('The PDF has more than 200 pages; only the first 200 are read, and they contain no text.');
    expect(error.messageDe).toBe('Die PDF hat mehr als 200 Seiten; gelesen werden nur die ersten 200, und darin steht kein Text.');
  });
});
