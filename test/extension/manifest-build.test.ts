/**
 * The manifests the shipped builds really contain (`npm run build`: Chrome MV3 and Firefox MV3), read from production
 * builds into a temporary folder: WXT rewrites parts of the configured manifest per browser (the background as a
 * service worker for Chrome, as event-page scripts for Firefox), so the config alone (manifest.test.ts) is not enough.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
type Manifest = Record<string, any>;

let outDir: string;
const built: Record<'chrome' | 'firefox', Manifest> = { chrome: {}, firefox: {} };

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'callwatch-manifest-build-'));
  // a child process, as in the e2e setup: WXT's build keeps global state that must stay out of this test process
  for (const args of [['build'], ['build', '-b', 'firefox', '--mv3']]) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), ...args], { cwd: ROOT, env: { ...process.env, CALLWATCH_OUT_DIR: outDir, NO_COLOR: '1' }, stdio: 'ignore' });
  }
  for (const target of ['chrome', 'firefox'] as const) {
    const dir = readdirSync(outDir).find((d) => d === `${target}-mv3`);
    if (!dir) throw new Error(`no ${target}-mv3 build in ${readdirSync(outDir).join(', ')}`);
    built[target] = JSON.parse(readFileSync(join(outDir, dir, 'manifest.json'), 'utf8')) as Manifest;
  }
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('shipped manifests', () => {
  it('Firefox: MV3 with its add-on id and minimum version, the background as event-page scripts', () => {
    const m = built.firefox;
    expect(m.manifest_version).toBe(3);
    expect(m.browser_specific_settings?.gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    // data_collection_permissions needs Firefox 140 (Android 142): the minimum versions say so
    expect(m.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.default_locale).toBe('de');
  });

  it('Firefox and Chrome: no host permission, no content script on any page, the same permissions', () => {
    for (const m of [built.firefox, built.chrome]) {
      expect(m.host_permissions).toBeUndefined();
      expect(m.optional_host_permissions).toBeUndefined();
      expect(m.content_scripts).toBeUndefined();
      expect(m.permissions).toEqual(['activeTab', 'scripting', 'storage', 'alarms', 'contextMenus', 'notifications']);
    }
  });

  it('Chrome: the background is a service worker, the popup the toolbar action, no Firefox-only keys', () => {
    expect(built.chrome.background).toEqual({ service_worker: 'background.js' });
    expect(built.chrome.action?.default_popup).toBe('popup.html');
    expect(built.chrome.options_ui).toEqual({ open_in_tab: true, page: 'options.html' });
    expect(built.chrome.browser_specific_settings).toBeUndefined();
    expect(built.chrome.minimum_chrome_version).toBe('120');
  });

  it('Firefox: addons-linter finds no error and no warning but Preact\u2019s own innerHTML (dangerouslySetInnerHTML support)', () => {
    const dir = join(outDir, 'firefox-mv3');
    let output = '';
    try {
      output = execFileSync(process.execPath, [join(ROOT, 'node_modules/addons-linter/bin/addons-linter'), dir, '--output', 'json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (error) {
      // it exits non-zero on errors; the report on stdout says which
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(output) as { errors: unknown[]; notices: unknown[]; warnings: { code: string; file?: string; line?: number; column?: number }[] };
    expect(report.errors).toEqual([]);
    const others = report.warnings.filter((w) => {
      if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !w.file || !w.line || !w.column) return true;
      const line = readFileSync(join(dir, w.file), 'utf8').split('\n')[w.line - 1] ?? '';
      return !line.slice(w.column - 1, w.column + 60).includes('innerHTML=') || !line.slice(w.column - 200, w.column + 60).includes('__html');
    });
    expect(others).toEqual([]);
  });

  it('the clip content script carries the learned decisions of extension/lib/clip-defaults.ts, not the service\u2019s', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const clip = readFileSync(join(outDir, `${target}-mv3`, 'content-scripts', 'clip.js'), 'utf8');
      // a weight of each model ("feature": [weights]): the title choice's are carried, the date roles' and the location choice's not
      expect(clip).toMatch(/"agrees:doc-title":\[/);
      expect(clip).not.toMatch(/"adjacent-role:deadline":\[/);
      expect(clip).not.toMatch(/"at:outside":\[/);
    }
  });
});
