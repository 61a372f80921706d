/**
 * One t() for every string: the browser's catalogue (_locales) by default; the options page may pick a language,
 * then that language's messages.json is loaded once per page and used instead.
 */
import { browser } from '#imports';

export type UiLanguage = 'de' | 'en';
type Catalogue = Record<string, { message: string }>;

let override: { language: UiLanguage; messages: Catalogue } | null = null;

/** The message `key` with $1…$9 replaced by `substitutions`; the key itself when it is missing. */
export function t(key: string, substitutions: string[] = []): string {
  const raw = override ? (override.messages[key]?.message ?? '') : browser.i18n.getMessage(key as never, substitutions);
  const text = override ? raw.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '') : raw;
  return text || key;
}

/**
 * A message that says a count, in the plural form the language needs for it (Intl.PluralRules): `key_one` /
 * `key_other` in the catalogues. $1 is the count; `substitutions` follow as $2…
 */
export function tn(key: string, count: number, substitutions: string[] = []): string {
  const form = new Intl.PluralRules(currentLanguage()).select(count);
  const values = [String(count), ...substitutions];
  const text = t(`${key}_${form}`, values);
  return text === `${key}_${form}` ? t(`${key}_other`, values) : text;
}

/** The language the UI speaks now. */
export function currentLanguage(): UiLanguage {
  if (override) return override.language;
  const ui = browser.i18n.getUILanguage?.() ?? 'de';
  // German is the default locale: every other browser language gets the German catalogue too, except English
  return ui.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** Switches t() to `language` ('auto' = the browser's); loads the catalogue from the extension's files. */
export async function useLanguage(language: 'auto' | UiLanguage, load: (path: string) => Promise<Catalogue> = fetchCatalogue): Promise<void> {
  if (language === 'auto') {
    override = null;
    return;
  }
  override = { language, messages: await load(`/_locales/${language}/messages.json`) };
}

async function fetchCatalogue(path: string): Promise<Catalogue> {
  const response = await fetch(browser.runtime.getURL(path as never));
  return (await response.json()) as Catalogue;
}
