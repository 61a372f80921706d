/**
 * A PDF clipped while the service cannot be reached waits with its address and is read when the service is back
 * (issue 11, item 2): a real `callwatch serve` process behind a local switch (a proxy on 127.0.0.1 that drops every
 * connection while "down"), a PDF served by a local HTTP server, the background runtime driven with fakeBrowser. The
 * clip opens its preview saying the PDF waits; the sync round after the service is back reads it, stores the draft in
 * place of the placeholder and tells the user ("PDF gelesen: … — Vorschau öffnen"), whose click opens that preview.
 */
import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundRuntime } from '../../../../extension/lib/background/runtime.ts';
import { clipTab as clipWith } from '../../../../extension/lib/clip/clip-tab.ts';
import { extractFromRead } from '../../../../extension/lib/clip/page-extract.ts';
import { previewUrl } from '../../../../extension/lib/clip/preview-url.ts';
import { MAX_PDF_ATTEMPTS, readWaitingPdfs } from '../../../../extension/lib/clip/pdf-outbox.ts';
import { queuePdfClip } from '../../../../extension/lib/clip/pdf-clip.ts';
import { clipDrafts } from '../../../../extension/lib/store/drafts.ts';
import { waitingPdfClips } from '../../../../extension/lib/store/pdf-clips.ts';
import { DEFAULT_SETTINGS, settings } from '../../../../extension/lib/store/settings.ts';
import { startServer, type LocalServer } from '../../../service/net/local-server.ts';
import { bootstrapToken, killAllServe, startServe, type ServeProcess } from '../../../service/helpers/serve-process.ts';
import { callPdf } from '../../../service/pdf/make-pdf.ts';
import { germanBrowserI18n, speak } from '../../fixtures.ts';

/** The clip gesture as the background runs it (a PDF tab never reaches the extractor). */
const clipTab = (tabId: number) => clipWith(tabId, extractFromRead);

const TITLE = 'Förderaufruf „Kommunale Partnerschaften für Klimaschutz 2027“';
const now = () => new Date('2026-12-07T09:00:00Z');

let site: LocalServer;
let service: ServeProcess;
let token: string;
/** the service as the extension sees it: while `down`, every connection is dropped */
let proxy: LocalServer;
let down = true;
const dir = mkdtempSync(join(tmpdir(), 'callwatch-pdf-outbox-'));

beforeAll(async () => {
  speak('de');
  const pdf = await callPdf();
  site = await startServer((req, res) => {
    if (req.url === '/aufruf.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from(pdf));
    else res.writeHead(404).end();
  });
  service = await startServe(['--db', join(dir, 'cw.db')], { cwd: resolve(import.meta.dirname, '../../../..'), env: { CALLWATCH_ALLOW_PRIVATE_SOURCES: '1' } });
  token = bootstrapToken(service.stderr());
  const target = new URL(service.url);
  proxy = await startServer((req, res) => {
    if (down) return void req.socket.destroy();
    const forward = httpRequest({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => req.socket.destroy());
    req.pipe(forward);
  });
}, 60_000);
afterAll(async () => {
  await killAllServe();
  await site.close();
  await proxy.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  fakeBrowser.reset();
  germanBrowserI18n(fakeBrowser as never);
  down = true;
  await settings.setValue({ ...DEFAULT_SETTINGS, serviceUrl: proxy.origin, token });
});

// fakeBrowser's tabs have no title: the PDF's address stands for it
const openTab = async (url: string) => (fakeBrowser.tabs.create as unknown as (props: { url: string }) => Promise<{ id?: number }>)({ url });
const notifications = () => Object.entries(fakeBrowser.notifications.getAllCreateOptions?.() ?? {}) as [string, { title: string; message: string }][];

describe('a PDF clipped while the service is unreachable', () => {
  it('waits with its address, and the sync round after the service is back reads it and tells the user', { timeout: 60_000 }, async () => {
    const url = `${site.origin}/aufruf.pdf`;
    const tab = await openTab(url);
    const placeholder = await clipTab(tab.id!);
    expect(placeholder).toMatchObject({ problem: 'pdf_waiting', page: { url } });
    expect(await waitingPdfClips.getValue()).toEqual([{ url, title: '', clippedAt: expect.any(String), attempts: 0 }]);

    const runtime = createBackgroundRuntime(now);
    // still away: the round fails, the PDF keeps waiting
    await runtime.requestSync();
    expect(await waitingPdfClips.getValue()).toHaveLength(1);
    expect(notifications()).toEqual([]);

    down = false;
    const outcome = await runtime.requestSync();
    expect(outcome?.ok).toBe(true);
    expect(await waitingPdfClips.getValue()).toEqual([]);
    const drafts = Object.values(await clipDrafts.getValue());
    // the read draft took the untouched placeholder's place
    expect(drafts.map((d) => [d.problem, d.items.map((i) => [i.fields.title, i.fields.url, i.fields.deadlines.map((x) => x.date)])])).toEqual([
      [undefined, [[TITLE, url, ['2027-03-31', '2027-06-30']]]],
    ]);
    const [draft] = drafts;
    expect(notifications()).toEqual([[`pdf-read:${draft.id}`, expect.objectContaining({ title: 'PDF gelesen', message: `„${url}“ — Vorschau öffnen` })]]);

    const opened: string[] = [];
    fakeBrowser.windows.create = (async (data: { url?: string }) => {
      opened.push(String(data.url));
      return { id: 1 };
    }) as never;
    await runtime.onNotificationClicked(`pdf-read:${draft.id}`);
    expect(opened).toEqual([previewUrl(draft.id)]);
  });

  it('a PDF the service refuses for good stops waiting, with its reason; a placeholder the user typed into stays', { timeout: 60_000 }, async () => {
    const url = `${site.origin}/fehlt.pdf`;
    const placeholder = await clipTab((await openTab(url)).id!);
    const typed = { ...placeholder, items: [{ ...placeholder.items[0], fields: { ...placeholder.items[0].fields, title: 'Von Hand' } }] };
    await clipDrafts.setValue({ [placeholder.id]: typed });
    down = false;
    const read: boolean[] = [];
    expect(await readWaitingPdfs(async (_draft, ok) => void read.push(ok))).toBe(1);
    expect(read).toEqual([false]);
    expect(await waitingPdfClips.getValue()).toEqual([]);
    const drafts = Object.values(await clipDrafts.getValue());
    expect(drafts.map((d) => d.items[0].fields.title).sort()).toEqual(['', 'Von Hand']);
    expect(drafts.find((d) => d.id !== placeholder.id)?.diagnostics[0]).toMatch(/^pdf: .*404/);
  });

  it('a service that keeps asking to try later gets a few answers, then its reason stands', async () => {
    await queuePdfClip({ url: 'https://www.mhkbd.nrw/aufruf.pdf', title: 'aufruf.pdf' });
    const busy = (async () => new Response(JSON.stringify({ error: { code: 'unavailable', message: 'Der Dienst ist überlastet.' } }), { status: 503 })) as typeof fetch;
    for (let i = 1; i < MAX_PDF_ATTEMPTS; i++) {
      expect(await readWaitingPdfs(async () => undefined, busy)).toBe(0);
      expect((await waitingPdfClips.getValue())[0].attempts).toBe(i);
    }
    expect(await readWaitingPdfs(async () => undefined, busy)).toBe(1);
    expect(await waitingPdfClips.getValue()).toEqual([]);
    expect(Object.values(await clipDrafts.getValue())[0].diagnostics).toEqual(['pdf: Der Dienst ist überlastet.']);
  });
});
