/**
 * How sure the layer is that a mention is a date: high (0.9) for a month name with a year or a four-digit year,
 * lower for forms that other numbers share ("07.04.", "2.3." — an outline number?), lowest for vague dates.
 */
import { weekdayOf } from './calendar.ts';
import type { Candidate, DateForm } from './candidate.ts';
import { followsDateCue } from './false-positives.ts';
import type { WrittenDate } from './types.ts';

const BY_FORM: Record<DateForm, number> = {
  iso: 0.95,
  numeric: 0.9,
  'numeric-short-year': 0.75,
  'numeric-no-year': 0.6,
  slash: 0.8,
  'month-name': 0.9,
  approximate: 0.5,
};

/** The confidence of a candidate found at its place in `text`. */
export function confidenceOf(text: string, candidate: Candidate): number {
  const written = text.slice(candidate.index, candidate.index + candidate.length);
  let value = Math.min(
    formConfidence(candidate.form, candidate.start, written, text, candidate.index),
    formConfidence(candidate.endForm ?? candidate.form, candidate.end ?? candidate.start, written, text, candidate.index),
  );
  if (candidate.weekday !== undefined && candidate.start.year !== null) {
    const fits = weekdayOf(candidate.start.year, candidate.start.month, candidate.start.day) === candidate.weekday;
    value += fits ? 0.05 : -0.3;
  }
  return Math.round(Math.min(0.99, Math.max(0.05, value)) * 100) / 100;
}

function formConfidence(form: DateForm, date: WrittenDate, written: string, text: string, index: number): number {
  let value = BY_FORM[form];
  if (form === 'month-name' && date.year === null) value = 0.8;
  if (form === 'numeric-no-year' && /^\d\.\d\./.test(written) && !followsDateCue(text, index)) {
    value = 0.45; // "2.3. Förderfähige Ausgaben" is more likely a heading number than 2 March
  }
  if (form === 'slash' && date.day <= 12 && date.month <= 12 && date.day !== date.month) value -= 0.1; // d/m or m/d?
  return value;
}
