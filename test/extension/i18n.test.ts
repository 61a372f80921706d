import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { currentLanguage, t, tn, useLanguage } from '../../extension/lib/i18n.ts';
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
  view_: ['list', 'inbox', 'calendar', 'sources', 'team'],
  role_: ['admin', 'member', 'viewer'],
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
    // counted messages: every plural form the languages use (German and English: one, other)
    const counted = [...code.matchAll(/\btn\('([A-Za-z0-9_]+)'/g)].flatMap((m) => [`${m[1]}_one`, `${m[1]}_other`]);
    const boot = [...code.matchAll(/bootPage\('([A-Za-z0-9_]+)'/g), ...code.matchAll(/bootPage\('\$\{p\}/g)].map((m) => m[1]).filter(Boolean);
    const manifest = [...readFileSync('wxt.config.ts', 'utf8').matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]);
    const built = Object.entries(DYNAMIC).flatMap(([prefix, values]) => values.map((v) => prefix + v));
    const pages = ['popupTitle', 'optionsTitle', 'previewTitle', 'dashboardTitle'];
    const missing = [...new Set([...literal, ...counted, ...boot, ...manifest, ...built, ...pages])].filter((key) => !(key in de));
    expect(missing).toEqual([]);
    for (const prefix of Object.keys(DYNAMIC)) expect(code).toContain(`t(\`${prefix}\${`);
  });

  it('uses the same $n placeholders in both languages', () => {
    for (const key of Object.keys(de)) {
      const holes = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
      expect(holes(en[key].message), key).toEqual(holes(de[key].message));
    }
  });

  it('says no count with a slash or an "(e)": counts go through tn() and its plural forms', () => {
    for (const [key, value] of [...Object.entries(de), ...Object.entries(en)]) {
      expect(value.message, key).not.toMatch(/\$\d+ \p{L}+\/\p{L}|\p{L}\((?:e|n|en|s|es)\)/u);
    }
  });

  it('says a count in the form its number needs', async () => {
    await speak('de');
    expect([0, 1, 2].map((n) => tn('pendingCount', n))).toEqual(['0 Änderungen noch nicht übertragen', '1 Änderung noch nicht übertragen', '2 Änderungen noch nicht übertragen']);
    expect(tn('countShown', 1, ['1'])).toBe('1 von 1 Eintrag');
    expect(tn('countShown', 12, ['3'])).toBe('3 von 12 Einträgen');
    await speak('en');
    expect([1, 5].map((n) => tn('watchlistCaption', n))).toEqual(['Watchlist, 1 entry', 'Watchlist, 5 entries']);
    await speak('de');
  });

  it('speaks German in a browser whose language is neither German nor English, English only in an English one', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    await useLanguage('auto');
    const seen: Record<string, string> = {};
    for (const ui of ['fr-FR', 'pl', 'tr', 'de-AT', 'en-GB', 'en']) {
      fakeBrowser.i18n.getUILanguage = (() => ui) as never;
      seen[ui] = currentLanguage();
    }
    expect(seen).toEqual({ 'fr-FR': 'de', pl: 'de', tr: 'de', 'de-AT': 'de', 'en-GB': 'en', en: 'en' });
    // the manifest's default_locale is German: the browser itself falls back to the German catalogue
    expect(readFileSync('wxt.config.ts', 'utf8')).toMatch(/default_locale: 'de'/);
    await speak('de');
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
