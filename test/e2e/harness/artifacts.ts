/** Screenshots as test artifacts (test-results/e2e/), the chosen ones also into docs/ for the README. */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../../..');
export const ARTIFACTS = join(ROOT, 'test-results/e2e');

/**
 * Saves a full-page screenshot as test-results/e2e/<name>.png; with `docs` and CALLWATCH_UPDATE_DOCS=1, copies it to
 * docs/<name>.png (only on request, so a test run never changes tracked files).
 */
export async function screenshot(page: Page, name: string, options: { docs?: boolean } = {}): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  // a focus ring left by the test's last click is noise in a picture for the README
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  await page.screenshot({ path: file, fullPage: true });
  if (options.docs && process.env.CALLWATCH_UPDATE_DOCS === '1') {
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    copyFileSync(file, join(ROOT, 'docs', `${name}.png`));
  }
  return file;
}
