/**
 * Clipping a PDF (issue 11, item 2) at the API: POST /api/v1/extract with the address of a PDF — served by a local
 * HTTP server on 127.0.0.1 as application/pdf or as a bare download — or with a PDF from the user's disk (base64)
 * answers with the call's drafts, as for a web page; a PDF without text or over 20 MB is a clear error and nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryNotifier } from '../../../service/notifier.ts';
import { createSourcesRuntime, type SourcesRuntime } from '../../../service/sources/runtime.ts';
import { Clock } from '../../../shared/sync/hlc.ts';
import { testApi, type TestApi } from '../helpers/api.ts';
import { expectError } from '../helpers/expect.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';
import { startServer, type LocalServer } from '../net/local-server.ts';
import { callPdf, imageOnlyPdf } from './make-pdf.ts';

const NOW = Date.parse('2027-01-20T10:00:00Z');
const TITLE = 'Förderaufruf „Kommunale Partnerschaften für Klimaschutz 2027“';

interface Draft {
  kind: string;
  title: string;
  url: string;
  deadlines: { date: string }[];
}

describe('POST /api/v1/extract with a PDF', () => {
  let server: LocalServer;
  let store: TestStore;
  let api: TestApi;
  let runtime: SourcesRuntime;
  let call: Uint8Array;

  beforeAll(async () => {
    call = await callPdf();
    const scan = await imageOnlyPdf();
    server = await startServer((req, res) => {
      if (req.url === '/aufruf.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from(call));
      // no type of its own: known by its first bytes
      else if (req.url === '/download?id=7') res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from(call));
      else if (req.url === '/scan.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from(scan));
      else if (req.url === '/riesig.pdf') {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end(Buffer.alloc(21 * 1024 * 1024, 0x20));
      } else res.writeHead(404).end();
    });
    store = await openTestStore('sqlite');
    const deps = { db: store.db, notifier: createMemoryNotifier(), clock: new Clock(crypto.randomUUID(), () => NOW), now: () => NOW };
    runtime = await createSourcesRuntime(deps, { fetcher: { allowPrivate: true, minDelayMs: 0, timeoutMs: 10_000 } });
    api = await testApi(store, { ...deps, sources: runtime });
  });
  afterAll(async () => {
    await runtime.engine.close();
    await api.close();
    await store.dispose();
    await server.close();
  });

  const extract = async (body: Record<string, unknown>) => {
    const { token } = await api.team();
    return api.call('POST', '/api/v1/extract', { token, body });
  };

  it('reads a PDF the service fetches from its address: the drafts of a web page', { timeout: 30_000 }, async () => {
    const res = await extract({ url: `${server.origin}/aufruf.pdf` });
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Draft[] };
    expect(items.map((d) => [d.kind, d.title, d.url, d.deadlines.map((x) => x.date)])).toEqual([
      ['call', TITLE, `${server.origin}/aufruf.pdf`, ['2027-03-31', '2027-06-30']],
    ]);
  });

  it('knows a PDF sent as a bare download by its first bytes', { timeout: 30_000 }, async () => {
    const res = await extract({ url: `${server.origin}/download?id=7` });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { items: Draft[] }).items.map((d) => d.title)).toEqual([TITLE]);
  });

  it('reads a PDF uploaded from the disk (base64), nothing fetched', { timeout: 30_000 }, async () => {
    const before = server.requests.length;
    const res = await extract({ url: 'https://www.mhkbd.nrw/foerderaufruf-2027.pdf', pdf: Buffer.from(call).toString('base64') });
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Draft[] };
    expect(items.map((d) => [d.title, d.deadlines.map((x) => x.date)])).toEqual([[TITLE, ['2027-03-31', '2027-06-30']]]);
    expect(server.requests.length).toBe(before);
  });

  const upload = async (bytes: Uint8Array, contentType = 'application/pdf', url = 'https://datei.invalid/foerderaufruf-2027.pdf') => {
    const { token } = await api.team();
    return api.app.request(`/api/v1/extract/pdf?url=${encodeURIComponent(url)}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': contentType }, body: Buffer.from(bytes) });
  };

  it('reads a PDF posted as its bytes, far beyond the 1 MB of a JSON body (a file from the disk)', { timeout: 30_000 }, async () => {
    // 3 MB: the call, then padding after its end (a PDF reader reads from the trailer back)
    const big = new Uint8Array(call.length + 3 * 1024 * 1024);
    big.set(call);
    big.fill(0x20, call.length);
    const res = await upload(big);
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Draft[] };
    expect(items.map((d) => [d.title, d.deadlines.map((x) => x.date)])).toEqual([[TITLE, ['2027-03-31', '2027-06-30']]]);
  });

  it('refuses an upload over 20 MB (413), one without Content-Type: application/pdf, and bytes that are no PDF', { timeout: 30_000 }, async () => {
    expect((await upload(new Uint8Array(21 * 1024 * 1024))).status).toBe(413);
    await expectError(await upload(call, 'application/json'), 400);
    await expectError(await upload(new TextEncoder().encode('<html><p>kein PDF</p></html>')), 422);
    await expectError(await upload(call, 'application/pdf', 'javascript:alert(1)'), 400);
  });

  it('a PDF without text: "Diese PDF enthält keinen Text", no drafts', { timeout: 30_000 }, async () => {
    const error = await expectError(await extract({ url: `${server.origin}/scan.pdf` }), 422);
    expect(error.code).toBe('pdf_no_text');
    expect((error.details as { messageDe: string }).messageDe).toMatch(/^Diese PDF enthält keinen Text/);
  });

  it('a PDF over 20 MB is refused', { timeout: 30_000 }, async () => {
    const error = await expectError(await extract({ url: `${server.origin}/riesig.pdf` }), 400);
    expect(error.code).toBe('too_large');
  });

  it('refuses an upload that is not base64, or html and pdf at once', async () => {
    await expectError(await extract({ url: 'https://a.example/x.pdf', pdf: '<html>' }), 400);
    await expectError(await extract({ url: 'https://a.example/x.pdf', pdf: 'JVBERi0=', html: '<p>x</p>' }), 400);
  });
});
