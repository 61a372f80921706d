/**
 * PDFs in sources (issue 11, item 3): a listing that links a call's PDF follows the link like a link to a page and
 * the call lands in the inbox; the item is watched, and its PDF is re-checked like a page — conditional requests,
 * a 304 when unchanged, "Frist geändert" when the PDF moves the deadline. A local HTTP server on 127.0.0.1 stands in
 * for the ministry's site; SQLite and PostgreSQL.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlineChangeEvents } from '../../../service/sources/repository.ts';
import { sourcesDb } from '../../../service/sources/tables.ts';
import { DIALECTS, openTestStore, type TestStore } from '../helpers/store.ts';
import { startServer, type LocalServer } from '../net/local-server.ts';
import type { FixtureSite } from '../scrape/fixture-site.ts';
import { harness, type Harness } from '../sources/harness.ts';
import { callPdf, type CallDeadline } from './make-pdf.ts';

const PDF_PATH = '/downloads/foerderaufruf-partnerschaften-2027.pdf';
const LISTING = `<!doctype html><html><head><title>Förderaufrufe | Ministerium</title></head><body>
<nav><a href="/">Start</a> <a href="/impressum">Impressum</a></nav>
<main><h1>Aktuelle Förderaufrufe</h1>
<ul><li><a href="${PDF_PATH}">Förderaufruf Kommunale Partnerschaften für Klimaschutz 2027 (PDF, 40 KB)</a></li></ul>
</main></body></html>`;

let server: LocalServer;
let pdf: Uint8Array;
let pdfRequests: Array<Record<string, string | string[] | undefined>> = [];

const servePdf = async (deadline?: CallDeadline) => {
  pdf = await callPdf(deadline);
};

beforeAll(async () => {
  await servePdf();
  server = await startServer((req, res) => {
    if (req.url === '/aktuelles/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(LISTING);
    } else if (req.url?.startsWith(PDF_PATH)) {
      pdfRequests.push(req.headers);
      const etag = `"${createHash('sha1').update(pdf).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag) res.writeHead(304, { etag }).end();
      else res.writeHead(200, { 'content-type': 'application/pdf', etag }).end(Buffer.from(pdf));
    } else {
      res.writeHead(404).end();
    }
  });
});
afterAll(() => server.close());

describe.each(DIALECTS)('PDFs in sources (%s)', (dialect) => {
  let store: TestStore;
  let h: Harness;
  beforeAll(async () => {
    store = await openTestStore(dialect);
    h = await harness(store, { lookup: undefined } as unknown as FixtureSite);
  });
  afterAll(async () => {
    await h.close();
    await store.dispose();
  });

  it('a listing follows its link to a PDF; the call lands in the inbox; the PDF is re-checked like a page', { timeout: 60_000 }, async () => {
    await servePdf();
    pdfRequests = [];
    const source = await h.add({ name: 'Förderaufrufe', url: `${server.origin}/aktuelles/`, kind: 'listing' });
    const { run } = await h.engine.runNow(source.id, 'manual');
    expect(run).toMatchObject({ status: 'ok', httpStatus: 200, found: 1, added: 1, error: null });
    const [item] = await h.items();
    expect(item).toMatchObject({
      kind: 'call',
      status: 'new',
      title: 'Förderaufruf „Kommunale Partnerschaften für Klimaschutz 2027“',
      url: `${server.origin}${PDF_PATH}`,
      origin: `source:${source.id}`,
      watch: true,
    });
    expect(item.deadlines.map((d) => d.date)).toEqual(['2027-03-31', '2027-06-30']);

    const makeDue = () => sourcesDb(store.db).updateTable('item_checks').set({ next_check_at: '2000-01-01T00:00:00.000Z' }).execute();
    await h.engine.checkWatched();
    // the first check reads the PDF (the check keeps its own validators), the next one asks conditionally: a 304
    await makeDue();
    const [first] = await h.engine.checkWatched();
    expect(first).toMatchObject({ itemId: item.id, httpStatus: 200, changed: [] });
    await makeDue();
    const [unchanged] = await h.engine.checkWatched();
    expect(unchanged).toMatchObject({ itemId: item.id, httpStatus: 304, changed: [] });
    expect(pdfRequests.at(-1)?.['if-none-match']).toMatch(/^"/);
    // the ministry moves the deadline in its PDF: "Frist geändert"
    await servePdf({ text: '30. April 2027', cell: '30.04.2027' });
    await makeDue();
    const [moved] = await h.engine.checkWatched();
    expect(moved).toMatchObject({ itemId: item.id, status: 'ok', httpStatus: 200, changed: ['deadlines'] });
    const events = await deadlineChangeEvents(store.db, h.actor.team.id);
    expect(events.map((e) => (e.payload as { to: { date: string } }).to.date)).toContain('2027-04-30');
    expect((await h.items())[0].deadlines.map((d) => d.date)).toContain('2027-04-30');
  });

  it('a source that is a PDF is read as the call’s page', { timeout: 60_000 }, async () => {
    await servePdf();
    const source = await h.add({ name: 'Aufruf als PDF', url: `${server.origin}${PDF_PATH}?direkt`, kind: 'page' });
    const { run } = await h.engine.runNow(source.id, 'manual');
    expect(run).toMatchObject({ status: 'ok', httpStatus: 200, found: 1 });
  });
});
