/**
 * The contract between the date layer (shared/extract/dates/: text → date mentions) and the extraction pipeline
 * (shared/extract/: pages → items). The date layer knows German and English date and time expressions; it knows
 * nothing about deadlines, events or pages — classification, year inference and segmentation are the pipeline's.
 */
import type { Zone } from './timezones.ts';

/**
 * A clock time, Europe/Berlin wall-clock (times written in UTC or another zone are already converted).
 * `hour` is 0–23; only a TimeMention may carry 24:00 ("11–24 Uhr"), the end of a day as written.
 */
export interface ClockTime {
  hour: number;
  minute: number;
}

/** A calendar day as written on a page; the year is null when the page leaves it out ("11. Dezember", "07.04."). */
export interface WrittenDate {
  year: number | null;
  month: number; // 1–12
  day: number; // 1–31
  time?: ClockTime;
  /**
   * "24:00 Uhr" was written: the end of this day. `time` is then left out, because the data model already reads a
   * date without a time as the end of that day (and 24:00 is not a valid HH:MM there).
   */
  endOfDay?: boolean;
  /**
   * The zone of `time` as written ("UTC", "GMT+2") when it could not be converted to Berlin wall-clock — only when
   * the year is missing and the day is in the week of a daylight-saving switch. Absent for Berlin wall-clock times.
   */
  tz?: string;
}

/** One date expression found in a text. */
export interface DateMention {
  /** where it was found in the text given to findDates */
  index: number;
  length: number;
  text: string;
  start: WrittenDate;
  /** the end of a range ("17.–18.12.2019", "01.03.–30.04.2025", "3./4. Juni", "10 bis 14 Uhr" → same day, end time) */
  end?: WrittenDate;
  /** a yearly date ("jährlich bis 30. April", "15.10. des Vorjahres"): the pipeline resolves the next occurrence */
  recurring?: 'yearly';
  /** a vague date ("Ende Mai 2024" → 31 May; "Mitte Juni") */
  approximate?: boolean;
  /** the weekday written in front of a date without a year (0 = Sunday): "Donnerstag, 7. Februar" names its year */
  weekday?: number;
  /** how sure the layer is that this is a date (a bare "07.04." is less sure than "31. März 2023") */
  confidence: number;
}

/** A time expression without a date ("ab 16.00 Uhr", "10-16.30 Uhr", "17:00 bis 18:15 Uhr"). */
export interface TimeMention {
  index: number;
  length: number;
  text: string;
  start: ClockTime;
  end?: ClockTime;
  /** the zone as written when it is not Berlin wall-clock ("16:00 UTC" without a date cannot be converted) */
  tz?: string;
  /** "ab 16 Uhr" / "from 4 pm" → 'from'; "bis 14 Uhr" / "until 2 pm" → 'until' (`start` holds the time either way) */
  qualifier?: 'from' | 'until';
  /** opening or office hours ("Mo–Fr 8–12 Uhr", "Sprechzeiten: …"), not the time of a call or event */
  openingHours?: boolean;
}

export interface FindDatesOptions {
  /** language hint; both are tried when absent */
  lang?: 'de' | 'en';
  /** the day the page is read; only used to decide ambiguous forms, never to fill in a missing year */
  now?: Date;
  /** "mdy" when the page declares US-style dates (month/day/year) */
  order?: 'dmy' | 'mdy';
  /** the page's own clock for times written without a zone (page-clock.ts); absent: Berlin's */
  clock?: Zone;
}

/** A span of years ("(2025-2027)", "2019–2020"): a project period or the like, never a date. */
export interface YearRangeMention {
  index: number;
  length: number;
  text: string;
  from: number;
  to: number;
}
