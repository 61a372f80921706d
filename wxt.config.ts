import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The extension reaches the service through CORS (DESIGN.md), so it asks for no host permission.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    permissions: ['activeTab', 'scripting', 'storage', 'alarms', 'contextMenus', 'notifications'],
  },
  vite: () => ({ plugins: [preact()] }),
});
