/**
 * How long a written range lasts, as a feature of the learned date roles (features/date-role.ts). A format fact the
 * range itself carries: an event runs for hours or days ("16. – 17. Nov. 2023"), a window one applies in runs for weeks
 * or months ("1. Juli bis 30. September", "9 January to 31 March 2023"), and its last day is the deadline. The model
 * weighs the span against the range's words; no rule follows from it. A range whose year is missing on both ends reads
 * its span within one year (a December–January range across the turn of the year).
 */
import type { WrittenDate } from '../dates/types.ts';

/** The span's bucket: 'day' (one day, hours), '2-7' days, '8-31', '32-92', '93+'; null for no range. */
export function spanBucket(start: WrittenDate, end: WrittenDate | undefined): string | null {
  if (!end) return null;
  const endYear = end.year ?? start.year ?? 2000;
  let startYear = start.year ?? endYear;
  if (start.year === null && (start.month > end.month || (start.month === end.month && start.day > end.day))) startYear = endYear - 1;
  const days = Math.round((Date.UTC(endYear, end.month - 1, end.day) - Date.UTC(startYear, start.month - 1, start.day)) / 86_400_000);
  if (days < 0) return null;
  if (days === 0) return 'day';
  if (days <= 7) return '2-7';
  if (days <= 31) return '8-31';
  if (days <= 92) return '32-92';
  return '93+';
}
