/** Debian's Chromium with the built extension loaded (flags from ENVIRONMENT.md); never downloads a browser. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
  /** a new tab at an extension page */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium's flags for a test run with one unpacked extension (ENVIRONMENT.md). */
function flags(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** Launches a fresh profile with the extension at `extensionDir`. */
export async function launchWithExtension(extensionDir: string): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'callwatch-e2e-profile-'));
  let context: BrowserContext | undefined;
  let worker: Worker;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'de-DE',
      viewport: { width: 1200, height: 900 },
      args: flags(extensionDir),
    });
    context.setDefaultTimeout(15_000);
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  } catch (error) {
    // a browser that did not come up must not leave its profile behind
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const ctx = context;
  const extensionId = new URL(worker.url()).host;
  const url = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  // a fresh installation opens the options page by itself: wait for it and close it, so the tests' own pages never race
  // its navigation (and a profile without it would mean the welcome step is gone)
  const welcome = await waitForOptionsTab(ctx, url('options.html'));
  await welcome.close();
  return {
    context: ctx,
    worker,
    extensionId,
    url,
    async open(path) {
      const page = await ctx.newPage();
      await page.goto(url(path));
      return page;
    },
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The options tab the extension opens after its installation. */
async function waitForOptionsTab(ctx: BrowserContext, optionsUrl: string): Promise<Page> {
  // polled: a new tab's page event comes while its URL is still about:blank
  for (const end = Date.now() + 15_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    const open = ctx.pages().find((page) => page.url().startsWith(optionsUrl));
    if (open) return open;
  }
  throw new Error('the extension did not open its options page after installation');
}

/** The id of the tab showing `pageUrl` (asked in the background, which sees tabs). */
export async function tabIdOf(browser: ExtensionBrowser, pageUrl: string): Promise<number> {
  const id = await browser.worker.evaluate(async (u) => {
    const tabs: { url?: string; id?: number }[] = await (globalThis as any).chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, pageUrl);
  if (id === null) throw new Error(`no tab shows ${pageUrl}`);
  return id;
}
