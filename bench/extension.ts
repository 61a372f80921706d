/**
 * Benchmark of the extension's weight and its clip gesture:
 * - gzipped JavaScript the popup loads (target ≤ 40 KB), of the on-demand clip content script, which only reads the
 *   page (≤ 80 KB; it carried the whole extraction until it moved to the extension), and of the preview page, which
 *   runs the clip's extraction, from a production `wxt build` into a temporary folder;
 * - the time from the click on "Diese Seite erfassen" to the preview form showing the draft, on a 1 MB agency page
 *   (bench/agency-page.ts), in Debian's Chromium (target ≤ 300 ms). That part needs the end-to-end build (`-m e2e`),
 *   whose only difference is the host permission for 127.0.0.1 a test needs in place of the toolbar click.
 * The click's time is the event's own timestamp in the popup, the end is the preview's `callwatch:preview-rendered`
 * mark (extension/entrypoints/preview/App.tsx); both are wall-clock in the same browser, so automation overhead is out.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension, tabIdOf } from '../test/e2e/harness/browser.ts';
import { agencyPage } from './agency-page.ts';
import { gzippedTotal, pageScripts } from './bundle-size.ts';
import type { Bench, BenchFigure } from './types.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 7;
const CLIP_SCRIPT = 'content-scripts/clip.js';
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Builds the extension (Chrome MV3) in `mode` into a fresh temporary folder; returns the folder and the build. */
function build(mode: 'production' | 'e2e'): { outDir: string; extensionDir: string } {
  const outDir = mkdtempSync(join(tmpdir(), `callwatch-bench-${mode}-`));
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-m', mode], {
    cwd: ROOT,
    env: { ...process.env, CALLWATCH_OUT_DIR: outDir, NO_COLOR: '1' },
    stdio: 'ignore',
  });
  return { outDir, extensionDir: join(outDir, readdirSync(outDir).find((d) => d.startsWith('chrome-mv3'))!) };
}

function sizes(extensionDir: string): BenchFigure[] {
  const popup = pageScripts(extensionDir, 'popup.html');
  const preview = pageScripts(extensionDir, 'preview.html');
  return [
    { name: `extension: popup JavaScript, gzipped (${popup.length} files)`, value: kb(gzippedTotal(extensionDir, popup)), unit: 'KB', target: '≤ 40 KB' },
    { name: 'extension: clip content script, gzipped', value: kb(gzippedTotal(extensionDir, [CLIP_SCRIPT])), unit: 'KB', target: '≤ 80 KB' },
    { name: `extension: preview JavaScript, gzipped (${preview.length} files)`, value: kb(gzippedTotal(extensionDir, preview)), unit: 'KB' },
    { name: "extension: the clip's extraction (the chunk the preview loads as it clips; also in the background), gzipped", value: kb(gzippedTotal(extensionDir, extractionChunk(extensionDir))), unit: 'KB' },
  ];
}

/** The chunk that holds the clip's extraction (extension/lib/clip/page-extract.ts and shared/extract). */
function extractionChunk(extensionDir: string): string[] {
  return readdirSync(join(extensionDir, 'chunks')).filter((f) => f.startsWith('page-extract-') && f.endsWith('.js')).map((f) => `chunks/${f}`);
}

async function clipTimes(extensionDir: string, html: string): Promise<number[]> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/foerderung/nakopa-2024.html`;
  const browser = await launchWithExtension(extensionDir);
  try {
    const agency = await browser.context.newPage();
    await agency.goto(pageUrl);
    const tabId = await tabIdOf(browser, agency.url());
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 460, height: 640 });
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await popup.goto(browser.url(`popup.html?tabId=${tabId}`));
      const button = popup.locator('.clip-panel button.primary');
      await button.waitFor();
      // the click's own timestamp survives the popup's navigation to the preview in sessionStorage (same tab, same origin)
      await popup.evaluate(() => {
        document.addEventListener('click', (e) => sessionStorage.setItem('clipAt', String(performance.timeOrigin + e.timeStamp)), { capture: true, once: true });
      });
      await button.click();
      await popup.waitForURL(/preview\.html\?(tab|draft)=/);
      await popup.waitForFunction(() => performance.getEntriesByName('callwatch:preview-rendered').length > 0);
      const { clipAt, shownAt, title } = await popup.evaluate(() => ({
        clipAt: Number(sessionStorage.getItem('clipAt')),
        shownAt: performance.timeOrigin + performance.getEntriesByName('callwatch:preview-rendered')[0].startTime,
        title: (document.querySelector('#item-0-title') as HTMLInputElement | null)?.value ?? '',
      }));
      if (!clipAt || !title) throw new Error('the preview showed no draft for the agency page');
      times.push(shownAt - clipAt);
    }
    return times;
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
  }
}

export const benchExtension: Bench = async () => {
  const shipped = build('production');
  const e2e = build('e2e');
  try {
    const html = agencyPage();
    const times = (await clipTimes(e2e.extensionDir, html)).sort((a, b) => a - b);
    const mb = Math.round((Buffer.byteLength(html) / 2 ** 20) * 100) / 100;
    return [
      ...sizes(shipped.extensionDir),
      { name: `extension: clip → preview on a ${mb} MB agency page (Chromium, median of ${RUNS})`, value: Math.round(times[RUNS >> 1]), unit: 'ms', target: '≤ 300 ms' },
      { name: `extension: clip → preview on a ${mb} MB agency page (Chromium, slowest of ${RUNS})`, value: Math.round(times[RUNS - 1]), unit: 'ms' },
    ];
  } finally {
    rmSync(shipped.outDir, { recursive: true, force: true });
    rmSync(e2e.outDir, { recursive: true, force: true });
  }
};

// `node bin/run-ts.mjs bench/extension.ts` runs this group alone
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await benchExtension()) console.log(`${f.name}: ${f.value} ${f.unit}${f.target ? ` (target ${f.target})` : ''}`);
}
