/**
 * Clipping a PDF from the extension (issue 11, item 2): a PDF tab is known by its address, and the service — a real
 * `callwatch serve` process, reading a PDF served by a local HTTP server on 127.0.0.1 — gives the preview its
 * drafts; an uploaded file's bytes give the same; without the service the clip still opens, with the address.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clipTab as clipWith } from '../../../../extension/lib/clip/clip-tab.ts';
import { extractFromRead } from '../../../../extension/lib/clip/page-extract.ts';
import { extractPdf, isPdfAddress } from '../../../../extension/lib/clip/pdf-clip.ts';
import { DEFAULT_SETTINGS, settings } from '../../../../extension/lib/store/settings.ts';
import { startServer, type LocalServer } from '../../../service/net/local-server.ts';
import { bootstrapToken, killAllServe, startServe, type ServeProcess } from '../../../service/helpers/serve-process.ts';
import { callPdf } from '../../../service/pdf/make-pdf.ts';

/** The clip gesture as the background runs it (a PDF tab never reaches the extractor). */
const clipTab = (tabId: number) => clipWith(tabId, extractFromRead);

const TITLE = 'Förderaufruf „Kommunale Partnerschaften für Klimaschutz 2027“';

describe('a PDF tab', () => {
  it('is known by its address', () => {
    expect(isPdfAddress('https://www.mhkbd.nrw/system/files/foerderaufruf-2027.pdf')).toBe(true);
    expect(isPdfAddress('https://www.bund.de/Aufruf.PDF?download=1')).toBe(true);
    expect(isPdfAddress('https://www.bund.de/aufruf.html')).toBe(false);
    expect(isPdfAddress('file:///home/a/aufruf.pdf')).toBe(false);
    expect(isPdfAddress(undefined)).toBe(false);
  });
});

describe('reading a PDF through the service', () => {
  let site: LocalServer;
  let service: ServeProcess;
  let token: string;
  let pdf: Uint8Array;
  const dir = mkdtempSync(join(tmpdir(), 'callwatch-pdf-clip-'));

  beforeAll(async () => {
    pdf = await callPdf();
    site = await startServer((req, res) => {
      if (req.url === '/aufruf.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from(pdf));
      else res.writeHead(404).end();
    });
    service = await startServe(['--db', join(dir, 'cw.db')], { cwd: resolve(import.meta.dirname, '../../../..'), env: { CALLWATCH_ALLOW_PRIVATE_SOURCES: '1' } });
    token = bootstrapToken(service.stderr());
  }, 60_000);
  afterAll(async () => {
    await killAllServe();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    fakeBrowser.reset();
    await settings.setValue({ ...DEFAULT_SETTINGS, serviceUrl: service.url, token });
  });

  it('the clip of a PDF tab hands the address to the service and stores the draft for the preview', { timeout: 60_000 }, async () => {
    const url = `${site.origin}/aufruf.pdf`;
    // fakeBrowser's create is typed for callbacks too; the promise form is what the extension uses
    const tab = await (fakeBrowser.tabs.create as unknown as (props: { url: string }) => Promise<{ id?: number }>)({ url });
    const draft = await clipTab(tab.id!);
    expect(draft.page.url).toBe(url);
    expect(draft.items.map((i) => [i.fields.title, i.fields.url, i.fields.deadlines.map((d) => d.date)])).toEqual([[TITLE, url, ['2027-03-31', '2027-06-30']]]);
  });

  it('an uploaded file’s bytes give the same drafts', { timeout: 60_000 }, async () => {
    const extract = await extractPdf({ url: 'https://datei.invalid/aufruf.pdf', title: 'aufruf.pdf', file: new Blob([Buffer.from(pdf)], { type: 'application/pdf' }) });
    expect(extract.items.map((i) => i.fields.title)).toEqual([TITLE]);
  });

  it('without the service the clip still opens, with the PDF’s address and the reason', async () => {
    await settings.setValue({ ...DEFAULT_SETTINGS, serviceUrl: 'http://127.0.0.1:9', token });
    const extract = await extractPdf({ url: 'https://www.mhkbd.nrw/aufruf.pdf', title: 'aufruf.pdf' });
    expect(extract.items).toHaveLength(1);
    expect(extract.items[0]).toMatchObject({ recognised: false, fields: { url: 'https://www.mhkbd.nrw/aufruf.pdf' } });
    expect(extract.diagnostics).toEqual(['pdf: service not reachable']);
  });
});
