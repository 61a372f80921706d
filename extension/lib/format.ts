/** Dates for people: formatted with Intl in the UI language (German by default). */
import { currentLanguage } from './i18n.ts';

/** The BCP 47 locale of the UI ("de-DE" or "en-GB"). */
export function uiLocale(): string {
  return currentLanguage() === 'en' ? 'en-GB' : 'de-DE';
}

// Building an Intl formatter costs far more than using one; a dashboard formats thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(locale: string): Intl.DateTimeFormat {
  let f = formatters.get(locale);
  if (!f) formatters.set(locale, (f = new Intl.DateTimeFormat(locale, { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })));
  return f;
}

/** A calendar day (and optional HH:MM) written for the UI language, e.g. "Fr., 14.03.2025, 12:00". */
export function formatDay(date: string, time?: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d, 12));
  const text = dayFormatter(uiLocale()).format(day);
  return time ? `${text}, ${time}` : text;
}

/** A month heading such as "März 2025". */
export function formatMonth(year: number, month: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1, 12)));
}

/** An instant as local date and time (sync status). */
export function formatInstant(iso: string): string {
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}
