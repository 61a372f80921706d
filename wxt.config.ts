import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The extension reaches the service through CORS (DESIGN.md), so it asks for no host permission.
// Only the end-to-end build (CALLWATCH_E2E_HOSTS, set by test/e2e/global-setup.ts) may script the local test pages,
// because a test cannot click the toolbar button that grants activeTab; a test checks the shipped manifest has none.
const e2eHosts = process.env.CALLWATCH_E2E_HOSTS ? process.env.CALLWATCH_E2E_HOSTS.split(',') : [];

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    permissions: ['activeTab', 'scripting', 'storage', 'alarms', 'contextMenus', 'notifications'],
    ...(e2eHosts.length > 0 ? { host_permissions: e2eHosts } : {}),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'clip-page': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandClip__' },
    },
  },
  vite: () => ({ plugins: [preact()] }),
});
