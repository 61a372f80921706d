/**
 * Reading PDFs (service/pdf): real PDFs written by pdfkit, read by pdf.js into a page (pdfToHtml) and by the shared
 * extractor — in the extraction pool's worker threads, as the service does — so a PDF call yields the same drafts a
 * web page does. Refusals are clear messages and nothing else.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractionError } from '../../../service/extract/extraction-error.ts';
import { ExtractionPool } from '../../../service/extract/pool.ts';
import { pdfToHtml } from '../../../service/pdf/pdf-to-html.ts';
import { finishText, joinLine, normalizeRun } from '../../../service/pdf/text.ts';
import { brokenPdf, callPdf, imageOnlyPdf, refusal, twoColumnPdf, writePdf } from './make-pdf.ts';

const pool = new ExtractionPool({ size: 1 });
afterAll(() => pool.close());
const NOW = new Date('2027-01-20T10:00:00Z');

describe('a call as PDF', () => {
  it('reads as a page: title, the hyphenated deadline joined, the Stichtage table as rows, no running lines', { timeout: 30_000 }, async () => {
    const bytes = await callPdf();
    const { html, pageCount, pagesRead } = await pdfToHtml(bytes);
    expect([pageCount, pagesRead]).toEqual([3, 3]);
    expect(html).toContain('<h1>Förderaufruf „Kommunale Partnerschaften für Klimaschutz 2027“</h1>');
    expect(html).toContain('Die Frist für die Interessenbekundung bis 31. März 2027 ist verbindlich');
    expect(html).toContain('<h2>2. Verfahren und Stichtage</h2>');
    expect(html).toContain(
      '<table><tr><td>Verfahrensschritt</td><td>Stichtag</td></tr><tr><td>Interessenbekundung</td><td>31.03.2027</td></tr><tr><td>Einreichung des Vollantrags</td><td>30.06.2027</td></tr></table>',
    );
    for (const running of ['Bekanntmachung vom 15. Januar', 'Referat 305', 'Seite 1 von 3', 'Seite 3 von 3']) expect(html).not.toContain(running);

    // the service's way: the bytes to the pool, read and extracted in a worker thread
    const { items } = await pool.extract({ html: '', pdf: bytes, url: 'https://www.mhkbd.nrw/foerderaufruf-2027.pdf', now: NOW });
    expect(items).toHaveLength(1);
    expect(items[0].kind).toBe('call');
    expect(items[0].title).toBe('Förderaufruf „Kommunale Partnerschaften für Klimaschutz 2027“');
    expect(items[0].deadlines.map((d) => d.date)).toEqual(['2027-03-31', '2027-06-30']);
  });

  it('reads two columns one after the other', { timeout: 30_000 }, async () => {
    const bytes = await twoColumnPdf();
    const { html } = await pdfToHtml(bytes);
    const left = html.indexOf('Linke Spalte beginnt hier');
    const leftEnd = html.indexOf('Ende der linken Spalte.');
    const right = html.indexOf('Rechte Spalte beginnt hier');
    expect(left).toBeGreaterThan(0);
    expect(leftEnd).toBeGreaterThan(left);
    expect(right).toBeGreaterThan(leftEnd);
    expect(html).toContain('Ende der rechten Spalte.');
    const { items } = await pool.extract({ html: '', pdf: bytes, url: 'https://example.org/kpf.pdf', now: NOW });
    expect(items.map((d) => [d.title, d.deadlines.map((x) => x.date)])).toEqual([['Aufruf Kleinprojektefonds Nachbarschaft 2027', ['2027-05-15']]]);
  });
});

describe('PDFs that are not read', () => {
  it('an image-only PDF: "Diese PDF enthält keinen Text"', { timeout: 30_000 }, async () => {
    const error = await refusal(pool.extract({ html: '', pdf: await imageOnlyPdf(), url: 'https://example.org/scan.pdf', now: NOW }));
    expect(error.code).toBe('pdf_no_text');
    expect(error.messageDe).toMatch(/^Diese PDF enthält keinen Text/);
  });

  it('a broken PDF', { timeout: 30_000 }, async () => {
    const error = await refusal(pool.extract({ html: '', pdf: brokenPdf(), url: 'https://example.org/kaputt.pdf', now: NOW }));
    expect(error.code).toBe('pdf_broken');
    expect(error.messageDe).toMatch(/keine lesbare PDF/);
  });

  it('a PDF behind a password', { timeout: 30_000 }, async () => {
    const locked = await writePdf((doc) => doc.text('Geheimer Förderaufruf mit Frist bis 31. März 2027.'), { userPassword: 'geheim' });
    expect((await refusal(pdfToHtml(locked))).code).toBe('pdf_encrypted');
  });

  it('a file over 20 MB is refused before it is parsed', async () => {
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    const error = await refusal(pdfToHtml(big));
    expect(error.code).toBe('pdf_too_large');
    expect(error.messageDe).toMatch(/größer als 20 MB/);
  });

  it('a PDF that takes longer than the time budget is stopped', { timeout: 30_000 }, async () => {
    // between pages, against its own deadline
    expect((await refusal(pdfToHtml(await callPdf(), { deadline: Date.now() - 1 }))).code).toBe('pdf_timeout');
    // in the pool, whatever it is doing: the worker is ended at the page's budget
    const hasty = new ExtractionPool({ size: 1, budgetMs: 5 });
    try {
      const error = await hasty.extract({ html: '', pdf: await callPdf(), url: 'https://example.org/lang.pdf', now: NOW }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExtractionError);
    } finally {
      await hasty.close();
    }
  });
});

describe('the text of a PDF', () => {
  it('joins words broken at a line end and keeps a compound’s hyphen', () => {
    expect(joinLine('Die Frist für die Interessen-', 'bekundung bis 31. März 2027')).toBe('Die Frist für die Interessenbekundung bis 31. März 2027');
    expect(joinLine('Förderung der Kinder-', 'und Jugendhilfe')).toBe('Förderung der Kinder- und Jugendhilfe');
    expect(joinLine('das EU-', 'Förderprogramm')).toBe('das EU-Förderprogramm');
    expect(finishText(joinLine('die Interessen\u00AD', 'bekundung'))).toBe('die Interessenbekundung');
    expect(joinLine('Frist:', '31. März')).toBe('Frist: 31. März');
  });

  it('spells out ligatures and drops soft hyphens and invisible characters', () => {
    expect(finishText(normalizeRun('Zuwendungsempfänger ﬁnden die Ein\u00ADreichungs\u200Bfrist'))).toBe('Zuwendungsempfänger finden die Einreichungsfrist');
    expect(normalizeRun('ﬂ ﬀ ﬃ')).toBe('fl ff ffi');
  });
});
