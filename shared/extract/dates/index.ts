/**
 * The date layer: date and time expressions in plain German or English text (see types.ts for the contract).
 *
 * One pass (find.ts): chrono and our parsers read candidate dates (chrono.ts) → overlaps are settled, longest first
 * → neighbouring dates join into ranges (ranges.ts) → weekdays in front join (weekdays.ts) → yearly cues mark dates
 * (recurring.ts) → times join their dates and fixed zones become Berlin time (attach-times.ts) → confidence.
 * Pure (no DOM, no node:*, no clock: `now` only decides ambiguous forms) and run on every text node of a page.
 */
export type {
  ClockTime,
  DateMention,
  FindDatesOptions,
  TimeMention,
  WrittenDate,
  YearRangeMention,
} from './types.ts';
export { findDates, findDatesAndTimes, findTimes } from './find.ts';
export { parseDateValue, parseTimeValue } from './values.ts';
export { findYearRanges } from './year-ranges.ts';
