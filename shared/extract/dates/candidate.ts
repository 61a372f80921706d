/** What the parsers hand to the refining steps (ranges, times, recurrence) before a DateMention is made. */
import type { ParsingComponents, ParsingResult } from 'chrono-node';
import type { WrittenDate } from './types.ts';

/** How a date was written; it decides the confidence. */
export type DateForm =
  | 'iso' // 2023-07-31
  | 'numeric' // 31.03.2022
  | 'numeric-short-year' // 31.3.22
  | 'numeric-no-year' // 07.04.
  | 'slash' // 09/04/2019
  | 'month-name' // 11. Dezember 2019, 31 March 2023
  | 'approximate'; // Ende Mai 2024

/** One date (or range) found in the text, before ranges, times and recurrence are settled. */
export interface Candidate {
  index: number;
  length: number;
  start: WrittenDate;
  end?: WrittenDate;
  form: DateForm;
  /** how the end of a range was written, when it differs from the start ("01.03.–30.04.2025") */
  endForm?: DateForm;
  approximate?: boolean;
  recurring?: boolean;
  /** the weekday written in front of the date ("Dienstag, 17. Dezember 2019"), checked against the date */
  weekday?: number;
  /** a time zone offset in minutes that came with the date itself (ISO "2019-12-17T12:30:00+01:00") */
  offset?: number;
  /** found by one of chrono's own parsers, the base layer: it wins ties against ours */
  base?: boolean;
  /**
   * the span the parser read, when a misread tail was cut off ("9 April 10 participants" → "9 April"): it decides
   * which of two overlapping candidates stays, so "April 10" cannot win against the date that owns "April"
   */
  claim?: { index: number; length: number };
}

/** Tags our parsers put on chrono results, read back when chrono's output becomes candidates. */
export const TAG = {
  form: (form: DateForm) => `callwatch/form/${form}`,
  approximate: 'callwatch/approximate',
  base: 'callwatch/base',
} as const;

/** Marks a chrono result (start and end) as written in `form`. */
export function tagResult(result: ParsingResult, form: DateForm): ParsingResult {
  result.addTag(TAG.form(form));
  return result;
}

/** The form tag on a component, if one of our parsers set it. */
export function formOf(components: ParsingComponents): DateForm | null {
  for (const tag of components.tags()) {
    if (tag.startsWith('callwatch/form/')) return tag.slice('callwatch/form/'.length) as DateForm;
  }
  return null;
}

export function stopOf(candidate: { index: number; length: number }): number {
  return candidate.index + candidate.length;
}
