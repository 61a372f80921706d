/**
 * Year inference for dates written without a year (corpus README, "Dates without a year"): the event the date belongs
 * to, a year in a heading above it ("Stichtage und Termine 2023"), the call's year in its title ("Bekanntmachung 2022"),
 * the page's publication date, then `now`. Recurring dates ("jährlich bis 30. April") take their next occurrence on or
 * after `now`.
 */
import { weekdayOf } from './dates/calendar.ts';
import type { WrittenDate } from './dates/types.ts';

export interface YearContext {
  /** the item's event day (a deadline without a year falls on or before it) */
  event?: { year: number; month: number; day: number };
  /** a year written in a heading above the date */
  headingYear?: number;
  /** a year in the item's title */
  titleYear?: number;
  /** YYYY-MM-DD */
  published?: string;
  /** YYYY-MM-DD, the day the page is read */
  today: string;
  /** the page says the date is over (a closed round, "als die Frist am 30. Juni ablief"): it lies before the page was written */
  past?: boolean;
  /** the weekday written in front of the date (0 = Sunday) */
  weekday?: number;
}

export interface YearChoice {
  year: number;
  /** which rule decided, for diagnostics */
  rule: 'written' | 'recurring' | 'event' | 'heading' | 'title' | 'published' | 'now';
}

/** How many days before its publication a page's date without a year is still the one just past. */
export const RECENT_DAYS = 62;

/** The year of a written date. */
export function inferYear(date: WrittenDate, recurring: boolean, ctx: YearContext): YearChoice {
  const [ty, tm, td] = ctx.today.split('-').map(Number);
  if (recurring) {
    const year = before(date, { month: tm, day: td }) ? ty + 1 : ty;
    return { year, rule: 'recurring' };
  }
  if (date.year !== null) return { year: date.year, rule: 'written' };
  if (ctx.event) {
    // the latest occurrence on or before the event
    return { year: after(date, ctx.event) ? ctx.event.year - 1 : ctx.event.year, rule: 'event' };
  }
  if (ctx.headingYear) return { year: ctx.headingYear, rule: 'heading' };
  if (ctx.titleYear) return { year: ctx.titleYear, rule: 'title' };
  const guess = guessYear(date, ctx, ty, tm, td);
  return { year: fittingWeekday(date, guess.year, ctx.weekday), rule: guess.rule };
}

/** The year the page's dates say when nothing near the date does: from the publication, else from `now`. */
function guessYear(date: WrittenDate, ctx: YearContext, ty: number, tm: number, td: number): YearChoice {
  if (ctx.published) {
    const [py, pm, pd] = ctx.published.split('-').map(Number);
    // the first occurrence on or after the publication; for a date the page reports as over, the last one before it
    if (ctx.past) return { year: after(date, { month: pm, day: pd }) ? py - 1 : py, rule: 'published' };
    const next = before(date, { month: pm, day: pd }) ? py + 1 : py;
    // a day in the weeks just before the publication is the one just past (a report's "am 14. November" on a page of
    // 29 November), not the one eleven months on
    const days = (Date.UTC(py, pm - 1, pd) - Date.UTC(next - 1, date.month - 1, date.day)) / 86_400_000;
    return { year: days <= RECENT_DAYS ? next - 1 : next, rule: 'published' };
  }
  if (ctx.past) return { year: after(date, { month: tm, day: td }) ? ty - 1 : ty, rule: 'now' };
  // the occurrence nearest to today
  const candidates = [ty - 1, ty, ty + 1];
  const distance = (y: number) => Math.abs(Date.UTC(y, date.month - 1, date.day) - Date.UTC(ty, tm - 1, td));
  return { year: candidates.reduce((best, y) => (distance(y) < distance(best) ? y : best)), rule: 'now' };
}

/**
 * A weekday written with the date takes a guessed year back to the one it fits: "Donnerstag, 7. Februar" read on 11
 * February 2019 is the Thursday just past (2019), not the Friday of 2020 the first occurrence after the publication
 * would give. Only back: a guess of the coming occurrence whose weekday is off is more often the page's slip
 * ("Dienstag, 28.05." for a Monday) than next year's day (in the corpus, three such forward moves were all wrong).
 */
function fittingWeekday(date: WrittenDate, year: number, weekday: number | undefined): number {
  if (weekday === undefined || weekdayOf(year, date.month, date.day) === weekday) return year;
  return weekdayOf(year - 1, date.month, date.day) === weekday ? year - 1 : year;
}

/** The first four-digit year (1990–2099) in a text. */
export function yearIn(text: string): number | undefined {
  const m = /(?<!\d)(199\d|20\d\d)(?!\d)/.exec(text);
  return m ? Number(m[1]) : undefined;
}

function before(a: { month: number; day: number }, b: { month: number; day: number }): boolean {
  return a.month < b.month || (a.month === b.month && a.day < b.day);
}

function after(a: { month: number; day: number }, b: { month: number; day: number }): boolean {
  return a.month > b.month || (a.month === b.month && a.day > b.day);
}
