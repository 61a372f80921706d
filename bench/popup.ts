/**
 * Benchmark of the toolbar popup: time to first render with 1,000 items in the local copy, measured in Debian's Chromium
 * with the built extension (target ≤ 100 ms). The popup renders first from the background's digest of the next deadlines
 * (extension/lib/popup-digest.ts), then loads the full copy. It marks `callwatch:popup-rendered` right after its first render
 * with data; the figure is that mark's time since navigation start (script load, storage read, render), median of runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { itemDefaults, type Item } from '../shared/schema.ts';
import { launchWithExtension } from '../test/e2e/harness/browser.ts';
import type { Bench } from './types.ts';

const ITEMS = 1000;
const RUNS = 9;
const ROOT = resolve(import.meta.dirname, '..');

function items(): Record<string, Item> {
  const today = Date.now();
  const list: Record<string, Item> = {};
  for (let i = 0; i < ITEMS; i++) {
    const id = `0190a000-0000-7000-8000-${String(i).padStart(12, '0')}`;
    const day = new Date(today + ((i * 37) % 400 - 30) * 86_400_000).toISOString().slice(0, 10);
    const kind = i % 4 === 0 ? 'event' : 'call';
    list[id] = {
      id,
      kind,
      title: `Förderaufruf ${i}: Kommunale Partnerschaften und Klimaschutz`,
      ...itemDefaults(kind),
      url: `https://agency.example/calls/${i}`,
      summary: 'Gefördert werden Projekte kommunaler Partnerschaften. '.repeat(6),
      deadlines: i % 3 === 0 ? [{ date: day, label: 'Interessenbekundung', kind: 'interest' }, { date: day, label: 'Antrag', kind: 'application' }] : [{ date: day, label: 'Antragsfrist', kind: 'application' }],
      tags: ['klima', 'partnerschaft'],
      status: (['new', 'watching', 'applying', 'submitted'] as const)[i % 4],
      origin: 'clip',
      createdBy: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      rev: i + 1,
    };
  }
  return list;
}

export const benchPopup: Bench = async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'callwatch-bench-build-'));
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, env: { ...process.env, CALLWATCH_OUT_DIR: outDir }, stdio: 'ignore' });
  const browser = await launchWithExtension(join(outDir, readdirSync(outDir).find((d) => d.startsWith('chrome-mv3'))!));
  try {
    await browser.worker.evaluate((copy) => (globalThis as any).chrome.storage.local.set({ items: copy }), items());
    // the background answers the change with the popup's digest; measure once it is there, as for a user
    await browser.worker.evaluate(async () => {
      const local = (globalThis as any).chrome.storage.local;
      while (!(await local.get('popupDigest')).popupDigest?.items?.length) await new Promise((r) => setTimeout(r, 50));
    });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 460, height: 600 });
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(browser.url('popup.html'));
      await page.waitForFunction(() => performance.getEntriesByName('callwatch:popup-rendered').length > 0);
      const rows = await page.locator('.deadline-row').count();
      if (rows === 0) throw new Error('the popup rendered no deadlines');
      times.push(await page.evaluate(() => performance.getEntriesByName('callwatch:popup-rendered')[0].startTime));
    }
    times.sort((a, b) => a - b);
    return [{ name: `popup: first render with ${ITEMS} items (Chromium, median of ${RUNS})`, value: Math.round(times[RUNS >> 1] * 10) / 10, unit: 'ms', target: '≤ 100 ms' }];
  } finally {
    await browser.close();
    rmSync(outDir, { recursive: true, force: true });
  }
};

// `node bin/run-ts.mjs bench/popup.ts` runs this group alone
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await benchPopup()) console.log(`${f.name}: ${f.value} ${f.unit} (target ${f.target})`);
}
