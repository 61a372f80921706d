import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { currentLanguage, t, useLanguage } from '../../extension/lib/i18n.ts';
import { speak } from './fixtures.ts';

const catalogue = (lang: string) => JSON.parse(readFileSync(`extension/public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

// keys built at run time from a fixed set of values: every value must have its message
const DYNAMIC: Record<string, string[]> = {
  status_: ['new', 'watching', 'applying', 'submitted', 'done', 'dismissed'],
  kind_: ['call', 'event'],
  deadlineKind_: ['application', 'interest', 'registration', 'submission', 'other'],
  view_: ['list', 'inbox', 'calendar', 'sources'],
  sourceKind_: ['page', 'listing', 'rss', 'ics'],
};

afterAll(() => useLanguage('auto'));

describe('message catalogues', () => {
  const de = catalogue('de');
  const en = catalogue('en');

  it('German and English have the same keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const [key, value] of [...Object.entries(de), ...Object.entries(en)]) expect(value.message.trim(), key).not.toBe('');
  });

  it('has every key the code asks for, literal or built from a prefix', () => {
    const code = sources('extension').map((f) => readFileSync(f, 'utf8')).join('\n');
    const literal = [...code.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]);
    const boot = [...code.matchAll(/bootPage\('([A-Za-z0-9_]+)'/g), ...code.matchAll(/bootPage\('\$\{p\}/g)].map((m) => m[1]).filter(Boolean);
    const manifest = [...readFileSync('wxt.config.ts', 'utf8').matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]);
    const built = Object.entries(DYNAMIC).flatMap(([prefix, values]) => values.map((v) => prefix + v));
    const pages = ['popupTitle', 'optionsTitle', 'previewTitle', 'dashboardTitle'];
    const missing = [...new Set([...literal, ...boot, ...manifest, ...built, ...pages])].filter((key) => !(key in de));
    expect(missing).toEqual([]);
    for (const prefix of Object.keys(DYNAMIC)) expect(code).toContain(`t(\`${prefix}\${`);
  });

  it('uses the same $n placeholders in both languages', () => {
    for (const key of Object.keys(de)) {
      const holes = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
      expect(holes(en[key].message), key).toEqual(holes(de[key].message));
    }
  });

  it('switches the language of t() and substitutes arguments', async () => {
    await speak('en');
    expect(currentLanguage()).toBe('en');
    expect(t('stageOf', ['1', '2'])).toBe('Stage 1 of 2');
    await speak('de');
    expect(t('stageOf', ['1', '2'])).toBe('Stufe 1 von 2');
    expect(t('noSuchKey')).toBe('noSuchKey');
  });
});
