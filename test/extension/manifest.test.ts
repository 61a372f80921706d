import { describe, expect, it } from 'vitest';
import config from '../../wxt.config.ts';

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: 2 | 3; command: 'build' | 'serve' }) => Record<string, unknown>;

describe('manifest', () => {
  const manifest = (mode: string) => (config.manifest as ManifestFn)({ mode, browser: 'chrome', manifestVersion: 3, command: 'build' });

  it('asks for no host permission and registers no content script in the shipped build (no permission prompt)', () => {
    const shipped = manifest('production');
    expect(shipped.host_permissions).toBeUndefined();
    expect(shipped.content_scripts).toBeUndefined();
    expect(shipped.permissions).toEqual(['activeTab', 'scripting', 'storage', 'alarms', 'contextMenus', 'notifications']);
    expect(shipped.default_locale).toBe('de');
  });

  it('lets only the end-to-end build script the local test pages', () => {
    expect(manifest('e2e').host_permissions).toEqual(['http://127.0.0.1/*']);
  });

  it('offers a keyboard shortcut for clipping', () => {
    expect(manifest('production').commands).toMatchObject({ 'clip-page': { suggested_key: { default: 'Alt+Shift+K' } } });
  });
});
