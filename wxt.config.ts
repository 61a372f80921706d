import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The extension reaches the service through CORS (DESIGN.md), so it asks for no host permission.
// Only the end-to-end build (`wxt build -m e2e`, made by test/e2e/global-setup.ts) may script the local test pages on
// 127.0.0.1, because a test cannot click the toolbar button that grants activeTab; test/extension/manifest.test.ts checks
// that the shipped build has no host permission. CALLWATCH_OUT_DIR lets that build go to a temporary folder.
const MIN_CHROME = '120';
const MIN_FIREFOX = '140';
const MIN_FIREFOX_ANDROID = '142';

/** Resolves the extractor's defaults (imported by shared/extract/index.ts only) to the extension's own choice of them. */
const DEFAULTS_OF_EXTRACT = fileURLToPath(new URL('./shared/extract/index.ts', import.meta.url));
const clipDefaults = {
  name: 'callwatch-clip-defaults',
  enforce: 'pre' as const,
  resolveId(source: string, importer: string | undefined) {
    return source === './model/default.ts' && importer === DEFAULTS_OF_EXTRACT ? fileURLToPath(new URL('./extension/lib/clip-defaults.ts', import.meta.url)) : null;
  },
};

export default defineConfig({
  srcDir: 'extension',
  outDir: process.env.CALLWATCH_OUT_DIR || '.output',
  publicDir: 'extension/public',
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    permissions: ['activeTab', 'scripting', 'storage', 'alarms', 'contextMenus', 'notifications'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // what the code needs (alarms of 30 s for the sync retry: Chrome 120); the bundles are compiled for the same versions
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: MIN_CHROME }),
    commands: {
      'clip-page': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandClip__' },
    },
    // Firefox asks add-ons to declare data collection: callwatch sends data only to the team's own service. Chrome would
    // only warn about the unknown key, so it gets none.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions is understood from Firefox 140 (Android: 142)
            gecko: { id: 'callwatch@callwatch.invalid', strict_min_version: `${MIN_FIREFOX}.0`, data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: `${MIN_FIREFOX_ANDROID}.0` },
          },
        }
      : {}),
  }),
  // Firefox's review asks for the sources; test artifacts are not sources
  zip: { excludeSources: ['test-results/**', '.tools/**', '*.db'] },
  // terser with two compress passes: the clip content script is injected into every clipped page and must stay within
  // 80 KB gzipped (bench/extension.ts); it comes out about 1.3 KB smaller than with esbuild's minifier (80.4 → 79.1)
  // chrono-node → the part the date layer uses (extension/lib/chrono-lite.ts): the same classes, without every parser of
  // chrono's German and English configurations (about 2 KB gzipped of the clip content script)
  // shared/extract/model/default.ts → extension/lib/clip-defaults.ts: the learned decisions the clip content script carries
  vite: () => ({
    plugins: [preact(), clipDefaults],
    resolve: { alias: [{ find: /^chrono-node$/, replacement: fileURLToPath(new URL('./extension/lib/chrono-lite.ts', import.meta.url)) }] },
    build: { target: [`chrome${MIN_CHROME}`, `firefox${MIN_FIREFOX}`], minify: 'terser', terserOptions: { compress: { passes: 2 }, format: { wrap_iife: true } } },
  }),
});
