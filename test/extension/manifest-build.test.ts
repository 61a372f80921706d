/**
 * The manifests the shipped builds really contain (`npm run build`: Chrome MV3 and Firefox MV3), read from production
 * builds into a temporary folder: WXT rewrites parts of the configured manifest per browser (the background as a
 * service worker for Chrome, as event-page scripts for Firefox), so the config alone (manifest.test.ts) is not enough.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateRoleModel } from '../../shared/extract/model/date-role.ts';
import { locationModel } from '../../shared/extract/model/location.ts';
import { titleModel } from '../../shared/extract/model/title.ts';
import { unitModel } from '../../shared/extract/model/unit-weights.ts';

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

  it('the clip content script only reads the page (far under 80 KB gzipped); the extension pages that extract carry every learned decision', () => {
    // a weight of each learned decision the service uses by default ("feature":[weights]), from the models themselves
    // (a feature name that is no identifier, which the minifier keeps quoted)
    // (boosted trees: a feature one of its nodes tests, quoted)
    const quoted = (name: string) => !/^[A-Za-z_$][\w$]*$/.test(name);
    const weightsOf = [titleModel, dateRoleModel, locationModel, unitModel].map((model) =>
      'weights' in model ? `"${Object.keys(model.weights).find(quoted)}":[` : `"${JSON.stringify(model.trees).match(/"f":"([^"]+)"/g)!.map((m) => m.slice(5, -1)).find(quoted)}"`,
    );
    for (const target of ['chrome', 'firefox'] as const) {
      const dir = join(outDir, `${target}-mv3`);
      const clip = readFileSync(join(dir, 'content-scripts', 'clip.js'));
      expect(gzipSync(clip, { level: 9 }).length).toBeLessThan(12 * 1024);
      for (const weight of weightsOf) expect(clip.toString('utf8')).not.toContain(weight);
      // the clip's extraction runs in the preview page (the popup's clip, a chunk it loads as it clips) and in the
      // background (menu, shortcut)
      for (const runs of [[join(dir, 'background.js')], scriptsOf(dir, 'preview.html')]) {
        const code = runs.map((file) => readFileSync(file, 'utf8')).join('\n');
        expect(weightsOf.filter((w) => !code.includes(w))).toEqual([]);
      }
      // the popup and the dashboard never load the extractor
      for (const page of ['popup.html', 'dashboard.html']) for (const script of scriptsOf(dir, page)) expect(readFileSync(script, 'utf8')).not.toContain(weightsOf[0]);
    }
  });
});

/** The scripts an extension page loads or may load (its module scripts and every chunk they import, also dynamically), as paths. */
function scriptsOf(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => join(dir, m[1]));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(join(dirname(file), m[1]));
  }
  return [...seen];
}
