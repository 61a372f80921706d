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
  // terser with two compress passes: smaller bundles than esbuild's minifier (the popup must stay within 40 KB gzipped)
  // chrono-node → the part the date layer uses (extension/lib/chrono-lite.ts): the same classes, without every parser of
  // chrono's German and English configurations (the extraction runs in the extension's pages and background)
  vite: () => ({
    plugins: [preact()],
    resolve: { alias: [{ find: /^chrono-node$/, replacement: fileURLToPath(new URL('./extension/lib/chrono-lite.ts', import.meta.url)) }] },
    build: { target: [`chrome${MIN_CHROME}`, `firefox${MIN_FIREFOX}`], minify: 'terser', terserOptions: { compress: { passes: 2 }, format: { wrap_iife: true } } },
  }),
});
